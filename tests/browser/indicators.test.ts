import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { axeViolations, launchBrowser, openOk, outsideRequests, type OpenedPage } from "./browser.ts";
import { headlineCsvRows } from "../helpers/headline-rows.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

const catalog = readCsvTable("indicator_catalog");
// The headline year of each indicator: the table holds every year.
const values = headlineCsvRows();
const published = (level: string, code: string, id: string) =>
  values.find((r) => r.level === level && r.territory_code === code && r.indicator_id === id)!;
// Intl separates groups and units with (narrow) no-break spaces.
const spaces = (text: string | null) => (text ?? "").replace(/\s/g, " ").trim();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openOk(browser, path);

// quartier16: quartier 16's published fragility_index, 0.9825, to two decimals in the language's notation.
const languages = [
  { language: "fr", index: "Indicateurs", notAvailable: "Offre non disponible dans cette version", quartier16: "0,98" },
  { language: "nl", index: "Indicatoren", notAvailable: "Aanbod niet beschikbaar in deze versie", quartier16: "0,98" },
  { language: "en", index: "Indicators", notAvailable: "Supply not available in this build", quartier16: "0.98" },
] as const;

describe.each(languages)("indicator index in $language", ({ language, index }) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await open(`/${language}/indicators/`);
  });
  afterAll(() => opened.page.close());

  it("lists every indicator of the catalogue by family, each linking to its page", async () => {
    const { page } = opened;
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(index);
    expect(
      await page
        .locator("table[data-family]")
        .evaluateAll((tables) => tables.map((t) => t.getAttribute("data-family"))),
    ).toEqual(["fragility", "gp", "coverage", "population"]);
    expect(await page.locator("tr[data-indicator]").count()).toBe(catalog.length);
    const fragility = catalog.find((r) => r.indicator_id === "fragility_index")!;
    const link = page.getByRole("link", { name: fragility[`label_${language}`]!, exact: true });
    expect(await link.getAttribute("href")).toBe(`/${language}/indicators/fragility_index/`);
  });

  it("shows the status of the indicators without supply in words", async () => {
    const row = opened.page.locator('tr[data-indicator="gp_access_2sfca"]');
    expect(await row.getAttribute("data-status")).toBe("not_available");
    expect(spaces(await row.locator("td").last().textContent())).not.toBe("");
  });

  it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from another host", async () => {
    expect(await axeViolations(opened.page)).toEqual([]);
    expect(outsideRequests(opened.requests)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe.each(languages)("fragility_index page in $language", ({ language, quartier16 }) => {
  let opened: OpenedPage;
  const label = catalog.find((r) => r.indicator_id === "fragility_index")![`label_${language}`]!;
  beforeAll(async () => {
    opened = await open(`/${language}/indicators/fragility_index/`);
  });
  afterAll(() => opened.page.close());

  it("shows the label, the reference year and the method in the page's language", async () => {
    const { page } = opened;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(label);
    expect(await page.locator("[data-reference-year]").textContent()).toBe("2025");
    const method = catalog.find((r) => r.indicator_id === "fragility_index")![`method_${language}`]!;
    expect(await page.locator("[data-method]").textContent()).toBe(method);
  });

  it("gives the published value of a quartier in the table, formatted for the language", async () => {
    const row = published("quartier", "16", "fragility_index");
    expect(row.value).toBe("0.9825");
    const cells = await opened.page.locator('#values-table tr[data-code="16"] td').allTextContents();
    expect(spaces(cells[1]!)).toBe(quartier16);
    expect(await opened.page.locator("#values-table tbody tr").count()).toBe(145);
  });

  it("leaves its long tables' layout until they near the screen (content-visibility)", async () => {
    const regions = opened.page.locator(".scroll-region:has(#values-table, #series-table-caption)");
    expect(await regions.count()).toBeGreaterThanOrEqual(1);
    const styles = await regions.evaluateAll((all) =>
      all.map((element) => getComputedStyle(element).contentVisibility),
    );
    expect(styles).toEqual(styles.map(() => "auto"));
  });

  it("orders the table worst first and explains missing values in words", async () => {
    const { page } = opened;
    const raw = await page
      .locator("#values-table tbody td[data-sort-value]")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-sort-value")));
    const present = raw.filter((v) => v !== "").map(Number);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(raw.slice(present.length).every((v) => v === "")).toBe(true);
    const industrial = await page.locator('#values-table tr[data-code="800"] td[data-flag]').textContent();
    expect(spaces(industrial).length).toBeGreaterThan(10);
  });

  it("draws the distribution (Observable Plot) with a description, and links its CSV", async () => {
    const { page } = opened;
    const chart = page.locator("figure[data-distribution] svg[role=img]");
    expect(await chart.getAttribute("aria-label")).toContain(label);
    expect(await chart.locator("circle").count()).toBe(
      values.filter((r) => r.level === "quartier" && r.indicator_id === "fragility_index" && r.value !== "").length,
    );
    const csv = await page.locator("figure[data-distribution] a[href$='distribution.csv']").getAttribute("href");
    const response = await fetch(`${baseUrl}${csv}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(",16,");
  });

  it("maps the quartiers and links the static SVG maps and CSVs of every mapped level", async () => {
    const { page } = opened;
    expect(await page.locator("[data-map-figure] path[data-code]").count()).toBe(145);
    const links = await page
      .locator("[data-map-level] a")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    expect(links).toEqual(
      ["quartier", "commune", "bassin"].flatMap((level) => [
        `/${language}/maps/fragility_index/${level}.svg`,
        `/${language}/maps/fragility_index/${level}.csv`,
      ]),
    );
    for (const href of links) expect((await fetch(`${baseUrl}${href}`)).status, href).toBe(200);
  });

  it("counts the data-quality notes and lists them on demand", async () => {
    const { page } = opened;
    const count = Number(await page.locator("[data-quality-count]").getAttribute("data-quality-count"));
    expect(count).toBeGreaterThan(0);
    const details = page.locator("details.quality");
    expect(await details.locator("tbody tr").count()).toBe(count);
  });

  it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from another host", async () => {
    expect(await axeViolations(opened.page)).toEqual([]);
    expect(outsideRequests(opened.requests)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe.each(languages)("gp_access_2sfca page (supply not available) in $language", ({ language, notAvailable }) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await open(`/${language}/indicators/gp_access_2sfca/`);
  });
  afterAll(() => opened.page.close());

  it("says plainly that supply is not available in this build", async () => {
    expect(await opened.page.locator("[data-not-available] h2").textContent()).toBe(notAvailable);
  });

  it("shows no number: no chart, no map, no table of values, no regional value", async () => {
    const { page } = opened;
    expect(values.filter((r) => r.indicator_id === "gp_access_2sfca" && r.value !== "")).toEqual([]);
    for (const selector of ["figure", "[data-values-table]", "[data-region-value]", "path[data-code]", "circle"]) {
      expect(await page.locator(selector).count(), selector).toBe(0);
    }
  });

  it("gives the method and its parameters", async () => {
    const { page } = opened;
    expect(await page.locator("[data-method]").textContent()).toBe(
      catalog.find((r) => r.indicator_id === "gp_access_2sfca")![`method_${language}`],
    );
    expect(await page.locator("table[data-parameters] code").allTextContents()).toContain("catchment_m");
  });

  it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from another host", async () => {
    expect(await axeViolations(opened.page)).toEqual([]);
    expect(outsideRequests(opened.requests)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe("sorting the table of values", () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await open("/en/indicators/bim_share/");
  });
  afterAll(() => opened.page.close());

  it("sorts by a column from its header button, and says so with aria-sort", async () => {
    const { page } = opened;
    const header = page.locator("#values-table thead th").first();
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const names = await page.locator("#values-table tbody th").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => new Intl.Collator("en-GB", { numeric: true }).compare(a, b)));
    const value = page.locator("#values-table thead th").nth(2);
    expect(await value.getAttribute("aria-sort")).toBeNull();
    await value.getByRole("button").click();
    // The first click on the value column puts the worst areas first: BIM share is higher-is-worse.
    expect(await value.getAttribute("aria-sort")).toBe("descending");
    const sorted = await page.locator("#values-table tbody td[data-sort-value]").evaluateAll((cells) =>
      cells
        .map((c) => c.getAttribute("data-sort-value"))
        .filter((v) => v !== "")
        .map(Number),
    );
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });
});
