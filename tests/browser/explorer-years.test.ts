/**
 * The explorer through time (issue 11): the year control, the change between two years and a
 * shared link with y=, in three languages, against the published values of the same years.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { readFileSync } from "node:fs";
import { axeViolations, launchBrowser, openPage, parseCsv } from "./browser.ts";
import { showExplorerTab } from "./explorer-tabs.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

const indicators = readCsvTable("indicators");
/** The published value of a quartier in a year (not only the headline year). */
const value = (code: string, id: string, year: number) =>
  Number(
    indicators.find(
      (r) => r.level === "quartier" && r.territory_code === code && r.indicator_id === id && r.year === String(year),
    )!.value,
  );
const number = (text: string | null) =>
  Number(
    (text ?? "")
      .replace(/[^\d,.+\-−]/g, "")
      .replace("−", "-")
      .replace(",", "."),
  );

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose explorer has shown the view of its URL (the build renders the default view first). */
async function open(path: string, options: { bypassCSP?: boolean } = {}) {
  const opened = await openPage(browser, `${baseUrl}${path}`, { bypassCSP: options.bypassCSP ?? false });
  await opened.page.waitForSelector("[data-explorer][data-ready=true]");
  return opened;
}
const seriesRequests = (requests: string[]) => requests.filter((url) => url.includes("/site-data/series/"));
const firstRow = (page: Page) => page.locator("[data-rows] tr").first();

const texts = {
  fr: {
    year: "Année affichée",
    slider: "Année (curseur)",
    compare: "Montrer l'évolution entre deux années",
    from: "Depuis l'année",
    title: (year: number) => `Bénéficiaires de l'intervention majorée (BIM), par quartier (${year})`,
    changeTitle: "Bénéficiaires de l'intervention majorée (BIM) : évolution 2015–2024, par quartier",
    worse: "dégradation",
    notice:
      "L'année « 1990 » n'est pas publiée pour « Bénéficiaires de l'intervention majorée (BIM) » par quartier : la carte montre 2024.",
  },
  nl: {
    year: "Getoond jaar",
    slider: "Jaar (schuifregelaar)",
    compare: "De verandering tussen twee jaren tonen",
    from: "Vanaf het jaar",
    title: (year: number) => `Rechthebbenden op verhoogde tegemoetkoming (VT), per wijk (${year})`,
    changeTitle: "Rechthebbenden op verhoogde tegemoetkoming (VT): verandering 2015–2024, per wijk",
    worse: "verslechtering",
    notice:
      "Het jaar '1990' is niet gepubliceerd voor 'Rechthebbenden op verhoogde tegemoetkoming (VT)' per wijk: de kaart toont 2024.",
  },
  en: {
    year: "Year shown",
    slider: "Year (slider)",
    compare: "Show the change between two years",
    from: "From the year",
    title: (year: number) => `Entitled to increased reimbursement (BIM), by neighbourhood (${year})`,
    changeTitle: "Entitled to increased reimbursement (BIM): change 2015–2024, by neighbourhood",
    worse: "worsened",
    notice:
      "The year '1990' is not published for 'Entitled to increased reimbursement (BIM)' by neighbourhood: the map shows 2024.",
  },
} as const;

