import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedSvgToPng, pngCacheKey } from "../../../scripts/output/png-cache.ts";
import { svgToPng } from "../../../scripts/output/render-png.ts";

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" width="40" height="20"><rect width="40" height="20" fill="${fill}"/><text x="2" y="14" font-size="10">É1</text></svg>`;

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), "png-cache-"));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe("cachedSvgToPng(svg, width, cacheDir)", () => {
  it("draws on a miss, reads the stored picture on a hit, with the bytes svgToPng gives", async () => {
    const direct = Buffer.from(await svgToPng(svg("#a50f15"), 80));
    const miss = await cachedSvgToPng(svg("#a50f15"), 80, cacheDir);
    const hit = await cachedSvgToPng(svg("#a50f15"), 80, cacheDir);
    expect([miss.fromCache, hit.fromCache]).toEqual([false, true]);
    expect(Buffer.from(miss.png).equals(direct)).toBe(true);
    expect(Buffer.from(hit.png).equals(direct)).toBe(true);
    // One entry, named by its key; no temporary file left behind.
    expect(readdirSync(cacheDir)).toEqual([`${pngCacheKey(svg("#a50f15"), 80)}.png`]);
  });

  it("draws again when the SVG or the width changes", async () => {
    await cachedSvgToPng(svg("#a50f15"), 80, cacheDir);
    const otherSvg = await cachedSvgToPng(svg("#fcbba1"), 80, cacheDir);
    const otherWidth = await cachedSvgToPng(svg("#a50f15"), 60, cacheDir);
    expect([otherSvg.fromCache, otherWidth.fromCache]).toEqual([false, false]);
    expect(Buffer.from(otherSvg.png).equals(Buffer.from(await svgToPng(svg("#fcbba1"), 80)))).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });

  it("serves what the entry holds: the key, not the file name, decides (so a key must cover every input)", async () => {
    writeFileSync(join(cacheDir, `${pngCacheKey(svg("#a50f15"), 80)}.png`), "stored");
    const hit = await cachedSvgToPng(svg("#a50f15"), 80, cacheDir);
    expect(Buffer.from(hit.png).toString()).toBe("stored");
  });

  it("keys on the SVG text, the width and the renderer", () => {
    const key = pngCacheKey(svg("#a50f15"), 80);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pngCacheKey(svg("#a50f15"), 80)).toBe(key);
    expect(pngCacheKey(svg("#a50f16"), 80)).not.toBe(key);
    expect(pngCacheKey(svg("#a50f15"), 81)).not.toBe(key);
  });

  it("without a cache folder, draws every time and stores nothing", async () => {
    const drawn = await cachedSvgToPng(svg("#a50f15"), 80, null);
    expect(drawn.fromCache).toBe(false);
    expect(Buffer.from(drawn.png).equals(Buffer.from(await svgToPng(svg("#a50f15"), 80)))).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
