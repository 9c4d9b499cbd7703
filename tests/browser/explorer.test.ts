import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, openPage, outsideRequests, parseCsv } from "./browser.ts";
import { headlineCsvRows } from "../helpers/headline-rows.ts";
import { iframeSnippet } from "../../src/lib/embed/snippet.ts";
import { showExplorerTab } from "./explorer-tabs.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

// The headline year of each indicator: the table holds every year.
const indicators = headlineCsvRows();
const value = (level: string, code: string, id: string) =>
  indicators.find((r) => r.level === level && r.territory_code === code && r.indicator_id === id)!.value!;
const digits = (text: string | null) => (text ?? "").replace(/[^\d,.-]/g, "");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Tests of the explorer run under the real CSP unless axe needs injecting. */
const open = (path: string, options: { bypassCSP?: boolean } = {}) =>
  openPage(browser, `${baseUrl}${path}`, { bypassCSP: options.bypassCSP ?? false });

const mapPaths = (page: Page) => page.locator("[data-map] path[data-code]");

describe.each([
  ["fr", "Explorer les quartiers de Bruxelles", "Indice de fragilité sociale, par quartier (2025)"],
  ["nl", "De Brusselse wijken verkennen", "Index van sociale kwetsbaarheid, per wijk (2025)"],
  ["en", "Explore Brussels neighbourhoods", "Social fragility index, by neighbourhood (2025)"],
])("explorer home in %s", (language, heading, mapTitle) => {
  let page: Page;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => ({ page, requests, errors } = await open(`/${language}/`, { bypassCSP: true })));
  afterAll(() => page.close());

  it("shows the fragility index of the 145 quartiers, with its legend counting every area", async () => {
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
    expect(await page.getByRole("img", { name: mapTitle }).count()).toBe(1);
    expect(await mapPaths(page).count()).toBe(145);
    const counts = (await page.locator("[data-legend] li").allTextContents()).map((text) =>
      Number(/\((\d+)/.exec(text)![1]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(145);
  });

  it("ranks the quartiers in the table, most fragile first, with the published values", async () => {
    expect(await page.locator("[data-rows] tr").count()).toBe(145);
    const first = page.locator("[data-rows] tr").first();
    const code = await first.getAttribute("data-code");
    expect(value("quartier", code!, "fragility_rank")).toBe("1.0");
    expect(digits(await first.locator("td").nth(1).textContent()).replace(",", ".")).toBe(
      Number(value("quartier", code!, "fragility_index")).toFixed(2),
    );
  });

  it("has no WCAG 2.2 A/AA violation, loads nothing from outside 127.0.0.1 and never DuckDB", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(requests)).toEqual([]);
    expect(requests.filter((url) => /duckdb|\.wasm/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("explorer interactions", () => {
  it("changes indicator and level, keeping the view in the URL", async () => {
    const { page, errors } = await open("/fr/");
    await page.getByLabel("Indicateur").selectOption("share_within_500m_pharmacy");
    await page.waitForURL(/\?i=share_within_500m_pharmacy/);
    await expect
      .poll(() => page.locator("[data-caption]").textContent())
      .toContain("Part des habitants à 500 m ou moins d'une pharmacie");
    await expect.poll(() => page.locator("[data-source]").textContent()).toContain("AFMPS");
    await page.getByLabel("Niveau").selectOption("commune");
    await page.waitForURL(/l=commune/);
    await expect.poll(() => mapPaths(page).count()).toBe(19);
    expect(await page.locator("[data-rows] tr").count()).toBe(19);
    const uccle = page.locator('[data-rows] tr[data-code="21016"] td').nth(1);
    expect(digits(await uccle.textContent()).replace(",", ".")).toBe(
      Number(value("commune", "21016", "share_within_500m_pharmacy")).toFixed(1),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the view when the language changes", async () => {
    const { page } = await open("/fr/?i=population&l=commune");
    await expect.poll(() => mapPaths(page).count()).toBe(19);
    await page.getByRole("link", { name: "Nederlands" }).click();
    await page.waitForURL(`${baseUrl}/nl/?i=population&l=commune`);
    await expect.poll(() => page.getByLabel("Indicator").inputValue()).toBe("population");
    await expect.poll(() => mapPaths(page).count()).toBe(19);
    await page.close();
  });

  it("downloads the data shown as CSV, equal to the published values", async () => {
    const { page } = await open("/en/?i=bim_share&l=bassin");
    await expect.poll(() => mapPaths(page).count()).toBe(5);
    await showExplorerTab(page, "download");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the data shown (CSV)" }).click(),
    ]);
    const rows = parseCsv(readFileSync((await download.path())!, "utf8"));
    expect(rows.map((r) => r.code)).toEqual(["CO", "N", "NE", "S", "SE"]);
    expect(await page.locator("[data-bassin-note]").textContent()).toContain("reconstructed by the observatory");
    expect(await page.locator("[data-bassin-note]").isVisible()).toBe(true);
    for (const row of rows) expect(row.value).toBe(String(Number(value("bassin", row.code!, "bim_share"))));
    expect(download.suggestedFilename()).toBe("bim-share_bassin_2024_en.csv");
    await page.close();
  });

  it("tells the visitor about a malformed URL and shows the default map", async () => {
    const { page, errors } = await open("/fr/?i=nonsense&l=galaxy&o=commune,%3Cscript%3E");
    await expect
      .poll(() => page.locator("[data-notices]").textContent())
      .toContain("L'indicateur « nonsense » n'existe pas");
    expect(await page.locator("[data-notices]").textContent()).toContain("Le niveau « galaxy » n'existe pas");
    expect(await mapPaths(page).count()).toBe(145);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works with the keyboard alone: choose an indicator, walk the map, open a profile", async () => {
    const { page } = await open("/en/");
    await page.getByLabel("Indicator").focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/\?i=/);
    const chosen = await page.getByLabel("Indicator").inputValue();
    expect(chosen).not.toBe("fragility_index");
    await page.locator("[data-map]").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("[data-tooltip]").isVisible()).toBe(true);
    const first = await page.locator("[data-rows] tr").first().getAttribute("data-code");
    expect(await page.locator("[data-map] path.focused").getAttribute("data-code")).toBe(first);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/en/quartier/${first}/$`));
    await page.close();
  });

  it("finds a quartier by its Dutch name and selects it", async () => {
    const { page } = await open("/fr/");
    await page.getByRole("combobox", { name: "Chercher un lieu" }).fill("Grote Markt");
    await page.getByRole("combobox", { name: "Chercher un lieu" }).press("Enter");
    await page.waitForURL(/a=1(&|$)/);
    await expect.poll(() => page.locator("[data-selected]").textContent()).toContain("Grand Place");
    await page.close();
  });

  it("answers a guided question without the query engine, shows its SQL and marks the matching areas", async () => {
    const { page, requests, errors } = await open("/en/?g=fragility_index:20:share_within_500m_pharmacy:lt:90");
    await expect
      .poll(() => page.locator("[data-question-status]").textContent(), { timeout: 20_000 })
      .toMatch(/^\d+ areas answer the question/);
    const count = Number(/^(\d+)/.exec((await page.locator("[data-question-status]").textContent())!)![1]);
    expect(await page.locator("[data-rows] tr.match").count()).toBe(count);
    expect(await page.locator("[data-question-sql]").textContent()).toContain(
      "percent_rank() OVER (ORDER BY value DESC)",
    );
    // The same answer computed from the published CSV.
    const fragility = indicators.filter(
      (r) => r.level === "quartier" && r.indicator_id === "fragility_index" && r.value !== "",
    );
    const sorted = fragility.map((r) => Number(r.value)).sort((a, b) => b - a);
    const expected = fragility.filter(
      (r) =>
        sorted.indexOf(Number(r.value)) / (sorted.length - 1) < 0.2 &&
        Number(value("quartier", r.territory_code!, "share_within_500m_pharmacy")) < 90,
    );
    expect(count).toBe(expected.length);
    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("requests a link's four view files together, not each after the one before was read", async () => {
    const { page } = await open("/en/?g=fragility_index:20:share_within_500m_pharmacy:lt:90&l=commune");
    await page.waitForFunction(() => performance.getEntriesByName("question-answered").length > 0, null, {
      timeout: 20_000,
    });
    const timing = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType("resource")
          .filter((entry) => entry.name.includes("/site-data/"))
          .map((entry) => [
            new URL(entry.name).pathname,
            { start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd },
          ]),
      ),
    );
    const catalog = timing["/site-data/catalog.json"]!;
    // The link's level (commune), its shapes and the overlays: asked before the catalogue was in.
    for (const file of ["commune", "paths-commune", "overlays"])
      expect(timing[`/site-data/${file}.json`]?.start, file).toBeLessThan(catalog.end);
    await page.close();
  });

  it("offers an embeddable map page with the same state and an iframe snippet", async () => {
    const { page } = await open("/fr/?i=gp_need_index&l=bassin");
    await expect.poll(() => mapPaths(page).count()).toBe(5);
    // The responsive frame (the host script follows it) is the default size.
    const snippet = await page.getByLabel("Code d'intégration (iframe)").inputValue();
    expect(snippet).toBe(
      iframeSnippet({
        path: "/fr/embed/map/gp_need_index/bassin/",
        title: "Besoin en médecine générale (indice)",
        origin: baseUrl,
        size: "responsive",
      }),
    );
    const embed = await browser.newPage();
    await embed.goto(`${baseUrl}/fr/embed/map/?i=gp_need_index&l=bassin`);
    await expect.poll(() => embed.locator("[data-map] path[data-code]").count()).toBe(5);
    expect(await embed.locator("header.site-header").count()).toBe(0);
    await embed.close();
    await page.close();
  });

  it("copies the embed code of the view shown, not of the page's first view", async () => {
    const { page, errors } = await open("/fr/");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    await page.getByLabel("Niveau").selectOption("commune");
    await page.waitForURL(/\?l=commune$/);
    await showExplorerTab(page, "download");
    const snippet = iframeSnippet({
      path: "/fr/embed/map/fragility_index/commune/",
      title: "Indice de fragilité sociale",
      origin: baseUrl,
      size: "responsive",
    });
    await expect.poll(() => page.getByLabel("Code d'intégration (iframe)").inputValue()).toBe(snippet);
    await page.getByRole("button", { name: "Copier le code d'intégration" }).click();
    // The figure's tools have two status lines (PNG export, copy): the copy's says it is done.
    await expect
      .poll(() => page.locator("[data-figure-tools]").getByRole("status").filter({ hasText: "Code copié." }).count())
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("starts the keyboard walk afresh after a change of level (no stale position among fewer areas)", async () => {
    const { page, errors } = await open("/en/");
    await page.locator("[data-map]").focus();
    // Backwards from the start: near the end of the 145 quartiers, beyond the 19 communes.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator("[data-map] path.focused").count()).toBe(1);
    await page.getByLabel("Level").selectOption("commune");
    await page.waitForURL(/l=commune/);
    await expect.poll(() => mapPaths(page).count()).toBe(19);
    await page.locator("[data-map]").focus();
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/\/en\/\?l=commune$/);
    await page.keyboard.press("ArrowRight");
    const first = await page.locator("[data-rows] tr").first().getAttribute("data-code");
    await expect.poll(() => page.locator("[data-map] path.focused").getAttribute("data-code")).toBe(first);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/en/commune/${first}/$`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaves the question panel as the visitor left it, with its answer, while the view changes", async () => {
    const { page, errors } = await open("/en/?g=fragility_index:20:share_within_500m_pharmacy:lt:90");
    const status = page.locator("[data-question-status]");
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^\d+ areas answer the question/);
    const answer = await status.textContent();
    const panel = page.locator("[data-question-panel]");
    expect(await panel.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await panel.locator("summary").click();
    expect(await panel.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.getByLabel("Municipal borders").uncheck();
    await page.waitForURL(/[?&]o=(&|$)/);
    expect(await panel.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await status.textContent()).toBe(answer);
    expect(await page.locator("[data-rows] tr.match").count()).toBe(Number(/^(\d+)/.exec(answer!)![1]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Notices about the URL echo what the visitor wrote cut short and isolated (src/i18n/url-echo.ts),
 * and name levels and indicators by their label: hostile links found by the issue 17 probe.
 */
describe("explorer notices about the URL", () => {
  /** The live region that holds a notice, found by its words. */
  const notice = (page: Page, words: string | RegExp) => page.getByRole("status").filter({ hasText: words });

  it("cuts a 10,000-character indicator short: the page stays as wide as the window", async () => {
    const { page, errors } = await open(`/en/?i=${"x".repeat(10_000)}`);
    const shown = notice(page, "There is no indicator");
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.locator("bdi").textContent()).toBe(`${"x".repeat(59)}…`);
    expect(await shown.textContent()).toBe(
      `There is no indicator '${"x".repeat(59)}…': the map shows the default indicator.`,
    );
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await mapPaths(page).count()).toBe(145);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a right-to-left override written out, inside a bdi, so that it cannot reverse the sentence", async () => {
    const { page } = await open("/fr/?i=%E2%80%AEtxet");
    const shown = notice(page, "L'indicateur");
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.locator("bdi").textContent()).toBe("[U+202E]txet");
    expect(await shown.textContent()).not.toContain("\u202E");
    await page.close();
  });

  it.each([
    [
      "fr",
      "« Distance à la pharmacie la plus proche » n'est pas publié au niveau demandé : la carte le montre par secteur statistique.",
    ],
    [
      "nl",
      "'Afstand tot de dichtstbijzijnde apotheek' is niet gepubliceerd op het gevraagde niveau: de kaart toont het per statistische sector.",
    ],
    [
      "en",
      "'Distance to the nearest pharmacy' is not published at the requested level: the map shows it by statistical sector.",
    ],
  ])("names the level and the indicator of a %s notice by their labels, not their ids", async (language, text) => {
    const { page } = await open(`/${language}/?i=distance_pharmacy_m`);
    const shown = notice(page, /publi/);
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toBe(text);
    await page.close();
  });

  it("reports an overlay repeated 5,000 times in the URL once", async () => {
    const { page } = await open(`/en/?o=${"x,".repeat(5000)}bassin`);
    const shown = notice(page, "There is no overlay");
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.textContent()).toBe("There is no overlay 'x'; it was ignored.");
    await page.close();
  });

  it("says that a parameter was given twice and which value the map uses", async () => {
    const { page, errors } = await open("/nl/?l=commune&l=bassin", { bypassCSP: true });
    const shown = notice(page, "2 keer");
    await expect
      .poll(() => shown.textContent())
      .toBe("De parameter 'l' staat 2 keer in het adres: alleen de eerste waarde, 'commune', wordt gelezen.");
    expect(await shown.locator("bdi").textContent()).toBe("commune");
    await expect.poll(() => mapPaths(page).count()).toBe(19);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
