import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { axeViolations, launchBrowser, openOk, outsideRequests, parseCsv } from "./browser.ts";
import { headlineCsvRows } from "../helpers/headline-rows.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

const tables = {
  quartier: readCsvTable("quartiers"),
  commune: readCsvTable("communes"),
  bassin: readCsvTable("bassins"),
};
// The headline year of each indicator: the table holds every year.
const indicators = headlineCsvRows();
const fragility = readCsvTable("fragility");
const published = (level: string, code: string, id: string) =>
  indicators.find((r) => r.level === level && r.territory_code === code && r.indicator_id === id)!;
const digitsOnly = (text: string | null) => (text ?? "").replace(/\D/g, "");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openOk(browser, path);

const cases = (["fr", "nl", "en"] as const).flatMap((language) =>
  (
    [
      ["quartier", "58"],
      ["commune", "21001"],
      ["bassin", "CO"],
    ] as const
  ).map(([level, code]) => ({ language, level, code })),
);

describe.each(cases)("$level $code profile in $language", ({ language, level, code }) => {
  let page: Page;
  let requests: string[];
  let errors: string[];
  const row = tables[level].find((r) => r[`${level}_code`] === code)!;
  const name = row[`name_${language}`]!;
  beforeAll(async () => ({ page, requests, errors } = await open(`/${language}/${level}/${code}/`)));
  afterAll(() => page.close());

  it("names the area in its language and gives the published 2024 population", async () => {
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(name);
    expect(digitsOnly(await page.locator("[data-population]").textContent())).toBe(row.population);
  });

  it("draws the spine chart with one symbol per charted value and the same rows in its table", async () => {
    const chart = page.locator(".spine-figure svg[aria-label]").first();
    expect(await chart.getAttribute("aria-description")).toBeTruthy();
    const rows = page.locator("#spine-table tbody tr[data-indicator]");
    const dots = await chart.locator("g.spine-values > *").count();
    const withValue = await page
      .locator("#spine-table tbody tr[data-indicator] td[data-value]")
      .evaluateAll((cells) => cells.filter((c) => /\d/.test(c.textContent ?? "")).length);
    expect(dots).toBe(withValue);
    expect(await rows.count()).toBeGreaterThan(20);
    // The area's symbols and printed values are drawn over the level's frame: each must sit on a row of it
    // (rows are 36 px apart; a triangle's box is centred a little off its anchor).
    const misplaced = await chart.evaluate((svg) => {
      const centre = (e: Element) => {
        const b = e.getBoundingClientRect();
        return Math.round(b.top + b.height / 2);
      };
      const rowCentres = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")]
        .filter((t) => t.textContent)
        .map(centre);
      const marks = [
        ...svg.querySelectorAll("g.spine-values > *"),
        ...svg.querySelectorAll("g[aria-label='text']:last-of-type text"),
      ];
      return marks.filter((m) => !rowCentres.some((y) => Math.abs(y - centre(m)) <= 4)).length;
    });
    expect(misplaced).toBe(0);
    const cut = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")]
        .filter((t) => {
          const b = t.getBoundingClientRect();
          return b.left < box.left - 0.5 || b.right > box.right + 0.5;
        })
        .map((t) => t.textContent);
    });
    expect(cut).toEqual([]);
    // Never a number for GP supply: no open region-wide file exists.
    expect(await page.locator('#spine-table tr[data-indicator="gp_per_1000"]').count()).toBe(0);
    expect(await page.locator("[data-gp-shortage]").count()).toBe(1);
  });

  it("shows the published BIM share with its verdict against the region in words", async () => {
    const bim = published(level, code, "bim_share");
    const region = Number(published("region", "04000", "bim_share").value);
    const cells = page.locator('#spine-table tr[data-indicator="bim_share"]');
    expect(digitsOnly(await cells.locator("td[data-value]").textContent())).toBe(
      String(Math.round(Number(bim.value) * 10)),
    );
    expect(await cells.locator("td[data-comparison]").getAttribute("data-comparison")).toBe(
      Number(bim.value) > region * 1.05 ? "worse" : Number(bim.value) < region * 0.95 ? "better" : "similar",
    );
  });

  it("gives the fragility rank and its range under the weightings", async () => {
    const f = fragility.find((r) => r.level === level && r.territory_code === code)!;
    const text = await page.locator("[data-rank]").textContent();
    for (const n of [f.rank, f.pool_size, f.rank_best, f.rank_worst]) expect(text).toContain(n);
  });

  it("links the neighbours to their profiles and highlights the area on the map", async () => {
    const links = page.locator("#neighbours-table tbody th a");
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute("href")).toMatch(new RegExp(`^/${language}/${level}/[^/]+/$`));
    const map = page.locator("svg[aria-labelledby^='profile-map-title']");
    expect(await map.locator(".areas path[data-code]").count()).toBe(tables[level].length);
    expect(await map.locator(".highlight path").count()).toBe(1);
  });

  it("offers the chart's rows as CSV and an embeddable version", async () => {
    const csv = await page.request.get(`${baseUrl}/${language}/${level}/${code}.csv`);
    expect(csv.status()).toBe(200);
    const rows = parseCsv(await csv.text());
    expect(rows.length).toBe(await page.locator("#spine-table tbody tr[data-indicator]").count());
    expect(rows.find((r) => r.indicator_id === "population")!.value).toBe(row.population);
    expect(
      await page.locator(`[data-figure-tools][data-embed="/${language}/embed/profile/${level}/${code}/"]`).count(),
    ).toBe(1);
  });

  it("runs no script but the figure tools, the citations' copy button and the navigation's warm-on-intent", async () => {
    const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("src")));
    // Issue 13: "cite this" under each key figure and the spine chart has its copy button (CiteThis).
    // Issue 16: the navigation prefetches the query engine when its workspace link is hovered or focused, never on
    // load (tests/browser/engine.test.ts checks that nothing is fetched on load).
    expect(scripts.length).toBeLessThanOrEqual(3);
    for (const src of scripts) expect(src).toMatch(/FigureTools|CiteThis|SiteNav/);
  });

  it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from outside 127.0.0.1", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("special quartiers", () => {
  it("says plainly why a park has no social indicators and is not ranked", async () => {
    const { page } = await open("/en/quartier/900/");
    expect(await page.locator("[data-type-note]").textContent()).toContain("A park or wood");
    expect(await page.locator("[data-unranked]").getAttribute("data-unranked")).toBe("not_applicable");
    expect(await page.locator('#spine-table tr[data-indicator="bim_share"] td[data-value]').textContent()).toBe(
      "not applicable",
    );
    await page.close();
  });

  it("names the missing components of a quartier with incomplete data", async () => {
    const { page } = await open("/fr/quartier/115/");
    const text = await page.locator("[data-unranked]").textContent();
    expect(text).toContain("Revenu imposable médian");
    expect(await page.locator("[data-unranked]").getAttribute("data-unranked")).toBe("incomplete_data");
    await page.close();
  });

  it("says when a quartier's GP need rests on its commune's figures (115), and not otherwise (58)", async () => {
    const { page } = await open("/en/quartier/115/");
    expect(await page.locator("[data-gp-fallback]").textContent()).toBe(
      "Computed in part with the municipality's figures (age structure or BIM rate), as the neighbourhood publishes no reliable ones.",
    );
    await page.close();
    const own = await open("/en/quartier/58/");
    expect(await own.page.locator("[data-gp-need]").count()).toBe(1);
    expect(await own.page.locator("[data-gp-fallback]").count()).toBe(0);
    await own.page.close();
  });

  it("lists the services located in the quartier, with the CLSS matched to it", async () => {
    const { page } = await open("/fr/quartier/58/");
    const pharmacies = readCsvTable("services").filter((s) => s.quartier_code === "58" && s.type === "pharmacy");
    expect(await page.locator('[data-located="pharmacy"] li').count()).toBe(pharmacies.length);
    expect(await page.locator('[data-clss="centre-wayez"]').count()).toBe(1);
    await page.close();
  });
});

describe("embed page", () => {
  it("shows only the chart, with a link back to the full profile, and passes axe", async () => {
    const { page, requests } = await open("/nl/embed/profile/commune/21001/");
    expect(await page.locator("header.site-header").count()).toBe(0);
    expect(await page.locator(".spine-figure svg[aria-label]").count()).toBe(1);
    expect(await page.locator('a[href="/nl/commune/21001/"]').count()).toBe(1);
    // One script: ?lang=, links in new tabs and the responsive snippet's height (EmbedFrame.astro).
    const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("src")));
    expect(scripts).toEqual([expect.stringMatching(/EmbedFrame/)]);
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(requests)).toEqual([]);
    await page.close();
  });
});
