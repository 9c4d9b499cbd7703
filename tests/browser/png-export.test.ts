/**
 * PNG exports at print resolution (issue 13): the explorer map's PNG is the map as on screen (an
 * overlay toggled changes its pixels), at least 2000 pixels wide, under the site's real
 * Content-Security-Policy; a chart's PNG has its title and source drawn in; the build wrote a PNG
 * beside the static SVG maps.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { launchBrowser, openPage } from "./browser.ts";
import { pngSize } from "../helpers/png-header.ts";
import { exportPng, recordSvgBlobs, squeezed } from "./print-png.ts";
import { showExplorerTab } from "./explorer-tabs.ts";

const baseUrl = inject("baseUrl");
const fragilityYear = readCsvTable("indicator_catalog").find(
  (r) => r.indicator_id === "fragility_index",
)!.reference_year!;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks the button and returns the file it downloads. */
async function download(page: Page, button: string, within = "body"): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(within).getByRole("button", { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * The number of pixels that differ between two PNGs of the same size inside the rectangle (in
 * pixels of the images), decoded by the browser itself.
 */
function differingPixels(
  page: Page,
  a: Buffer,
  b: Buffer,
  box: { x: number; y: number; width: number; height: number },
): Promise<number> {
  return page.evaluate(
    async ({ a, b, box }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(box.x, box.y, box.width, box.height).data;
      };
      const [first, second] = [await pixels(a), await pixels(b)];
      let count = 0;
      for (let i = 0; i < first.length; i += 4) {
        if (first[i] !== second[i] || first[i + 1] !== second[i + 1] || first[i + 2] !== second[i + 2]) count++;
      }
      return count;
    },
    { a: a.toString("base64"), b: b.toString("base64"), box },
  );
}

describe.each([
  [
    "fr",
    "Image PNG pour l'impression (2000 px)",
    "PNG haute définition (4000 px)",
    "Services : pharmacies",
    "Image enregistrée",
  ],
  ["en", "PNG image for print (2000 px)", "High-resolution PNG (4000 px)", "Services: pharmacies", "Image saved"],
])("the explorer map's PNG in %s", (language, print, print2x, pharmacies, saved) => {
  let page: Page;
  let errors: string[];
  // The real Content-Security-Policy: the canvas draws the picture from a blob: URL (img-src).
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, `${baseUrl}/${language}/`, { bypassCSP: false }));
    await showExplorerTab(page, "download");
  });
  afterAll(() => page.close());

  it("is at least 2000 pixels wide, and 4000 with the high-resolution option", async () => {
    // Named after what it shows (src/lib/routes.ts downloadBaseName), as the figure's other downloads.
    const name = `fragility-index_quartier_${fragilityYear}_${language}`;
    const png = await download(page, print);
    expect(png.name).toBe(`${name}.png`);
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2000);
    // Title and subtitle above, source and credit below the map: taller than the map's own proportions.
    expect(size.height).toBeGreaterThan(((2000 - 2 * 48 - 2 * 280) * 600) / 720);
    expect(await page.getByRole("status").filter({ hasText: saved }).textContent()).toBe(
      `${saved}${language === "fr" ? " : " : ": "}${name}.png`,
    );
    const large = await download(page, print2x);
    expect(large.name).toBe(`${name}@2x.png`);
    expect(pngSize(large.bytes).width).toBe(4000);
    expect(errors).toEqual([]);
  });

  it("draws the map as on screen: toggling an overlay changes the map's pixels", async () => {
    const before = await download(page, print);
    await page.getByRole("checkbox", { name: pharmacies }).check();
    // Drawn on the map, which the Download tab hides: the PNG export draws it all the same.
    await page.locator("[data-map] circle.point-pharmacy").first().waitFor({ state: "attached" });
    const after = await download(page, print);
    expect(pngSize(after.bytes)).toEqual(pngSize(before.bytes));
    // The map's area, below the title and subtitle and above the source lines.
    const box = { x: 48, y: 260, width: 1300, height: 900 };
    expect(await differingPixels(page, before.bytes, after.bytes, box)).toBeGreaterThan(1000);
    await page.getByRole("checkbox", { name: pharmacies }).uncheck();
    await page.locator("[data-map] circle.point-pharmacy").first().waitFor({ state: "detached" });
    const again = await download(page, print);
    expect(await differingPixels(page, before.bytes, again.bytes, box)).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("a chart's PNG", () => {
  it("has the title and source drawn in around the distribution chart", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}/fr/indicators/fragility_index/`, { bypassCSP: false });
    const figure = page.locator("figure.distribution");
    const chart = await figure
      .locator("svg")
      .first()
      .evaluate((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        return { width: box.width, height: box.height };
      });
    const png = await download(page, "Image PNG pour l'impression (2000 px)", "figure.distribution");
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2000);
    // The chart alone, 952 units of 1000 wide, would be this tall: the title, subtitle, source
    // and credit add more than 150 units (300 pixels).
    const bare = (2000 * (952 * chart.height)) / chart.width / 1000;
    expect(size.height - bare).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a trend chart's PNG", () => {
  it("is the line chart on screen with the caption's title, not a control's icon", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}/en/indicators/bim_share/`, { bypassCSP: false });
    const figure = page.locator("figure.series-figure");
    const title = (await figure.locator("[data-series-title]").textContent())!.trim();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "PNG image for print (2000 px)" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await file.path())!);
    expect(pngSize(bytes).width).toBe(2000);
    expect(title.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the build's static PNGs", () => {
  it("lie beside the static SVG maps, 2000 pixels wide", async () => {
    for (const path of ["/fr/maps/fragility_index/quartier", "/nl/maps/bim_share/change/quartier"]) {
      const svg = await fetch(`${baseUrl}${path}.svg`);
      expect(svg.status, path).toBe(200);
      expect(await svg.text()).toMatch(/^<svg [^>]*width="950" height="\d+"/);
      const png = await fetch(`${baseUrl}${path}.png`);
      expect(png.status, path).toBe(200);
      expect(pngSize(new Uint8Array(await png.arrayBuffer())).width).toBe(2000);
    }
  });
});

