/**
 * Observable Plot shifts its rules, axes and rects by half a pixel for crisp lines, or not: the
 * offset is fixed once, when Plot is first loaded (@observablehq/plot/src/style.js, line 9:
 * `typeof window !== "undefined" ? window.devicePixelRatio > 1 : typeof it === "undefined"`).
 * In the Astro build (no window, no global `it`) it is 0; in a browser at one device pixel per
 * CSS pixel (or linkedom's window, which has no devicePixelRatio) it is 0.5. A snapshot drawn with
 * the other value differs in every transform, so the chart tests check it first and say why.
 */
import { parseHTML } from "linkedom";

export async function plotOffset(): Promise<number> {
  const Plot = await import("@observablehq/plot");
  const { document } = parseHTML(`<!doctype html><html><body></body></html>`);
  const svg = Plot.ruleX([1]).plot({ document, x: { axis: null } }) as unknown as Element;
  const transform = svg.querySelector("g")?.getAttribute("transform") ?? "";
  return /^translate\(0\.5,0\)$/.test(transform) ? 0.5 : transform === "" ? 0 : Number.NaN;
}

export const BUILD_OFFSET_MESSAGE =
  "Plot was first loaded with a window or a global `it` in this worker (another test file ran before this one with isolate: false, or vitest globals are on): its half-pixel offset differs from the Astro build's. Run this file isolated.";

export const BROWSER_OFFSET_MESSAGE =
  "Plot was first loaded without a window in this worker (another test file ran before this one with isolate: false): its half-pixel offset differs from a browser's at one device pixel per CSS pixel. Run this file isolated.";
