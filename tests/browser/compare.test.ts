/**
 * Issue 15, compare areas: a comparison link restores its areas and reference, its table shows the
 * published values (the headline rows of `indicators`), the CSV download holds exactly the table,
 * the page never scrolls sideways on a phone, the profiles open it prefilled ("compare with…" and
 * the similar quartiers), the place search adds an area, the embed draws the same table, and axe
 * finds nothing. In French, Dutch and English, at 1400×900 and 390×844.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { createTranslator } from "../../src/i18n/translate.ts";
import { formatInteger, formatValue, ordinal } from "../../src/lib/format.ts";
import { headlineCsvRows } from "../helpers/headline-rows.ts";
import { axeViolations, launchBrowser, parseCsv } from "./browser.ts";

const baseUrl = inject("baseUrl");
const LANGUAGES = ["fr", "nl", "en"] as const;
const VIEWPORTS = [
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
];
const QUERY = "?a=quartier:58,commune:21004,bassin:CO";
const AREAS = [
  { key: "quartier:58", level: "quartier", code: "58" },
  { key: "commune:21004", level: "commune", code: "21004" },
  { key: "bassin:CO", level: "bassin", code: "CO" },
  { key: "region", level: "region", code: "04000" },
];

const territories = readCsvTable("territories");
const nameOf = (level: string, code: string, language: string) =>
  territories.find((r) => r.level === level && r.code === code)![`name_${language}`]!;
const headline = new Map(headlineCsvRows().map((r) => [`${r.level}/${r.territory_code}/${r.indicator_id}`, r]));
const catalog = new Map(readCsvTable("indicator_catalog").map((r) => [r.indicator_id!, r]));
const fragility = readCsvTable("fragility");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = VIEWPORTS[0]!): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, bypassCSP: true, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.locator("[data-compare][data-ready]").waitFor({ timeout: 20_000 });
  return { page, errors };
}

/** Every cell of the table: indicator, area key, the published value kept in data-value, and its text. */
async function tableCells(page: Page) {
  return page.locator("[data-compare-table] tbody tr[data-indicator] td").evaluateAll((cells) =>
    cells.map((td) => ({
      indicator: (td.parentElement as HTMLElement).dataset.indicator!,
      area: (td as HTMLElement).dataset.area!,
      value: (td as HTMLElement).dataset.value!,
      text: td.querySelector(".value")!.textContent!,
      verdict: td.querySelector<HTMLElement>(".verdict")?.dataset.verdict ?? null,
    })),
  );
}

const codeOf = (key: string) => AREAS.find((a) => a.key === key)!;

