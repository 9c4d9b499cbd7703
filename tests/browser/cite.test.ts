/**
 * Issue 13, "cite": the URL-scheme page lists every download of the data page and every address
 * it documents answers; "cite this" sentences carry value, area, year, source, release and
 * permalink in three languages; every page has link-preview metadata whose image exists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readManifest } from "../../src/data/observatory-data.ts";
import { profileRow } from "../../src/data/profile/rows.ts";
import { sourcesText, valueText } from "../../src/data/profile/text.ts";
import { createTranslator } from "../../src/i18n/translate.ts";
import { formatDate } from "../../src/lib/format.ts";
import { pngSize } from "../helpers/png-header.ts";
import { axeViolations, launchBrowser, openOk, outsideRequests } from "./browser.ts";

const baseUrl = inject("baseUrl");
const dist = process.env.OBS_DIST_DIR ?? join(import.meta.dirname, "..", "..", "dist");
const manifest = readManifest();
const languages = ["fr", "nl", "en"] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every address of an `a` in the URL-scheme page's lists. */
async function documentedUrls(page: Page): Promise<string[]> {
  return page.locator("[data-url-list] a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
}

/** HEAD requests, a few at a time: the statuses that are not 200, by address. */
async function failingUrls(urls: readonly string[]): Promise<string[]> {
  const failing: string[] = [];
  for (let i = 0; i < urls.length; i += 16) {
    await Promise.all(
      urls.slice(i, i + 16).map(async (url) => {
        const response = await fetch(`${baseUrl}${url}`, { method: "HEAD" });
        if (response.status !== 200) failing.push(`${url} → ${response.status}`);
      }),
    );
  }
  return failing;
}

describe.each([
  ["fr", "Adresses stables des téléchargements"],
  ["nl", "Vaste adressen van de downloads"],
  ["en", "Stable download addresses"],
] as const)("URL-scheme page in %s", (language, heading) => {
  let page: Page;
  let requests: string[];

  beforeAll(async () => ({ page, requests } = await openOk(browser, `/${language}/data/urls/`)));
  afterAll(() => page.close());

  it("is linked from the data page, in its language, with its heading", async () => {
    const { page: data } = await openOk(browser, `/${language}/data/`);
    expect(await data.locator("[data-url-scheme-link]").getAttribute("href")).toBe(`/${language}/data/urls/`);
    await data.close();
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
  });

  it("lists every file the data page offers for download", async () => {
    const { page: data } = await openOk(browser, `/${language}/data/`);
    const offered = await data
      .locator("a[download]")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    await data.close();
    const documented = new Set(await documentedUrls(page));
    expect(offered.length).toBeGreaterThan(manifest.files.length);
    expect(offered.filter((href) => !documented.has(href))).toEqual([]);
  });

  it("documents templates whose every parameter value is listed", async () => {
    const template = page.locator('[data-url-template="map-csv"]');
    expect(await template.locator(".template-code").textContent()).toBe("/{lang}/maps/{indicator}/{level}.csv");
    expect(await template.locator(".parameters").textContent()).toContain("fr, nl, en");
  });

  it("gives snippets for Excel, pandas and R with the site's absolute address", async () => {
    const csv = `${baseUrl}/data/tables/indicators.csv`;
    const parquet = `${baseUrl}/data/tables/indicators.parquet`;
    expect(await page.locator('[data-snippet="excel-csv"]').textContent()).toContain(`Web.Contents("${csv}")`);
    expect(await page.locator('[data-snippet="python-csv"]').textContent()).toContain(`pd.read_csv("${csv}"`);
    expect(await page.locator('[data-snippet="python-parquet"]').textContent()).toContain(
      `pd.read_parquet("${parquet}")`,
    );
    expect(await page.locator('[data-snippet="r-csv"]').textContent()).toContain(`read_csv("${csv}"`);
    expect(await page.locator('[data-snippet="r-parquet"]').textContent()).toContain(`download.file("${parquet}"`);
  });

  it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from another host", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(requests)).toEqual([]);
  });
});

