/**
 * Writes a PNG beside each static SVG picture the site publishes as a file (the maps under
 * /{lang}/maps/ and the charts under /{lang}/indicators/), so that a report can link or paste a
 * picture without a browser: `<path>.svg` gets `<path>.png`, PRINT_WIDTH pixels wide.
 *
 * Run after `astro build` (npm run build:png). Rendering ~500 pictures takes minutes on a small
 * machine, so each PNG is kept in a cache keyed by the SVG's bytes, the width and the renderer
 * (resvg version and font files): a rebuild re-renders only the pictures whose SVG changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { FONT_FILES, svgToPng } from "./render-png.ts";

/** Pixels across: 17 cm at 300 dots per inch, the width of a report's text column printed. */
export const PRINT_WIDTH = 2000;

/** Folders (under each language) whose SVG files get a PNG. */
const PICTURE_FOLDERS = ["maps", "indicators"];
const LANGUAGES = ["fr", "nl", "en"];

export interface StaticPngReport {
  rendered: number;
  fromCache: number;
  files: string[];
}

/** Every .svg file under the picture folders of `dist`, sorted (the order never changes the output). */
export function staticSvgFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".svg")) found.push(path);
    }
  };
  for (const language of LANGUAGES) {
    for (const folder of PICTURE_FOLDERS) {
      const dir = join(dist, language, folder);
      if (existsSync(dir)) walk(dir);
    }
  }
  return found.sort();
}

/** What makes two renders of one SVG differ: the renderer's WebAssembly and the fonts' bytes. */
function rendererKey(): string {
  const hash = createHash("sha256");
  for (const file of [createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm"), ...FONT_FILES]) {
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export async function writeStaticPngs(
  dist: string,
  options: { width?: number; cacheDir?: string | null } = {},
): Promise<StaticPngReport> {
  const width = options.width ?? PRINT_WIDTH;
  const cacheDir = options.cacheDir === undefined ? join("node_modules", ".cache", "static-png") : options.cacheDir;
  const renderer = rendererKey();
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const report: StaticPngReport = { rendered: 0, fromCache: 0, files: [] };
  for (const svgFile of staticSvgFiles(dist)) {
    const svg = readFileSync(svgFile, "utf8");
    const key = createHash("sha256").update(`${renderer}\n${width}\n${svg}`).digest("hex");
    const cached = cacheDir ? join(cacheDir, `${key}.png`) : null;
    let png: Uint8Array;
    if (cached && existsSync(cached)) {
      png = readFileSync(cached);
      report.fromCache++;
    } else {
      try {
        png = await svgToPng(svg, width);
      } catch (error) {
        throw new Error(`${relative(process.cwd(), svgFile)}: cannot draw the PNG: ${String(error)}`, { cause: error });
      }
      if (cached) writeFileSync(cached, png);
      report.rendered++;
    }
    const pngFile = svgFile.replace(/\.svg$/, ".png");
    writeFileSync(pngFile, png);
    report.files.push(pngFile);
  }
  return report;
}

/** `tsx scripts/output/static-pngs.ts [dist]` */
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dist = process.argv[2] ?? "dist";
  const started = performance.now();
  const report = await writeStaticPngs(dist);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `static PNGs: ${report.files.length} written beside their SVG in ${dist} (${report.rendered} rendered, ${report.fromCache} from the cache) in ${seconds} s`,
  );
}