describe.each(LANGUAGES)("the comparison page in %s", (language) => {
  describe.each(VIEWPORTS)("at $width×$height", (viewport) => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => ({ page, errors } = await open(`/${language}/compare/${QUERY}`, viewport)));
    afterAll(() => page?.close());

    it("restores the link's areas in order, the region added as the reference", async () => {
      const headers = await page
        .locator("[data-compare-table] thead th[data-area]")
        .evaluateAll((ths) =>
          ths.map((th) => ({ key: (th as HTMLElement).dataset.area!, text: th.firstChild!.textContent! })),
        );
      expect(headers).toEqual(AREAS.map((a) => ({ key: a.key, text: nameOf(a.level, a.code, language) })));
      const chosen = await page
        .locator("[data-chosen] li")
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.area));
      expect(chosen).toEqual(["quartier:58", "commune:21004", "bassin:CO"]);
      expect(await page.getByRole("radio", { checked: true }).getAttribute("value")).toBe("region");
      // Another language's link keeps the comparison.
      const other = language === "en" ? "fr" : "en";
      expect(await page.locator(`a[data-language-link="${other}"]`).getAttribute("href")).toBe(
        `/${other}/compare/${QUERY}`,
      );
      expect(errors).toEqual([]);
    });

    it("shows the published values, formatted as the profiles do, and the profile's fragility rank", async () => {
      const cells = await tableCells(page);
      expect(cells.length).toBeGreaterThan(60);
      let checked = 0;
      for (const cell of cells) {
        const area = codeOf(cell.area);
        const published = headline.get(`${area.level}/${area.code}/${cell.indicator}`);
        const expected = published?.value ? Number(published.value) : "";
        expect(cell.value === "" ? "" : Number(cell.value), `${cell.indicator} ${cell.area}`).toBe(expected);
        if (published?.value && cell.indicator !== "fragility_index") {
          const unit = catalog.get(cell.indicator)!.unit!;
          expect(cell.text, `${cell.indicator} ${cell.area}`).toBe(
            formatValue(Number(published.value), unit, language),
          );
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
      const row = fragility.find((r) => r.level === "quartier" && r.territory_code === "58")!;
      const rank = cells.find((c) => c.indicator === "fragility_index" && c.area === "quartier:58")!;
      expect(rank.text).toContain(ordinal(Number(row.rank), language));
      expect(rank.text).toContain(formatInteger(Number(row.pool_size), language));
      // Every area's cells are judged against the region; the region's are the reference.
      expect(
        cells.filter((c) => c.area === "region" && c.verdict !== null).every((c) => c.verdict === "reference"),
      ).toBe(true);
    });

    it("marks each verdict with words beside the symbol, never colour alone", async () => {
      const verdicts = await page
        .locator("[data-compare-table] .verdict")
        .evaluateAll((spans) =>
          spans.map((s) => ({ text: s.textContent!.trim(), mark: s.querySelector("svg") !== null })),
        );
      expect(verdicts.length).toBeGreaterThan(60);
      for (const verdict of verdicts) expect(verdict.text.length).toBeGreaterThan(3);
      expect(verdicts.some((v) => v.mark)).toBe(true);
    });

    it("never scrolls sideways (the table scrolls inside its labelled region)", async () => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
      const region = page.getByRole("region", { name: /.+/ }).filter({ has: page.locator("[data-compare-table]") });
      expect(await region.count()).toBe(1);
    });

    it("downloads a CSV holding exactly the table shown", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('[data-download="international"]').click(),
      ]);
      const rows = parseCsv(readFileSync((await download.path())!, "utf8"));
      const cells = await tableCells(page);
      expect(rows).toHaveLength(cells.length);
      rows.forEach((row, i) => {
        const cell = cells[i]!;
        const area = codeOf(cell.area);
        expect([row.indicator_id, row.level, row.code, row.value]).toEqual([
          cell.indicator,
          area.level,
          area.code,
          cell.value,
        ]);
        expect(row.comparison).toBe(cell.verdict ?? "");
        expect(row.reference).toBe("region");
      });
      expect(download.suggestedFilename()).toBe(`comparison_58_21004_co_04000_${language}.csv`);
    });
  });

  it("has no WCAG 2.2 A/AA violation (axe), page and embed", async () => {
    for (const path of [`/${language}/compare/${QUERY}&ref=first`, `/${language}/embed/compare/${QUERY}`]) {
      const { page } = await open(path);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});

describe("the comparison against the first area", () => {
  it("compares every other area with the first, and the reader can switch to the region", async () => {
    const { page } = await open(`/en/compare/?a=quartier:58,quartier:1&ref=first`);
    const cells = await tableCells(page);
    expect(new Set(cells.map((c) => c.area))).toEqual(new Set(["quartier:58", "quartier:1"]));
    expect(cells.filter((c) => c.area === "quartier:58").every((c) => c.verdict === "reference")).toBe(true);
    expect(await page.locator("caption").textContent()).toContain(
      `compare each area with ${nameOf("quartier", "58", "en")}`,
    );
    await page.getByRole("radio", { name: "the region" }).check();
    await page.waitForFunction(() => location.search === "?a=quartier:58,quartier:1");
    await expect.poll(() => page.locator("thead th[data-area=region]").count()).toBe(1);
    await page.close();
  });

  it("says which parts of a link it ignored, and compares what remains", async () => {
    const { page } = await open(`/en/compare/?a=quartier:58,planet:1,quartier:99999,quartier:58&ref=nearest`);
    const issues = await page.locator("[data-issues]").textContent();
    expect(issues).toBe(
      "Ignored in the link: “planet:1” (unknown level); “quartier:58” (already listed); “quartier:99999” (no area has this code); ref=“nearest” (the region is the reference).",
    );
    const headers = await page
      .locator("thead th[data-area]")
      .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.area));
    expect(headers).toEqual(["quartier:58", "region"]);
    await page.close();
  });
});