describe.each([
  [
    "fr",
    "allocator",
    "?level=commune",
    "allocation-commune-",
    "Image PNG pour l'impression (2000 px)",
    "PNG haute définition (4000 px)",
  ],
  [
    "nl",
    "siting",
    "?k=3",
    "siting-map-k3-",
    "PNG-afbeelding om af te drukken (2000 px)",
    "PNG in hoge resolutie (4000 px)",
  ],
  ["en", "allocator", "", "allocation-quartier-", "PNG image for print (2000 px)", "High-resolution PNG (4000 px)"],
  ["en", "siting", "", "siting-map-k", "PNG image for print (2000 px)", "High-resolution PNG (4000 px)"],
])("the %s %s tool map's PNG", (language, tool, query, file, print, print2x) => {
  it("is 2000 pixels wide (4000 with the 2× option) with the map's title, source, date and permalink drawn in", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}/${language}/tools/${tool}/${query}`, {
      bypassCSP: false,
    });
    await page.waitForSelector("[data-results][data-ready]:not([hidden])", { timeout: 30_000 });
    await recordSvgBlobs(page);
    const figure = page.locator("figure").filter({ has: page.locator("[data-map] svg") });
    const png = await exportPng(page, figure.getByRole("button", { name: print }));
    expect(png.name.startsWith(file) && png.name.endsWith(".png")).toBe(true);
    expect(pngSize(png.bytes).width).toBe(2000);
    const title = await page.locator("[data-map] svg > title").textContent();
    const source = await figure.locator(".source-line").textContent();
    expect(png.drawnText).toContain(squeezed(title!));
    expect(png.drawnText).toContain(squeezed(source!));
    expect(png.drawnText).toContain(squeezed(page.url()));
    const year = String(new Date().getFullYear());
    expect(png.drawnText).toContain(year);
    const large = await exportPng(page, figure.getByRole("button", { name: print2x }));
    expect(large.name).toBe(png.name.replace(/\.png$/, "@2x.png"));
    expect(pngSize(large.bytes).width).toBe(4000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
