import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { axeViolations, launchBrowser, openOk, outsideRequests, parseCsv } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const catalog = readCsvTable("indicator_catalog");
const values = readCsvTable("indicators");
const trends = readCsvTable("indicator_trends");
const quartiers = readCsvTable("quartiers");
const label = (id: string, language: string) => catalog.find((r) => r.indicator_id === id)![`label_${language}`]!;
const digits = (text: string | null) => (text ?? "").replace(/\D/g, "");

/** Each language's words for the pipeline's directions, and for the charts' controls. */
const languages = [
  {
    language: "fr",
    direction: { improved: "En amélioration", worsened: "En dégradation", no_clear_change: "Pas de changement net" },
    since: "depuis",
    table: "Tableau des valeurs par année",
    area: "Territoire",
    search: "Ajouter un quartier au graphique",
    remove: (name: string) => `Retirer ${name}`,
    firstYear: "Première année",
  },
  {
    language: "nl",
    direction: { improved: "Verbeterd", worsened: "Verslechterd", no_clear_change: "Geen duidelijke verandering" },
    since: "sinds",
    table: "Tabel van de waarden per jaar",
    area: "Gebied",
    search: "Een wijk aan de grafiek toevoegen",
    remove: (name: string) => `${name} verwijderen`,
    firstYear: "Eerste jaar",
  },
  {
    language: "en",
    direction: { improved: "Improved", worsened: "Worsened", no_clear_change: "No clear change" },
    since: "since",
    table: "Table of the values by year",
    area: "Area",
    search: "Add a neighbourhood to the chart",
    remove: (name: string) => `Remove ${name}`,
    firstYear: "First year",
  },
] as const;