describe("picking areas", () => {
  it("adds an area found by the place search, and the URL follows", async () => {
    const { page } = await open(`/fr/compare/?a=quartier:58`);
    const search = page.getByRole("combobox");
    await search.fill("Ixelles");
    await page.getByRole("option").first().waitFor();
    await search.press("Enter");
    await page.waitForFunction(() => location.search === "?a=quartier:58,commune:21009");
    await expect.poll(() => page.locator("[data-chosen] li").count()).toBe(2);
    expect(await page.locator("[data-search-status]").textContent()).toBe("Ixelles ajouté à la comparaison.");
    await page.getByRole("button", { name: "Retirer Ixelles" }).click();
    await page.waitForFunction(() => location.search === "?a=quartier:58");
    await page.close();
  });
});

describe.each(LANGUAGES)("the profiles offer the comparison in %s", (language) => {
  it("opens the page prefilled from “compare with…” and from the similar quartiers", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${language}/quartier/58/`);
    await page.locator("[data-compare-link]").click();
    await page.locator("[data-compare][data-ready]").waitFor();
    expect(new URL(page.url()).search).toBe("?a=quartier:58");
    expect(
      await page.locator("[data-chosen] li").evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.area)),
    ).toEqual(["quartier:58"]);
    await page.goto(`${baseUrl}/${language}/quartier/58/`);
    const similar = await page
      .locator("[data-similar-code]")
      .evaluateAll((a) => a.map((l) => (l as HTMLElement).dataset.similarCode!));
    expect(similar).toEqual(nearestByComponents("58"));
    await page.locator("[data-compare-similar]").click();
    await page.locator("[data-compare][data-ready]").waitFor();
    expect(new URL(page.url()).searchParams.get("a")).toBe(["58", ...similar].map((c) => `quartier:${c}`).join(","));
    expect(await page.locator("[data-chosen] li").count()).toBe(4);
    await page.close();
  });
});

describe.each(LANGUAGES)("the embedded comparison in %s", (language) => {
  it("draws the same table as the page, titled with the areas, linking to the full comparison", async () => {
    const { page: full } = await open(`/${language}/compare/${QUERY}`);
    const expected = await tableCells(full);
    await full.close();
    const { page } = await open(`/${language}/embed/compare/${QUERY}`, VIEWPORTS[1]);
    expect(await tableCells(page)).toEqual(expected);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(nameOf("commune", "21004", language));
    expect(await page.locator("[data-full-link]").getAttribute("href")).toBe(`/${language}/compare/${QUERY}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

/** The three quartiers nearest by fragility component percentile ranks, recomputed from the published table. */
function nearestByComponents(code: string): string[] {
  const columns = Object.keys(fragility[0]!).filter(
    (c) => c.startsWith("rank_") && c !== "rank_best" && c !== "rank_worst",
  );
  const vector = (row: Record<string, string>) => columns.map((c) => (row[c] === "" ? NaN : Number(row[c])));
  const rows = fragility.filter((r) => r.level === "quartier" && vector(r).every(Number.isFinite));
  const own = vector(rows.find((r) => r.territory_code === code)!);
  return rows
    .filter((r) => r.territory_code !== code)
    .map((r) => ({ code: r.territory_code!, d: Math.hypot(...vector(r).map((v, i) => v - own[i]!)) }))
    .sort((a, b) => a.d - b.d || (a.code < b.code ? -1 : 1))
    .slice(0, 3)
    .map((r) => r.code);
}

describe.each(LANGUAGES)("the comparison page without JavaScript in %s", (language) => {
  it("says that picking needs JavaScript and links the profiles", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/${language}/compare/${QUERY}`);
    const t = createTranslator(language);
    // (getByText does not look inside <noscript>, whose content is the page's when scripts are off.)
    expect(await page.locator("p", { hasText: t("compare.noscript") }).isVisible()).toBe(true);
    const link = page.getByRole("link", { name: nameOf("commune", "21004", language), exact: true });
    expect(await link.getAttribute("href")).toBe(`/${language}/commune/21004/`);
    expect(await page.getByRole("link", { name: nameOf("bassin", "CO", language), exact: true }).count()).toBe(1);
    // The picker, which needs the script, stays hidden.
    expect(await page.locator("[data-needs-script]").isVisible()).toBe(false);
    await page.close();
  });
});
