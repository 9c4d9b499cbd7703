/**
 * What a PNG export drew: the composed SVG the page hands to the canvas (through a blob: URL), and
 * the PNG it saved. The SVG's text is what a reader of the PNG sees written in the picture.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";

/** Starts recording every SVG the page turns into a blob: URL (the rasteriser's input). */
export async function recordSvgBlobs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { printSvgs: string[] }).printSvgs = seen;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type === "image/svg+xml") void object.text().then((t) => seen.push(t));
      return create(object);
    };
  });
}

/** Clicks the export button; returns the PNG saved and the words drawn in it (whitespace removed). */
export async function exportPng(
  page: Page,
  button: Locator,
): Promise<{ name: string; bytes: Buffer; drawnText: string }> {
  const before = await page.evaluate(() => (window as unknown as { printSvgs: string[] }).printSvgs.length);
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  await page.waitForFunction((n) => (window as unknown as { printSvgs: string[] }).printSvgs.length > n, before);
  const svg = await page.evaluate(() => (window as unknown as { printSvgs: string[] }).printSvgs.at(-1)!);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!), drawnText: drawnText(svg) };
}

/** The text of the picture's own <text> lines (not the nested map's tooltips), whitespace removed. */
function drawnText(svg: string): string {
  const decode = (s: string) =>
    s
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&apos;", "'")
      .replaceAll("&amp;", "&");
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((m) => decode(m[1]!))
    .join("")
    .replace(/\s+/g, "");
}

/** A text as it must appear among the drawn words: whitespace removed (wrapping moves it). */
export const squeezed = (text: string) => text.replace(/\s+/g, "");
