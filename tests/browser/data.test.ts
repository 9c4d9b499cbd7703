import { createHash } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable, readManifest } from "../../src/data/observatory-data.ts";
import { axeViolations, launchBrowser, openOk, outsideRequests } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

const manifest = readManifest();
const published = manifest.files.filter((f) => f.file !== "manifest.json");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ["fr", "Données et téléchargements"],
  ["nl", "Gegevens en downloads"],
  ["en", "Data and downloads"],
] as const)("data page in %s", (language, heading) => {
  let page: Page;
  let requests: string[];
  let errors: string[];

  // bypassCSP (openPage's default) only so that axe can be injected; csp.test.ts checks the policy itself.
  beforeAll(async () => ({ page, requests, errors } = await openOk(browser, `/${language}/data/`)));
  afterAll(() => page.close());

  it("is in its language, with its heading", async () => {
    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
  });

  it("links every published file, with the checksum of the manifest", async () => {
    const links = await page.locator("a[download]").evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute("href")!,
        hash: a.parentElement!.querySelector("code")?.textContent,
      })),
    );
    for (const file of published) {
      const link = links.find((l) => l.href === `/data/${file.file}`);
      expect(link, file.file).toBeDefined();
      expect(link!.hash, file.file).toBe(file.sha256);
    }
    const geojson = links
      .filter((l) => l.href.startsWith("/geo/"))
      .map((l) => l.href)
      .sort();
    expect(geojson).toEqual([
      "/geo/bassin.geojson",
      "/geo/commune.geojson",
      "/geo/quartier.geojson",
      "/geo/region.geojson",
      "/geo/sector.geojson",
    ]);
  });

  it("serves every download with HTTP 200 from the local server", async () => {
    const hrefs = await page
      .locator("a[download]")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    // The manifest's files, the 5 GeoJSON, the Excel copy of every table, the Excel and XLSX
    // latest-values file of every level, and the dataset's BibTeX and RIS records.
    const tables = published.filter((f) => /^tables\/.+\.csv$/.test(f.file)).length;
    const levels = published.filter((f) => /^latest\/.+\.csv$/.test(f.file)).length;
    expect(levels).toBe(5);
    expect(hrefs.length).toBe(published.length + 5 + tables + 2 * levels + 2);
    for (const href of hrefs) {
      const response = await fetch(`${baseUrl}${href}`, { method: "HEAD" });
      expect(response.status, href).toBe(200);
    }
  });

  it("serves a GeoJSON of the 145 quartiers whose checksum is the one shown", async () => {
    const text = await (await fetch(`${baseUrl}/geo/quartier.geojson`)).text();
    expect((JSON.parse(text) as { features: unknown[] }).features).toHaveLength(145);
    const shown = await page
      .locator('a[href="/geo/quartier.geojson"]')
      .locator("xpath=..")
      .locator("code")
      .textContent();
    expect(shown).toBe(createHash("sha256").update(text).digest("hex"));
  });

  it("describes every column in the codebook, in the page's language", async () => {
    const indicators = page.locator('details[data-codebook="indicators"]');
    await indicators.locator("summary").click();
    const row = indicators.locator("tbody tr", { has: page.locator("code", { hasText: /^territory_code$/ }) });
    expect(await row.count()).toBe(1);
    const expected = {
      fr: "Code du territoire (table territories)",
      nl: "Code van het gebied (tabel territories)",
      en: "Territory code (territories table)",
    }[language];
    expect(await row.locator("td").last().textContent()).toBe(expected);
  });

  it("gives the citation in the three languages with the pipeline version and an absolute address", async () => {
    for (const lang of ["fr", "nl", "en"]) {
      const citation = await page.locator(`[data-citation="${lang}"]`).textContent();
      expect(citation).toContain(manifest.pipeline_version);
      expect(citation).toContain(`${baseUrl}/${lang}/data/`);
    }
    expect(await page.locator("[data-pipeline-version]").textContent()).toContain(manifest.pipeline_version);
  });

  it("gives each source's licence and attribution, in the page's language", async () => {
    const source = page.locator('[data-source="statbel-sectors-2024-population"]');
    const row = readCsvTable("sources").find((r) => r.source_id === "statbel-sectors-2024-population")!;
    const text = (await source.textContent())!;
    expect(text).toContain(row[`licence_${language}`]!);
    expect(text).toContain(row[`attribution_${language}`]!);
    expect(text).toContain(
      { fr: "Licence open data de Statbel", nl: "Open-datalicentie van Statbel", en: "Statbel open data licence" }[
        language
      ],
    );
  });

  it("has no WCAG 2.2 A/AA violation (axe) and loads nothing from another host", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
