/**
 * Issue 14: the explorer's Map / Chart / Table / Sources / Download tabs over one state, in the
 * manner of Our World in Data: by keyboard (ARIA tabs: arrow keys, Home, End), from the URL in
 * three languages, and the map's table link opening the Table tab.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${baseUrl}${path}`);
  await page.locator("[data-explorer][data-ready=true]").waitFor();
  return page;
}

const NAMES = {
  fr: { map: "Carte", chart: "Graphique", table: "Tableau", sources: "Sources", download: "Télécharger" },
  nl: { map: "Kaart", chart: "Grafiek", table: "Tabel", sources: "Bronnen", download: "Downloaden" },
  en: { map: "Map", chart: "Chart", table: "Table", sources: "Sources", download: "Download" },
} as const;
const METHOD = {
  fr: "Définition, méthode et sources",
  nl: "Definitie, methode en bronnen",
  en: "Definition, method and sources",
};
const CSV = {
  fr: "Télécharger les données affichées (CSV)",
  nl: "De getoonde gegevens downloaden (CSV)",
  en: "Download the data shown (CSV)",
};
const TABLE_LINK = {
  fr: "Voir les données sous forme de tableau",
  nl: "De gegevens als tabel bekijken",
  en: "See the data as a table",
};

/** The tab selected and the one panel shown. */
async function shown(page: Page): Promise<{ selected: string[]; panels: string[] }> {
  return page.evaluate(() => ({
    selected: [...document.querySelectorAll("[role=tab][aria-selected=true]")].map((t) => t.id),
    panels: [...document.querySelectorAll<HTMLElement>("[data-tab-panel]")]
      .filter((p) => p.offsetParent !== null)
      .map((p) => p.id),
  }));
}

describe.each(["fr", "nl", "en"] as const)("the explorer's tabs in %s", (language) => {
  it("move by arrow keys, Home and End, each shown alone and kept in the URL", async () => {
    const page = await open(`/${language}/?l=commune`);
    const names = NAMES[language];
    await page.getByRole("tab", { name: names.map, exact: true }).focus();
    const steps: [string, string, string][] = [
      ["ArrowRight", "chart", "&tab=chart"],
      ["ArrowRight", "table", "&tab=table"],
      ["ArrowRight", "sources", "&tab=sources"],
      ["ArrowRight", "download", "&tab=download"],
      ["ArrowRight", "map", ""],
      ["End", "download", "&tab=download"],
      ["ArrowLeft", "sources", "&tab=sources"],
      ["Home", "map", ""],
      ["ArrowLeft", "download", "&tab=download"],
    ];
    for (const [key, tab, query] of steps) {
      await page.keyboard.press(key);
      await page.waitForURL(`${baseUrl}/${language}/?l=commune${query}`);
      expect(await shown(page), `${key} → ${tab}`).toEqual({
        selected: [`explorer-tab-${tab}`],
        panels: [`explorer-panel-${tab}`],
      });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`explorer-tab-${tab}`);
      expect(
        await page.getByRole("tabpanel", { name: names[tab as keyof typeof names], exact: true }).isVisible(),
      ).toBe(true);
    }
    await page.close();
  });

  it("opens each tab from the URL: the table's rows, the sources with the method link, the downloads", async () => {
    const names = NAMES[language];
    const table = await open(`/${language}/?i=bim_share&l=commune&tab=table`);
    expect(await table.getByRole("tab", { name: names.table, exact: true }).getAttribute("aria-selected")).toBe("true");
    expect(await table.getByRole("tabpanel", { name: names.table, exact: true }).getByRole("table").isVisible()).toBe(
      true,
    );
    expect(await table.locator("[data-rows] tr").count()).toBe(19);
    expect(await table.locator("[data-map] svg").isVisible()).toBe(false);
    await table.close();

    const sources = await open(`/${language}/?i=bim_share&l=commune&tab=sources`);
    const panel = sources.getByRole("tabpanel", { name: names.sources, exact: true });
    expect(await panel.isVisible()).toBe(true);
    // The same source line as under the map (the print PNG keeps it), in step with the view.
    const source = (await sources.locator("[data-source]").textContent())!.trim();
    expect(source).not.toBe("");
    expect((await panel.locator("[data-sources-source]").textContent())!.trim()).toBe(source);
    const method = panel.getByRole("link", { name: METHOD[language], exact: true });
    expect(await method.getAttribute("href")).toBe(`/${language}/indicators/bim_share/`);
    expect(await panel.locator('[data-cite="map"]').count()).toBe(1);
    await sources.close();

    const download = await open(`/${language}/?i=bim_share&l=commune&tab=download`);
    const tools = download.getByRole("tabpanel", { name: names.download, exact: true });
    expect(await tools.getByRole("link", { name: CSV[language], exact: true }).getAttribute("href")).toBe(
      `/${language}/maps/bim_share/commune.csv`,
    );
    expect(await tools.locator("[data-permalink]").getAttribute("href")).toBe(
      `/${language}/?i=bim_share&l=commune&tab=download`,
    );
    // Moved, not copied: one set of figure tools and one citation on the page.
    expect(await download.locator("[data-figure-tools]").count()).toBe(1);
    expect(await download.locator('[data-cite="map"]').count()).toBe(1);
    await download.close();
  });

  it("the map's table link opens the Table tab", async () => {
    const page = await open(`/${language}/?l=commune`);
    await page.getByRole("link", { name: TABLE_LINK[language], exact: true }).click();
    await page.waitForURL(`${baseUrl}/${language}/?l=commune&tab=table`);
    expect(await shown(page)).toEqual({ selected: ["explorer-tab-table"], panels: ["explorer-panel-table"] });
    expect(await page.locator("[data-table]").isVisible()).toBe(true);
    await page.close();
  });
});

describe("links to the explorer's table from elsewhere", () => {
  it("an embed's table link names the full explorer's Table tab", async () => {
    const page = await open("/en/embed/map/bim_share/commune/");
    expect(await page.locator("[data-table-link]").getAttribute("href")).toBe(
      "/en/?i=bim_share&l=commune&tab=table#explorer-table",
    );
    await page.close();
  });

  it("an older link to the table's anchor opens the Table tab", async () => {
    const page = await open("/nl/#explorer-table");
    expect(await shown(page)).toEqual({ selected: ["explorer-tab-table"], panels: ["explorer-panel-table"] });
    await page.close();
  });
});