/** Every file under the folders of a language's downloadable pictures and tables, as site paths. */
function builtFigureFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/${entry.name}`);
      else if (/\.(csv|svg|png)$/.test(entry.name)) found.push(`${path}/${entry.name}`);
    }
  };
  for (const language of languages)
    for (const folder of ["maps", "indicators"]) walk(join(dist, language, folder), `/${language}/${folder}`);
  return found.sort();
}

describe("every documented address", () => {
  it("includes every map and chart file the build wrote, the PNG beside each static SVG among them", async () => {
    const { page } = await openOk(browser, "/en/data/urls/");
    const documented = new Set(await documentedUrls(page));
    const templates = await page.locator(".template-code").allTextContents();
    await page.close();
    const built = builtFigureFiles();
    // The PNGs of `npm run build:png`: one beside every static map and chart SVG.
    const pngs = built.filter((path) => path.endsWith(".png"));
    expect(pngs.length).toBe(built.filter((path) => path.endsWith(".svg")).length);
    expect(pngs).toContain("/fr/maps/fragility_index/quartier.png");
    expect(templates).toEqual(expect.arrayContaining(["/{lang}/maps/{indicator}/{level}.png"]));
    expect(built.filter((path) => !documented.has(path))).toEqual([]);
  });

  it("answers 200 from the built site, all of them, in every language's list", async () => {
    const all = new Set<string>();
    for (const language of languages) {
      const { page } = await openOk(browser, `/${language}/data/urls/`);
      for (const url of await documentedUrls(page)) all.add(url);
      await page.close();
    }
    // 20 tables × 2 formats, 5 levels × 2 geometries, 333 maps × 2, profiles of 3 languages…
    expect(all.size).toBeGreaterThan(1500);
    expect(await failingUrls([...all])).toEqual([]);
  }, 300_000);
});

describe.each(languages)("a profile's key figures in %s", (language) => {
  const code = "115";
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ bypassCSP: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    page = await context.newPage();
    await page.goto(`${baseUrl}/${language}/quartier/${code}/`);
  });
  afterAll(() => page.context().close());

  it("cite the value, area, year, source, release and permalink; the button copies the sentence", async () => {
    const t = createTranslator(language);
    const row = profileRow("quartier", code, "fragility_index")!;
    const block = page.locator('[data-cite="key:fragility_index"]');
    await block.getByText(t("cite.summary"), { exact: true }).click();
    const sentence = (await block.locator("[data-cite-text]").textContent())!;
    expect(sentence).toContain(valueText(t, language, row.value, row.indicator.unit, row.cell?.flag));
    expect(sentence).toContain(`${row.indicator.label[language]}`);
    expect(sentence).toContain(String(row.year));
    expect(sentence).toContain(sourcesText(row.indicator, language));
    expect(sentence).toContain(manifest.pipeline_version);
    expect(sentence).toContain(formatDate(manifest.release_date!, language));
    expect(sentence.endsWith(`${baseUrl}/${language}/quartier/${code}/`)).toBe(true);
    const areaName = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    expect(sentence).toContain(areaName.split(" ")[0]);
    await block.getByRole("button", { name: t("cite.copy") }).click();
    await expect.poll(() => block.getByRole("status").textContent()).toBe(t("cite.copied"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
  });
});

describe("the explorer map's citation", () => {
  it("follows the view shown: indicator, level, year, sources and the view's permalink", async () => {
    const { page } = await openOk(browser, "/en/");
    const text = page.locator('[data-cite="map"] [data-cite-text]');
    const first = (await text.textContent())!;
    expect(first).toContain(`${(await page.locator("#explorer-map-title").textContent())!}. Source: `);
    expect(first).toContain(`version ${manifest.pipeline_version} of ${formatDate(manifest.release_date!, "en")}`);
    expect(first.endsWith(`${baseUrl}/en/`)).toBe(true);
    await page.getByLabel("Indicator").selectOption("share_within_500m_pharmacy");
    await page.waitForURL(/\?i=share_within_500m_pharmacy/);
    await page.getByLabel("Level").selectOption("commune");
    await page.waitForURL(/l=commune/);
    await expect.poll(() => text.textContent()).toContain("by municipality");
    const sentence = (await text.textContent())!;
    expect(sentence).toContain("within 500 m of a pharmacy");
    expect(sentence).toMatch(/Source: [^.]*AFMPS/);
    expect(sentence.endsWith(page.url())).toBe(true);
    await page.close();
  });
});

describe("the data page's citation", () => {
  it("gives the release version and date, and serves BibTeX and RIS with the year and publisher", async () => {
    const { page } = await openOk(browser, "/en/data/");
    expect(await page.locator("[data-release]").textContent()).toBe(
      `This release: version ${manifest.pipeline_version} of ${formatDate(manifest.release_date!, "en")}.`,
    );
    await page.close();
    const bib = await (await fetch(`${baseUrl}/en/data/citation.bib`)).text();
    expect(bib).toContain(`  year = {${manifest.release_date!.slice(0, 4)}}`);
    expect(bib).toContain("  publisher = {Brussels social-health observatory}");
    const ris = await (await fetch(`${baseUrl}/fr/data/citation.ris`)).text();
    expect(ris).toContain(`PY  - ${manifest.release_date!.slice(0, 4)}\r\n`);
    expect(ris).toContain("PB  - Observatoire social-santé de Bruxelles\r\n");
  });
});

describe.each([
  ["fr", "/fr/quartier/115/", "fr_BE"],
  ["nl", "/nl/indicators/bim_share/", "nl_BE"],
  ["en", "/en/", "en_GB"],
] as const)("link preview of %s page %s", (language, path, locale) => {
  it("has Open Graph and Twitter-card metadata in its language, and the image exists at the stated size", async () => {
    const { page } = await openOk(browser, path);
    const meta = async (selector: string) => page.locator(selector).first().getAttribute("content");
    const title = (await page.title()).split(" · ")[0];
    expect(await meta('meta[property="og:title"]')).toBe(title);
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[property="og:locale"]')).toBe(locale);
    const alternates = await page
      .locator('meta[property="og:locale:alternate"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute("content")));
    expect(alternates.sort()).toEqual(["en_GB", "fr_BE", "nl_BE"].filter((l) => l !== locale));
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta('meta[property="og:image:alt"]')).toMatch(
      new RegExp(`^.+ — ${createTranslator(language)("site.title")}$`),
    );
    // Without OBS_SITE_URL at build time the image's address is a path (the test build sets none).
    const image = (await meta('meta[property="og:image"]'))!;
    expect(image).toMatch(new RegExp(`^/previews/${language}/[^/]+\\.png$`));
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const bytes = new Uint8Array(await (await fetch(`${baseUrl}${image}`)).arrayBuffer());
    expect(pngSize(bytes)).toEqual({
      width: Number(await meta('meta[property="og:image:width"]')),
      height: Number(await meta('meta[property="og:image:height"]')),
    });
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    await page.close();
  });
});

describe("every built page", () => {
  it("names a link-preview image that the build wrote", () => {
    const pages: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith(".html")) pages.push(join(dir, entry.name));
      }
    };
    walk(dist);
    const missing = pages.flatMap((file) => {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
      if (!image) return [`${file}: no og:image`];
      try {
        readFileSync(join(dist, new URL(image, "http://x").pathname));
        return [];
      } catch {
        return [`${file}: ${image} missing`];
      }
    });
    expect(pages.length).toBeGreaterThan(600);
    expect(missing).toEqual([]);
  });
});
