/**
 * Renders an SVG string to PNG bytes at build time (static maps and charts beside their SVG, link
 * previews), with resvg compiled to WebAssembly: no native add-on, no browser. Text is drawn with
 * the DejaVu Sans files committed beside this module (scripts/output/fonts/, Bitstream Vera licence)
 * and never with the machine's fonts, so the same SVG gives the same bytes on every machine.
 * https://github.com/thx/resvg-js/tree/main/wasm
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

/** The font files every PNG is drawn with; "DejaVu Sans" is the first family the SVGs ask for. */
export const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((name) => join(fontDir(), name));

/**
 * Beside this module; when a bundler moved the module (the site build's prerender chunks call it
 * from dist/.prerender/), the same folder under the project root the build runs from.
 */
function fontDir(): string {
  const beside = fileURLToPath(new URL("./fonts/", import.meta.url));
  return existsSync(join(beside, "DejaVuSans.ttf")) ? beside : join(process.cwd(), "scripts", "output", "fonts");
}

let fonts: Uint8Array[] | undefined;

/** Loads the WebAssembly module and the fonts once per process; later calls return at once. */
async function ready(): Promise<Uint8Array[]> {
  if (fonts) return fonts;
  const wasm = readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm"));
  try {
    await initWasm(wasm);
  } catch (error) {
    // Another copy of this module (a bundler may load it twice) initialised the shared module first.
    if (!String(error).includes("Already initialized")) throw error;
  }
  fonts = FONT_FILES.map((file) => new Uint8Array(readFileSync(file)));
  return fonts;
}

/**
 * The SVG drawn `widthPx` pixels wide (the height follows its aspect ratio) on a transparent
 * background, as PNG bytes. Deterministic: the same SVG and width give byte-identical output.
 * Throws on markup resvg cannot parse, naming the first characters of the SVG.
 */
export async function svgToPng(svg: string, widthPx: number): Promise<Uint8Array> {
  if (!Number.isInteger(widthPx) || widthPx < 1 || widthPx > 10000) {
    throw new RangeError(`svgToPng: width ${widthPx} must be a whole number of pixels from 1 to 10000`);
  }
  const fontBuffers = await ready();
  let renderer: InstanceType<typeof Resvg>;
  try {
    renderer = new Resvg(svg, {
      fitTo: { mode: "width", value: widthPx },
      font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
      shapeRendering: 2,
      textRendering: 1,
    });
  } catch (error) {
    throw new Error(`svgToPng: cannot read the SVG "${svg.slice(0, 60)}…": ${String(error)}`, { cause: error });
  }
  try {
    const image = renderer.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    renderer.free();
  }
}
