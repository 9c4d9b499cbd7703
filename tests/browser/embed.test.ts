import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { iframeSnippet, imageSnippet, type EmbedSize } from "../../src/lib/embed/snippet.ts";
import { axeViolations, launchBrowser, openOk } from "./browser.ts";
import { showExplorerTab } from "./explorer-tabs.ts";

const baseUrl = inject("baseUrl");
const catalog = readCsvTable("indicator_catalog");
const label = (id: string, language: string) => catalog.find((r) => r.indicator_id === id)![`label_${language}`]!;
const fragilityYear = catalog.find((r) => r.indicator_id === "fragility_index")!.reference_year!;
let browser: Browser;
/** A report on another origin of this machine (another port): the host page of the snippets. */
let host: { url: string; pages: Map<string, string>; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(pages.get(request.url ?? "") ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Opens a report page holding the snippet of an embed page, in a column of the given width. */
async function report(
  path: string,
  size: EmbedSize,
  column: number,
  ready = "[data-explorer][data-ready]",
): Promise<{ page: Page; frame: Frame }> {
  const snippet = iframeSnippet({ path, title: "Embed", origin: baseUrl, size });
  const name = `/report-${host.pages.size}.html`;
  host.pages.set(
    name,
    `<!doctype html><html lang="en"><title>Report</title><body style="margin:0">` +
      `<h1>Report</h1><div style="width:${column}px">${snippet}</div></body></html>`,
  );
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${host.url}${name}`);
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames()[1]!;
  await expect.poll(() => frame.locator(ready).count(), { timeout: 20_000 }).toBe(1);
  return { page, frame };
}

describe("the map embed in a fixed-size frame of another site's report", () => {
  it.each([
    [720, 640],
    [480, 600],
    [1024, 720],
  ])("shows its title, legend and source inside the %i × %i frame's visible box", async (width, height) => {
    const { page, frame } = await report("/fr/embed/map/?l=commune", `${width}x${height}` as EmbedSize, width);
    const box = (await page.locator("iframe").boundingBox())!;
    expect([box.width, box.height]).toEqual([width, height]);
    const title = frame.getByRole("heading", { level: 1 });
    expect(await title.textContent()).toBe(`${label("fragility_index", "fr")} — communes, ${fragilityYear}`);
    const legend = frame.getByRole("list", { name: label("fragility_index", "fr") });
    const source = frame.locator("[data-source]");
    expect(await source.textContent()).toMatch(/^Sources : /);
    for (const [name, element] of [
      ["title", title],
      ["legend", legend],
      ["source", source],
    ] as const) {
      const inside = (await element.boundingBox())!;
      expect(inside.x, name).toBeGreaterThanOrEqual(box.x);
      expect(inside.y, name).toBeGreaterThanOrEqual(box.y);
      expect(inside.x + inside.width, name).toBeLessThanOrEqual(box.x + box.width);
      expect(inside.y + inside.height, name).toBeLessThanOrEqual(box.y + box.height);
    }
    // Nothing to scroll to: the whole embed is in the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
    await page.close();
  });

  it("opens an area's profile in a new tab on a click, and never navigates the frame", async () => {
    const { page, frame } = await report("/fr/embed/map/?l=commune", "720x640", 720);
    const before = frame.url();
    // A point of the map where the topmost element is an area (borders and labels lie over some).
    const target = await frame.evaluate(() => {
      for (const path of document.querySelectorAll<SVGPathElement>("[data-map] path[data-code]")) {
        const r = path.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y) === path) return { code: path.dataset.code!, x, y };
      }
      return null;
    });
    expect(target).not.toBe(null);
    const box = (await page.locator("iframe").boundingBox())!;
    const opened = page.context().waitForEvent("page");
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    const profile = await opened;
    await profile.waitForLoadState();
    expect(new URL(profile.url()).pathname).toBe(`/fr/commune/${target!.code}/`);
    // The tooltip shows the area clicked, in the frame that kept its map.
    await expect.poll(() => frame.locator("[data-tooltip]").isVisible()).toBe(true);
    expect(frame.url()).toBe(before);
    expect(await frame.locator("[data-map] path[data-code]").count()).toBe(19);
    // Every link of the embed (definition and method, table, credit) opens a new tab too; a
    // download (the hidden figure tools) never navigates.
    const links = await frame
      .locator("a[href]:not([download])")
      .evaluateAll((as) => as.map((a) => `${a.getAttribute("target")} ${a.getAttribute("rel")}`));
    expect(links.length).toBeGreaterThan(2);
    expect(new Set(links)).toEqual(new Set(["_blank noopener"]));
    await profile.close();
    await page.close();
  });
});

describe("the map embed's view", () => {
  it("follows the explorer's state in its URL (indicator, level, year, area, overlays) and keeps that URL", async () => {
    const first = catalog.find((r) => r.indicator_id === "bim_share")!.first_year!;
    const path = `/en/embed/map/?i=bim_share&l=commune&y=${first}&a=21004&o=bassin`;
    const { page, frame } = await report(path, "720x640", 720);
    expect(await frame.getByRole("heading", { level: 1 }).textContent()).toBe(
      `${label("bim_share", "en")} — municipalities, ${first}`,
    );
    expect(await frame.locator("[data-map] .highlight path").count()).toBe(1);
    expect(await frame.locator("[data-map] path.border-bassin").count()).toBe(1);
    expect(await frame.locator("[data-source]").textContent()).toContain(first);
    // The embed never rewrites its address: it stays the one the report pasted.
    expect(frame.url()).toBe(`${baseUrl}${path}`);
    await page.close();
  });
});

describe("the responsive snippet", () => {
  it("resizes the frame to the embed's content at 320 and at 1200 px", async () => {
    const heights: number[] = [];
    for (const width of [320, 1200]) {
      const { page, frame } = await report("/en/embed/map/", "responsive", width);
      const iframe = page.locator("iframe");
      // The host script sets the height the embed asks for: no longer the snippet's 640.
      await expect.poll(() => iframe.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
      const box = (await iframe.boundingBox())!;
      expect(box.width).toBe(width);
      const content = await frame.evaluate(() => document.querySelector("main")!.getBoundingClientRect().bottom);
      expect(Math.abs(box.height - content), `${width}px: frame ${box.height}, content ${content}`).toBeLessThanOrEqual(
        24,
      );
      expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(box.height + 1);
      heights.push(box.height);
      await page.close();
    }
    // A narrow column stacks the legend under the map: another height than the wide one.
    expect(heights[0]).not.toBe(heights[1]);
  });
});

describe("?lang= for the host page's language", () => {
  it("shows the same view in Dutch", async () => {
    const { page, frame } = await report("/fr/embed/map/?l=commune&lang=nl", "720x640", 720);
    expect(new URL(frame.url()).pathname).toBe("/nl/embed/map/");
    expect(new URL(frame.url()).search).toBe("?l=commune");
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(await frame.getByRole("heading", { level: 1 }).textContent()).toBe(
      `${label("fragility_index", "nl")} — gemeenten, ${fragilityYear}`,
    );
    await page.close();
  });
});

describe("the line chart embed", () => {
  it("loads in another site's frame, its link opening the indicator page in a new tab", async () => {
    const { page, frame } = await report("/en/embed/indicator/bim_share/", "720x640", 720, "main svg");
    const heading = (await frame.getByRole("heading", { level: 1 }).textContent())!;
    expect(heading.startsWith(label("bim_share", "en")), heading).toBe(true);
    const link = frame.locator("main > p > a");
    expect(await link.getAttribute("href")).toBe("/en/indicators/bim_share/#series");
    expect(await link.getAttribute("target")).toBe("_blank");
    await page.close();
  });
});

describe("the snippet UI in the explorer's figure tools", () => {
  it("offers fixed sizes, the host page's language and <img> codes for the static SVG and its PNG", async () => {
    const { page, errors } = await openOk(browser, "/en/?l=commune");
    await showExplorerTab(page, "download");
    await page.getByLabel("Frame size").selectOption({ label: "720 × 640 px" });
    await page.getByLabel("Language of the page that embeds").selectOption({ label: "Dutch" });
    const title = label("fragility_index", "en");
    await expect
      .poll(() => page.getByLabel("Embed code (iframe)").inputValue())
      .toBe(
        iframeSnippet({
          path: "/en/embed/map/fragility_index/commune/",
          title,
          origin: baseUrl,
          size: "720x640",
          lang: "nl",
        }),
      );
    const svg = "/en/maps/fragility_index/commune.svg";
    expect(await page.getByLabel("Image code (SVG)").inputValue()).toBe(imageSnippet(svg, "svg", title, baseUrl));
    expect(await page.getByLabel("Image code (PNG)").inputValue()).toBe(imageSnippet(svg, "png", title, baseUrl));
    // The host script is offered with the responsive frame only.
    expect(await page.getByText("also paste the small script").isVisible()).toBe(false);
    await page.getByLabel("Frame size").selectOption("responsive");
    expect(await page.getByText("also paste the small script").isVisible()).toBe(true);
    expect(await page.getByLabel("Embed code (iframe)").inputValue()).toContain(`e.origin!=="${baseUrl}"`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(["fr", "nl", "en"])("the embed pages in %s", (language) => {
  it.each([
    ["map", `/${language}/embed/map/?l=commune`],
    ["line chart", `/${language}/embed/indicator/bim_share/`],
    ["profile", `/${language}/embed/profile/commune/21001/`],
  ])("the %s embed passes axe", async (_name, path) => {
    const { page, errors } = await openOk(browser, path);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