describe.each(["fr", "nl", "en"] as const)("explorer years in %s", (language) => {
  const t = texts[language];

  it("offers the indicator's published years; choosing one moves map, legend and table to it, in the URL", async () => {
    const { page, requests, errors } = await open(`/${language}/?i=bim_share`);
    expect(await page.getByLabel(t.year, { exact: true }).isVisible()).toBe(true);
    const years = await page.getByLabel(t.year, { exact: true }).locator("option").allTextContents();
    expect(years).toEqual(Array.from({ length: 15 }, (_, i) => String(2010 + i)));
    // Nothing of the other years is loaded until one is asked for.
    expect(seriesRequests(requests)).toEqual([]);
    await page.getByLabel(t.year, { exact: true }).selectOption("2015");
    await page.waitForURL(/\?i=bim_share&y=2015$/);
    await expect.poll(() => page.getByRole("img", { name: t.title(2015) }).count()).toBe(1);
    expect(seriesRequests(requests).map((url) => new URL(url).pathname)).toEqual([
      "/site-data/series/quartier/bim_share.json",
    ]);
    expect(await page.getByLabel(t.slider).inputValue()).toBe("5");
    expect(await page.getByLabel(t.slider).getAttribute("aria-valuetext")).toBe("2015");
    const row = firstRow(page);
    const code = (await row.getAttribute("data-code"))!;
    const shown = number(await row.locator("td").nth(1).textContent());
    expect(Math.abs(shown - value(code, "bim_share", 2015))).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(await row.locator("td").nth(2).textContent()).toBe("2015");
    // Worst first: no quartier ranked after the first has a higher 2015 share.
    const second = (await page.locator("[data-rows] tr").nth(1).getAttribute("data-code"))!;
    expect(value(second, "bim_share", 2015)).toBeLessThanOrEqual(value(code, "bim_share", 2015));
    const counts = (await page.locator("[data-legend] li").allTextContents()).map((text) =>
      Number(/\((\d+)/.exec(text)![1]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(145);
    expect(await page.locator("[data-source]").textContent()).toContain("2015");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the change between two years, improvement and worsening apart, and the two values in the table", async () => {
    const { page, errors } = await open(`/${language}/?i=bim_share`, { bypassCSP: true });
    await page.getByLabel(t.compare).check();
    await page.waitForURL(/y=2010-2024$/);
    await page.getByLabel(t.from).selectOption("2015");
    await page.waitForURL(/\?i=bim_share&y=2015-2024$/);
    await expect.poll(() => page.getByRole("img", { name: t.changeTitle }).count()).toBe(1);
    const row = firstRow(page);
    const code = (await row.getAttribute("data-code"))!;
    const change = value(code, "bim_share", 2024) - value(code, "bim_share", 2015);
    const shown = (await row.locator("td").nth(1).textContent())!;
    // Shown to one decimal: within half a unit of the published difference.
    expect(Math.abs(number(shown.split("(")[0]!) - change)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(await row.locator("td").nth(2).textContent()).toBe("2015–2024");
    expect(await row.locator("td").nth(3).textContent()).toContain("→");
    // The largest worsening leads the ranking: no quartier with both years rose more.
    const rises = [...new Set(indicators.map((r) => r.territory_code))].flatMap((c) => {
      const [a, b] = [2015, 2024].map((y) =>
        indicators.find(
          (r) =>
            r.level === "quartier" && r.territory_code === c && r.indicator_id === "bim_share" && r.year === String(y),
        ),
      );
      return a?.value && b?.value && !a.flag && !b.flag ? [Number(b.value) - Number(a.value)] : [];
    });
    expect(change).toBeCloseTo(Math.max(...rises), 6);
    const legend = await page.locator("[data-legend] li").allTextContents();
    expect(legend.some((item) => item.startsWith(t.worse))).toBe(true);
    expect(await page.locator("[data-legend-title]").textContent()).toContain("2015–2024");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reproduces a shared link with y=, and walks the years with the keyboard", async () => {
    const { page } = await open(`/${language}/?i=bim_share&y=2015-2024`);
    await expect.poll(() => page.getByRole("img", { name: t.changeTitle }).count()).toBe(1);
    expect(await page.getByLabel(t.compare).isChecked()).toBe(true);
    expect(await page.getByLabel(t.from).inputValue()).toBe("2015");
    expect(await page.getByLabel(t.year, { exact: true }).inputValue()).toBe("2024");
    await page.getByLabel(t.compare).uncheck();
    await page.waitForURL(/\?i=bim_share$/);
    await page.getByLabel(t.slider).focus();
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(/\?i=bim_share&y=2023$/);
    await expect.poll(() => page.getByRole("img", { name: t.title(2023) }).count()).toBe(1);
    expect(await page.getByLabel(t.year, { exact: true }).inputValue()).toBe("2023");
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(/\?i=bim_share&y=2022$/);
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(/\?i=bim_share&y=2021$/);
    // One Back undoes the whole walk through the years, not one year at a time.
    await page.goBack();
    // A page restored from history redraws its map: on a busy two-core machine that can take seconds.
    await expect.poll(() => page.getByRole("img", { name: t.title(2024) }).count(), { timeout: 15_000 }).toBe(1);
    expect(page.url()).toMatch(/\?i=bim_share$/);
    await page.close();
  });

  it("says so when the link asks for a year the indicator does not have, and shows the headline year", async () => {
    const { page } = await open(`/${language}/?i=bim_share&y=1990`);
    await expect.poll(() => page.locator("[data-notices]").textContent()).toBe(t.notice);
    await expect.poll(() => page.getByRole("img", { name: t.title(2024) }).count()).toBe(1);
    await page.close();
  });
});

describe("explorer years and comparability breaks", () => {
  it("offers the default view's years at first load without loading any of them", async () => {
    const { page, requests } = await open("/fr/");
    expect(await page.getByLabel("Année affichée", { exact: true }).inputValue()).toBe("2025");
    expect(await page.getByLabel("Année (curseur)").getAttribute("aria-valuetext")).toBe(
      "2025 (rupture : changement de méthode)",
    );
    expect(await page.locator("[data-break-note]").textContent()).toBe(
      "2025 : changement de méthode — pas comparable aux années antérieures.",
    );
    expect(seriesRequests(requests)).toEqual([]);
    await page.close();
  });

  it("refuses a change across the fragility index's 2025 method break, and says why", async () => {
    const { page } = await open("/en/?y=2020-2025");
    await expect
      .poll(() => page.locator("[data-notices]").textContent())
      .toBe(
        "2020 and 2025 are not comparable for 'Social fragility index' by neighbourhood (series break in 2025: method change): the map shows 2025.",
      );
    expect(await page.locator("[data-break-note]").textContent()).toBe(
      "2025: method change — not comparable with earlier years.",
    );
    // 2025 starts a segment of its own: no change can be offered from it.
    expect(await page.getByLabel("Show the change between two years").isDisabled()).toBe(true);
    await page.close();
  });

  it("hides the year control for an indicator with one year", async () => {
    const { page } = await open("/fr/?i=share_within_500m_pharmacy");
    await expect.poll(() => page.locator("[data-caption]").textContent()).toContain("500 m");
    expect(await page.locator("[data-years]").isHidden()).toBe(true);
    await page.close();
  });
});

describe("static change maps", () => {
  it.each([
    [
      "fr",
      "Carte SVG de l'évolution 2010–2024 : quartiers",
      "Bénéficiaires de l'intervention majorée (BIM) : évolution 2010–2024, par quartier",
    ],
    [
      "nl",
      "SVG-kaart van de verandering 2010–2024: wijken",
      "Rechthebbenden op verhoogde tegemoetkoming (VT): verandering 2010–2024, per wijk",
    ],
    [
      "en",
      "SVG map of the change 2010–2024: neighbourhoods",
      "Entitled to increased reimbursement (BIM): change 2010–2024, by neighbourhood",
    ],
  ])("are listed beside the static maps of the indicator page in %s, script-free", async (language, link, title) => {
    const { page } = await openPage(browser, `${baseUrl}/${language}/indicators/bim_share/`);
    const href = await page.getByRole("link", { name: link, exact: true }).getAttribute("href");
    expect(href).toBe(`/${language}/maps/bim_share/change/quartier.svg`);
    const response = await page.request.get(`${baseUrl}${href}`);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    const svg = await response.text();
    expect(svg).toContain(`>${title.replaceAll("'", "&apos;")}</title>`);
    expect(svg).not.toContain("<script");
    // The fragility index's last comparable segment is 2025 alone (method break): no change map.
    expect((await page.request.get(`${baseUrl}/${language}/maps/fragility_index/change/quartier.svg`)).status()).toBe(
      404,
    );
    await page.close();
  });
});

describe("downloads of another year", () => {
  it("gives the CSV of the year shown, equal to the published values of that year, and no headline SVG", async () => {
    const { page } = await open("/en/?i=bim_share&l=commune&y=2015");
    await showExplorerTab(page, "download");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the data shown (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bim-share_commune_2015_en.csv");
    const rows = parseCsv(readFileSync((await download.path())!, "utf8"));
    expect(rows).toHaveLength(19);
    const published = indicators.filter(
      (r) => r.level === "commune" && r.indicator_id === "bim_share" && r.year === "2015",
    );
    for (const row of rows) {
      expect(row.year).toBe("2015");
      expect(row.value, row.code).toBe(published.find((r) => r.territory_code === row.code)?.value ?? "");
    }
    expect(await page.locator("[data-figure-tools] a[download$='.svg']").isHidden()).toBe(true);
    await page.close();
  });
});
