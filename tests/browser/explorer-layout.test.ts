import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { axeViolations, launchBrowser } from "./browser.ts";

const baseUrl = inject("baseUrl");
const catalog = readCsvTable("indicator_catalog");
const label = (id: string, language: string) => catalog.find((r) => r.indicator_id === id)![`label_${language}`]!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWPORTS = [
  { name: "desktop", width: 1400, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function openAt(
  path: string,
  viewport: { width: number; height: number },
  options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  await page.goto(`${baseUrl}${path}`);
  if (options.javaScriptEnabled !== false) await page.locator("[data-explorer][data-ready=true]").waitFor();
  return page;
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe.each(["fr", "nl", "en"])("the explorer's layout in %s", (language) => {
  describe.each(VIEWPORTS)("at $width × $height ($name)", (viewport) => {
    let page: Page;
    beforeAll(async () => {
      page = await openAt(`/${language}/`, viewport);
    });
    afterAll(() => page.close());

    it("starts the map in the upper part of the first screen, large, with the indicator and level beside or above it", async () => {
      const map = await box(page, "[data-map] svg");
      expect(map.y).toBeLessThan(0.45 * viewport.height);
      // A phone gives the map its full width (less the page's margins); a desktop most of it.
      expect(map.width).toBeGreaterThan((viewport.name === "phone" ? 0.9 : 0.5) * viewport.width);
      for (const control of ["[data-control=indicator]", "[data-control=level]"]) {
        const picker = await box(page, control);
        expect(picker.y + picker.height).toBeLessThan(viewport.height);
      }
      // The map is the first view; the ranked table is the Table tab's (it follows the map without JavaScript).
      expect(await page.locator("#explorer-tab-map").getAttribute("aria-selected")).toBe("true");
      expect(await page.locator("#explorer-panel-table [data-table]").count()).toBe(1);
      expect(await page.locator("[data-table]").isVisible()).toBe(false);
    });

    it("does not scroll sideways", async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
});

describe.each(VIEWPORTS)("the explorer's first paint at $width × $height ($name)", (viewport) => {
  it("keeps the map in place when the script starts: the tab list is laid out from the first paint", async () => {
    const page = await browser.newPage({ viewport });
    // Every layout shift the page makes on its own (none follows an input here), from the first paint.
    await page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Element | null }[];
        }[])
          if (!entry.hadRecentInput)
            shifts.push({ value: entry.value, nodes: entry.sources.map((s) => s.node?.id || s.node?.nodeName || "?") });
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${baseUrl}/fr/`);
    await page.locator("[data-explorer][data-ready=true]").waitFor();
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts,
    );
    // The map figure moving down by the tab list's height was a shift of about 0.14 on a phone.
    expect(shifts.filter((shift) => shift.nodes.includes("explorer-map-figure"))).toEqual([]);
    // On failure, which nodes moved and by how much (a rare 0.15 on a loaded machine is not yet explained).
    expect(
      shifts.reduce((sum, shift) => sum + shift.value, 0),
      JSON.stringify(shifts),
    ).toBeLessThan(0.05);
    await page.close();
  });
});

describe("the explorer's view tabs (map, chart)", () => {
  it("switch by keyboard, keep the tab in the URL and draw the ranked bar chart in the map's colours", async () => {
    const page = await openAt("/en/?i=bim_share&l=commune", VIEWPORTS[0]);
    expect(await page.getByRole("tablist", { name: "Views" }).isVisible()).toBe(true);
    const mapTab = page.getByRole("tab", { name: "Map" });
    const chartTab = page.getByRole("tab", { name: "Chart" });
    expect(await mapTab.getAttribute("aria-selected")).toBe("true");
    expect(await chartTab.getAttribute("tabindex")).toBe("-1");
    await mapTab.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/\?i=bim_share&l=commune&tab=chart$/);
    expect(await chartTab.getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("explorer-tab-chart");
    expect(await page.getByRole("tabpanel", { name: "Chart" }).isVisible()).toBe(true);
    expect(await page.locator("#explorer-panel-map").isVisible()).toBe(false);
    // One bar per ranked commune, in the table's order, each in its area's map colour.
    const bars = await page
      .locator("[data-chart] g[data-code]")
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-code"), g.querySelector("rect")!.getAttribute("fill")]));
    const ranked = await page
      .locator("[data-rows] tr")
      .evaluateAll((trs) =>
        trs.filter((tr) => tr.querySelector("td")!.textContent !== "–").map((tr) => tr.getAttribute("data-code")),
      );
    expect(bars.map(([code]) => code)).toEqual(ranked);
    expect(bars.length).toBe(19);
    const fills = await page
      .locator("[data-map] path[data-code]")
      .evaluateAll((paths) =>
        Object.fromEntries(paths.map((p) => [p.getAttribute("data-code"), p.getAttribute("fill")])),
      );
    for (const [code, fill] of bars) expect(fill, code!).toBe(fills[code!]);
    await page.keyboard.press("Home");
    await page.waitForURL(/\?i=bim_share&l=commune$/);
    expect(await page.locator("#explorer-panel-map").isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => chartTab.getAttribute("aria-selected")).toBe("true");
    await page.close();
  });

  it.each([
    ["fr", "Graphique"],
    ["nl", "Grafiek"],
    ["en", "Chart"],
  ])("restores the chart tab from the URL in %s", async (language, name) => {
    const page = await openAt(`/${language}/?l=commune&tab=chart`, VIEWPORTS[1]);
    expect(await page.getByRole("tab", { name }).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("[data-chart] g[data-code]").count()).toBe(19);
    expect(await page.locator("#explorer-panel-chart").isVisible()).toBe(true);
    expect(await page.locator("#explorer-panel-map").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe("the explorer without JavaScript", () => {
  it.each([
    ["fr", "Les commandes interactives ont besoin de JavaScript."],
    ["nl", "De interactieve bediening heeft JavaScript nodig."],
    ["en", "The interactive controls need JavaScript."],
  ])(
    "says so at the top in %s, hides the controls and links every indicator's static maps",
    async (language, notice) => {
      const page = await openAt(`/${language}/?i=bim_share&l=commune`, VIEWPORTS[0], { javaScriptEnabled: false });
      // Located by CSS: Playwright's text locators skip <noscript> content.
      const shown = page.locator(".noscript-notice");
      expect(await shown.locator("strong").textContent()).toBe(notice);
      expect(await shown.isVisible()).toBe(true);
      expect((await shown.boundingBox())!.y).toBeLessThan((await box(page, "[data-map] svg")).y);
      expect(await page.locator("[data-control=indicator]").isVisible()).toBe(false);
      expect(await page.locator("[data-control=level]").isVisible()).toBe(false);
      expect(await page.locator("[data-control=year-range]").isVisible()).toBe(false);
      expect(await page.locator("[data-question-panel]").isVisible()).toBe(false);
      // No tab list: every view's panel is shown, the ranked table after the map.
      expect(await page.getByRole("tablist").count()).toBe(0);
      const map = await box(page, "[data-map] svg");
      expect((await box(page, "[data-table]")).y).toBeGreaterThan(map.y + map.height);
      for (const panel of ["chart", "table", "sources", "download"])
        expect(await page.locator(`#explorer-panel-${panel}`).isVisible(), panel).toBe(true);
      expect(await page.locator("[data-figure-tools] a[download$='.csv']").isVisible()).toBe(true);
      // The address's state is not read; its static map and table are one click away.
      expect(
        await shown
          .locator("li")
          .filter({ hasText: `${label("bim_share", language)} —` })
          .count(),
      ).toBe(1);
      expect(await page.locator(`a[href="/${language}/maps/bim_share/commune.svg"]`).count()).toBe(1);
      expect(await page.locator(`a[href="/${language}/indicators/bim_share/"]`).count()).toBeGreaterThan(0);
      await page.close();
    },
  );
});

describe("the map embed without JavaScript", () => {
  it("shows BIM for the embed code of the view ?i=bim_share", async () => {
    // The embed code the explorer gives for ?i=bim_share (JavaScript on, as for whoever copies it).
    const explorer = await openAt("/en/?i=bim_share", VIEWPORTS[0]);
    const path = await explorer.locator("[data-figure-tools]").getAttribute("data-embed");
    expect(path).toBe("/en/embed/map/bim_share/quartier/");
    await explorer.close();
    // The report's reader without JavaScript.
    const embed = await openAt(path!, { width: 720, height: 640 }, { javaScriptEnabled: false });
    const bim = label("bim_share", "en");
    expect(await embed.getByRole("heading", { level: 1 }).textContent()).toContain(bim);
    expect(await embed.getByRole("img", { name: bim }).count()).toBe(1);
    expect(await embed.locator(".noscript-notice").textContent()).toContain(
      "Without JavaScript this frame shows the headline year",
    );
    expect(await embed.locator(".noscript-notice").isVisible()).toBe(true);
    await embed.close();
  });

  it("says that the query of an old ?i= embed address is not read without JavaScript", async () => {
    const embed = await openAt("/nl/embed/map/?i=bim_share", { width: 720, height: 640 }, { javaScriptEnabled: false });
    expect(await embed.locator(".noscript-notice").textContent()).toContain(
      "Zonder JavaScript toont dit kader de standaardkaart: de indicator, het niveau en het jaar",
    );
    expect(await embed.locator(".noscript-notice").isVisible()).toBe(true);
    await embed.close();
  });

  it("keeps the path form working with JavaScript: the query applies over the path's indicator", async () => {
    const embed = await openAt("/fr/embed/map/bim_share/quartier/?l=commune", { width: 720, height: 640 });
    expect(await embed.locator("[data-map] path[data-code]").count()).toBe(19);
    expect(await embed.getByRole("heading", { level: 1 }).textContent()).toContain(label("bim_share", "fr"));
    await embed.close();
  });
});

describe("the map embed and the tab parameter", () => {
  it("keeps showing its map (an embed has no tabs) when its address carries tab=chart", async () => {
    const embed = await openAt("/en/embed/map/bim_share/quartier/?tab=chart", { width: 720, height: 640 });
    expect(await embed.locator("[data-map] svg").isVisible()).toBe(true);
    expect(await embed.locator("[data-map] path[data-code]").count()).toBe(145);
    await embed.close();
  });
});

describe.each(["fr", "nl", "en"])("axe on the explorer's pages in %s", (language) => {
  it.each([
    ["explorer", `/${language}/`, true],
    ["map embed at a path", `/${language}/embed/map/bim_share/commune/`, true],
    ["explorer's chart tab", `/${language}/?l=commune&tab=chart`, true],
    ["explorer's table tab", `/${language}/?l=commune&tab=table`, true],
    ["explorer's sources tab", `/${language}/?l=commune&tab=sources`, true],
    ["explorer's download tab", `/${language}/?l=commune&tab=download`, true],
  ])("the %s passes axe", async (_name, path, javaScriptEnabled) => {
    const page = await openAt(path, VIEWPORTS[1], { javaScriptEnabled, bypassCSP: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