describe.each(languages)("a profile's trend in $language", ({ language, direction, since }) => {
  const trend = trends.find(
    (r) => r.level === "quartier" && r.territory_code === "58" && r.indicator_id === "bim_share",
  )!;
  const years = values
    .filter((r) => r.level === "quartier" && r.territory_code === "58" && r.indicator_id === "bim_share")
    .map((r) => Number(r.year));

  it("words quartier 58's BIM share change as the pipeline's direction, with its years and change, beside a sparkline named by its years and values", async () => {
    const { page, errors } = await openOk(browser, `/${language}/quartier/58/`);
    const figure = page.locator('.key-figures li[data-indicator="bim_share"]');
    expect(await figure.locator(".key-trend").getAttribute("data-trend")).toBe(trend.direction);
    const words = (await figure.locator(".trend-words").textContent())!;
    const verdict = direction[trend.direction as keyof typeof direction];
    expect(words.startsWith(`${verdict} ${since} ${trend.from_year}`)).toBe(true);
    expect(words).toContain(String(trend.to_year));
    // The change, rounded to the share's one decimal, and its sign.
    expect(digits(words)).toContain(digits(Math.abs(Number(trend.change_abs)).toFixed(1)));
    expect(words).toContain(Number(trend.change_abs) > 0 ? "+" : "\u2212");
    const sparkline = figure.getByRole("img");
    const name = (await sparkline.getAttribute("aria-label"))!;
    expect(name.startsWith(`${label("bim_share", language)}, ${Math.min(...years)}–${Math.max(...years)}`)).toBe(true);
    expect(name).toContain(quartiers.find((q) => q.quartier_code === "58")![`name_${language}`]!);
    // The fragility index is a rank within the level: its trend says what a change of rank means.
    expect(await page.locator('.key-figures li[data-indicator="fragility_index"] .trend-note').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A bassin's profile compares with the region only (tests/src/data/indicator/series-view.test.ts):
  // the published bassins have one year of BIM share, so no key figure of theirs draws a trend yet.
  it("draws a commune's trend with its bassin and the region beside it", async () => {
    const { page } = await openOk(browser, `/${language}/commune/21001/`);
    const line = (name: string) => `.key-figures li[data-indicator="bim_share"] svg g[data-line="${name}"]`;
    for (const name of ["area", "bassin", "region"]) expect(await page.locator(line(name)).count()).toBe(1);
    await page.close();
  });
});

describe.each(languages)("the line chart of bim_share in $language", (words) => {
  const { language } = words;
  const rows = values.filter((r) => r.level === "quartier" && r.indicator_id === "bim_share");
  const years = [...new Set(rows.map((r) => r.year))].sort();

  it("gives the chart's values as a table with the years as columns, a row per quartier and the region", async () => {
    const { page, requests } = await openOk(browser, `/${language}/indicators/bim_share/`);
    await page.getByText(words.table, { exact: true }).click();
    const table = page.locator("#series").getByRole("table").first();
    const caption = (await table.locator("caption").textContent())!;
    expect(caption.startsWith(label("bim_share", language))).toBe(true);
    expect(caption).toContain(`${years[0]}–${years.at(-1)}`);
    const headers = await table.locator("thead th").allTextContents();
    expect(headers).toEqual([words.area, ...years]);
    expect(await table.locator("tbody tr").count()).toBe(quartiers.length + 1);
    // Quartier 58's published values, year by year, in the page's notation.
    const published = years.map((year) => rows.find((r) => r.territory_code === "58" && r.year === year)?.value ?? "");
    const cells = await table.locator('tbody tr[data-code="58"] td').allTextContents();
    expect(cells.map(digits)).toEqual(published.map((v) => (v === "" ? "" : digits(Number(v).toFixed(1)))));
    // The CSV download holds the same years.
    const csv = await (await page.request.get(page.url().replace(/\/$/, "/series.csv"))).text();
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      ["level", "code", "name", "indicator_id", ...years].join(","),
    );
    expect(parseCsv(csv).find((r) => r.code === "58")![years.at(-1)!]).toBe(published.at(-1));
    expect(outsideRequests(requests)).toEqual([]);
    await page.close();
  });

  it("adds a quartier found by search with the keyboard, in colour, in the link and removable", async () => {
    const { page, errors } = await openOk(browser, `/${language}/indicators/bim_share/`);
    const target = quartiers.find((q) => q.quartier_code === "58")!;
    const name = target[`name_${language}`]!;
    const search = page.getByRole("combobox", { name: words.search });
    await search.fill(name.slice(0, 12));
    expect(await search.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    const active = await search.getAttribute("aria-activedescendant");
    expect(await page.locator(`#${active}`).textContent()).toBe(name);
    await page.keyboard.press("Enter");
    const remove = page.getByRole("button", { name: words.remove(name) });
    expect(await remove.count()).toBe(1);
    expect(await page.locator('[data-series-chart] g[data-code="58"][data-kind="chosen"]').count()).toBe(1);
    expect(await page.locator('[data-slope-chart] g[data-code="58"][data-kind="chosen"]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("area")).toBe("58");
    expect(await page.locator("[data-series-chart] desc").textContent()).toContain(name);
    // The slope chart follows the chosen first year, in its picture and its table.
    await page.getByLabel(words.firstYear).selectOption(years[1]!);
    expect(await page.locator("[data-slope-chart] svg").textContent()).toContain(years[1]);
    expect(await page.locator("[data-slope-head='from']").textContent()).toBe(years[1]);
    expect(await axeViolations(page)).toEqual([]);
    await remove.click();
    expect(await page.locator('[data-series-chart] g[data-kind="chosen"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("area")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a shared link with its quartier in colour", async () => {
    const { page } = await openOk(browser, `/${language}/indicators/bim_share/?area=58`);
    expect(await page.locator('[data-series-chart] g[data-code="58"][data-kind="chosen"]').count()).toBe(1);
    await page.close();
  });
});

describe.each(languages)("the line chart's downloads and embed in $language", ({ language }) => {
  it("draws the years in the standalone picture's title with the source line, and the embed page passes axe", async () => {
    const { page, errors } = await openOk(browser, `/${language}/embed/indicator/bim_share/`);
    const years = catalog.find((r) => r.indicator_id === "bim_share")!;
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
    expect(title.startsWith(`${label("bim_share", language)}, ${years.first_year}–${years.last_year}`)).toBe(true);
    // The picture's text is XML: "l'intervention" is written l&apos;intervention there.
    const svg = (
      await (
        await page.request.get(page.url().replace(/embed\/indicator\/(\w+)\/$/, "indicators/$1/series.svg"))
      ).text()
    ).replaceAll("&apos;", "'");
    // The title is wrapped to the picture's width: its lines, above the chart, read back as the page's heading.
    const heading = svg.slice(0, svg.indexOf("<svg", 1));
    const titleLines = [...heading.matchAll(/<text [^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(titleLines.length).toBeGreaterThan(0);
    expect(titleLines.join(" ")).toBe(title);
    expect(svg).toContain(`${label("bim_share", language)}, ${years.first_year}–${years.last_year} · `);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the line chart without JavaScript", () => {
  it("is a static picture of every quartier and the region, with its table", async () => {
    const { page } = await openOk(browser, "/en/indicators/bim_share/", { javaScriptEnabled: false });
    expect(await page.locator('[data-series-chart] g[data-kind="context"]').count()).toBe(quartiers.length);
    expect(await page.locator('[data-series-chart] g[data-kind="region"]').count()).toBe(1);
    expect(await page.getByRole("combobox", { name: "Add a neighbourhood to the chart" }).count()).toBe(0);
    await page.close();
  });
});
