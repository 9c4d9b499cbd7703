import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { launchBrowser, openOk } from "./browser.ts";
import { headlineCsvRows } from "../helpers/headline-rows.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const quartiers = readCsvTable("quartiers");
const nonResidential = new Set(quartiers.filter((q) => q.type !== "residential").map((q) => q.quartier_code!));
// The headline year of each indicator: the table holds every year.
const indicators = headlineCsvRows();
const published = (level: string, code: string, id: string) =>
  indicators.find((r) => r.level === level && r.territory_code === code && r.indicator_id === id)!;

/** The explorer's ranked table once the browser has drawn the indicator of the URL. */
async function explorerRows(page: Page, caption: string) {
  await expect.poll(() => page.locator("[data-caption]").textContent()).toContain(caption);
  return page.locator("[data-rows] tr");
}

describe("explorer ranking under the small-number rule", () => {
  it.each([
    ["en", "not ranked", "too few residents"],
    ["fr", "hors classement", "trop peu d'habitants"],
    ["nl", "niet gerangschikt", "te weinig inwoners"],
  ])(
    "in %s, ranks residential quartiers first and lists parks, cemeteries and industrial zones unranked",
    async (language, unranked, legend) => {
      const { page, errors } = await openOk(browser, `/${language}/?i=share_within_500m_pharmacy`);
      const rows = await explorerRows(page, "500");
      expect(await rows.count()).toBe(145);
      const ranks = await rows.locator("td:first-child").allTextContents();
      const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")!));
      // Worst first: the first quartier is residential, and every ranked one is.
      expect(nonResidential.has(codes[0]!)).toBe(false);
      expect(ranks[0]).toBe("1");
      const ranked = codes.filter((_, i) => ranks[i] !== "–");
      expect(ranked.filter((code) => nonResidential.has(code))).toEqual([]);
      // Cimetière de Saint-Gilles: 2 residents, published but not ranked, and said why.
      const cemetery = page.locator('[data-rows] tr[data-code="702"]');
      expect(await cemetery.locator("td").first().textContent()).toBe("–");
      expect(await cemetery.locator("td").last().textContent()).toContain(unranked);
      expect(await page.locator("[data-legend]").first().textContent()).toContain(legend);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("withholds Quartier Royal's pharmacies per 10,000 (91.19 before) and ranks no park or industrial zone", async () => {
    const { page, errors } = await openOk(browser, `/en/?i=services_per_10000_pharmacy`);
    const rows = await explorerRows(page, "Pharmacies per 10,000");
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")!));
    expect(nonResidential.has(codes[0]!)).toBe(false);
    expect(published("quartier", "6", "services_per_10000_pharmacy").value).toBe("");
    const royal = page.locator('[data-rows] tr[data-code="6"]');
    expect(await royal.locator("td").nth(1).textContent()).toBe("too few residents: value withheld");
    expect(await royal.locator("td").first().textContent()).toBe("–");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("profile comparison with the region by the 95 % interval", () => {
  // Quartier 58: 6.72 pharmacies per 10,000 against 4.28 for the region; the point rule said
  // "better", but the Byar interval 3.2–12.4 contains the region's value.
  it.each([
    ["en", "similar to the region", "95 % CI: 3.2 to 12.4"],
    ["fr", "proche de la région", "IC 95 % : 3,2 à 12,4"],
    ["nl", "vergelijkbaar met het gewest", "BI 95 %: 3,2 tot 12,4"],
  ])(
    "in %s, says similar when the interval contains the region's value, and shows the interval",
    async (language, verdict, interval) => {
      const row = published("quartier", "58", "services_per_10000_pharmacy");
      expect([row.value, row.ci_low, row.ci_high, row.region_comparison]).toEqual(["6.72", "3.2", "12.4", "similar"]);
      const { page } = await openOk(browser, `/${language}/quartier/58/`);
      const cells = page.locator('#spine-table tr[data-indicator="services_per_10000_pharmacy"]');
      expect(await cells.locator("td[data-comparison]").getAttribute("data-comparison")).toBe("similar");
      expect(await cells.locator("td[data-comparison]").textContent()).toContain(verdict);
      expect((await cells.locator("td[data-value]").textContent())!.replace(/\s+/g, " ")).toContain(
        interval.replace(/\s+/g, " "),
      );
      await page.close();
    },
  );

  it("says why Quartier Royal has no pharmacies per 10,000", async () => {
    const { page } = await openOk(browser, `/en/quartier/6/`);
    const cells = page.locator('#spine-table tr[data-indicator="services_per_10000_pharmacy"]');
    expect(await cells.locator("td[data-value]").textContent()).toBe("withheld: too few residents");
    await page.close();
  });
});
