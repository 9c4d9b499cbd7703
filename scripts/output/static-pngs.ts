/**
 * Writes a PNG beside each static SVG picture the site publishes as a file (the maps under
 * /{lang}/maps/ and the charts under /{lang}/indicators/), so that a report can link or paste a
 * picture without a browser: `<path>.svg` gets `<path>.png`, PRINT_WIDTH pixels wide.
 *
 * Run after `astro build` (npm run build:png). Rendering ~500 pictures takes minutes on a small
 * machine, so each PNG comes from the cache of png-cache.ts (keyed by the SVG's bytes, the width
 * and the renderer): a rebuild re-renders only the pictures whose SVG changed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { cachedSvgToPng, defaultPngCacheDir } from "./png-cache.ts";

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

export async function writeStaticPngs(
  dist: string,
  options: { width?: number; cacheDir?: string | null } = {},
): Promise<StaticPngReport> {
  const width = options.width ?? PRINT_WIDTH;
  const cacheDir = options.cacheDir === undefined ? defaultPngCacheDir() : options.cacheDir;
  const report: StaticPngReport = { rendered: 0, fromCache: 0, files: [] };
  for (const svgFile of staticSvgFiles(dist)) {
    const svg = readFileSync(svgFile, "utf8");
    let drawn: Awaited<ReturnType<typeof cachedSvgToPng>>;
    try {
      drawn = await cachedSvgToPng(svg, width, cacheDir);
    } catch (error) {
      throw new Error(`${relative(process.cwd(), svgFile)}: cannot draw the PNG: ${String(error)}`, { cause: error });
    }
    const png = drawn.png;
    if (drawn.fromCache) report.fromCache++;
    else report.rendered++;
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
