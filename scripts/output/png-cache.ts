/**
 * svgToPng behind a content-addressed cache: a PNG is stored under the SHA-256 of what makes it
 * (the SVG's text, the width, the resvg WebAssembly and the font files' bytes), so a rebuild draws
 * only the pictures whose SVG changed and a renderer or font update invalidates every entry. The
 * site build (link previews) and `build:png` (static PNGs) share it. A cached PNG is the bytes
 * svgToPng returned for the same key, so builds with and without the cache publish the same bytes.
 *
 * Several builds (worktrees sharing node_modules) may write the same entry at once: each entry is
 * written to a temporary name and renamed, so a reader never sees a partial file.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { FONT_FILES, svgToPng } from "./render-png.ts";

/** Under the project's node_modules (ignored by git, dropped with the install). */
export function defaultPngCacheDir(): string {
  return join(process.cwd(), "node_modules", ".cache", "svg-png");
}

let renderer: string | undefined;

/** What makes two renders of one SVG differ: the renderer's WebAssembly and the fonts' bytes. */
export function rendererKey(): string {
  if (renderer) return renderer;
  const hash = createHash("sha256");
  for (const file of [createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm"), ...FONT_FILES]) {
    hash.update(readFileSync(file));
  }
  renderer = hash.digest("hex");
  return renderer;
}

/** The cache key of one picture. */
export function pngCacheKey(svg: string, widthPx: number): string {
  return createHash("sha256").update(`${rendererKey()}\n${widthPx}\n${svg}`).digest("hex");
}

export interface CachedPng {
  png: Uint8Array;
  fromCache: boolean;
}

/** svgToPng(svg, widthPx), from `cacheDir` when it holds the picture; `null` turns the cache off. */
export async function cachedSvgToPng(
  svg: string,
  widthPx: number,
  cacheDir: string | null = defaultPngCacheDir(),
): Promise<CachedPng> {
  if (!cacheDir) return { png: await svgToPng(svg, widthPx), fromCache: false };
  const file = join(cacheDir, `${pngCacheKey(svg, widthPx)}.png`);
  if (existsSync(file)) return { png: new Uint8Array(readFileSync(file)), fromCache: true };
  const png = await svgToPng(svg, widthPx);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { png, fromCache: false };
}
