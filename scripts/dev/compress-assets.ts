/**
 * `npx tsx scripts/compress-assets.ts [dir]`, after `astro build`: writes a Brotli (.br,
 * quality 11) and a gzip (.gz, level 9) copy beside every file of dist/ (or `dir`) larger than
 * 1 KB whose type compresses, for servers that send precompressed files (nginx gzip_static and
 * brotli_static, Caddy's file_server precompressed, Netlify and Cloudflare do it themselves).
 * Parquet is compressed inside already and is skipped, as is a copy that would not be smaller.
 * So is the DuckDB file: the browser reads it by ranges, and a browser that once received it
 * compressed whole answers later range requests from that cached copy, in compressed bytes
 * (the local server never sends it compressed either: scripts/serve/site-server.ts).
 *
 * Deterministic: node:zlib gives the same bytes for the same input and settings. Brotli 11 on
 * DuckDB-WASM's two 35–40 MB bundles takes minutes, and the bundles only change with the
 * package, so each compressed copy is cached by the content's SHA-256 in
 * node_modules/.cache/compress-assets/ (entries the run did not use are removed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { sha256 } from "../lib/hash.ts";
import { projectRoot } from "../lib/paths.ts";

export const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".wasm",
  ".csv",
  ".topojson",
  ".geojson",
  ".txt",
  ".xml",
]);
export const MIN_BYTES = 1024;
/** Some free static hosts refuse larger files (the raw DuckDB-WASM bundles are 34 and 39 MB). */
export const HOST_FILE_LIMIT = 25 * 1024 * 1024;

export type Encoding = "br" | "gz";
const ENCODINGS: readonly Encoding[] = ["br", "gz"];

const SETTINGS: Record<Encoding, string> = { br: "q11", gz: "l9" };
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function isCompressible(path: string, bytes: number): boolean {
  return bytes > MIN_BYTES && COMPRESSIBLE.has(extname(path).toLowerCase());
}

/** The compressed bytes, at the highest setting of each format. */
export function compress(content: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === "gz") return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  return brotli(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

export interface CompressedFile {
  file: string;
  bytes: number;
  br?: number;
  gz?: number;
}

export interface CompressOptions {
  cacheDir?: string;
  /** Files compressed at once; zlib works on libuv's thread pool, so this uses the cores. */
  concurrency?: number;
}

/** Writes the .br and .gz copies for every compressible file under `dir`. */
export async function compressAssets(dir: string, options: CompressOptions = {}): Promise<CompressedFile[]> {
  const cacheDir = options.cacheDir ?? join(projectRoot, "node_modules", ".cache", "compress-assets");
  mkdirSync(cacheDir, { recursive: true });
  const files = listFiles(dir)
    .map((path) => ({ path, bytes: statSync(path).size }))
    .filter(({ path, bytes }) => isCompressible(path, bytes))
    // Largest first, so that the long jobs overlap instead of finishing last.
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  const results = new Map(
    files.map(({ path, bytes }) => [path, { file: relative(dir, path), bytes } as CompressedFile]),
  );

  const used = new Set<string>();
  const compressCopy = async (path: string, content: Buffer, hash: string, encoding: Encoding): Promise<void> => {
    // The settings are part of the key: changing them must not reuse older copies.
    const key = `${hash}.${SETTINGS[encoding]}.${encoding}`;
    used.add(key);
    const cached = join(cacheDir, key);
    const compressed = existsSync(cached) ? readFileSync(cached) : await compress(content, encoding);
    if (!existsSync(cached)) writeFileSync(cached, compressed);
    // A copy that saves nothing would only cost the server a lookup.
    if (compressed.length >= content.length) return;
    writeFileSync(`${path}.${encoding}`, compressed);
    results.get(path)![encoding] = compressed.length;
  };
  // One job per file: it is read and hashed once (the WASM bundles are 35-40 MB) for both encodings.
  let next = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      const { path } = files[next++]!;
      const content = readFileSync(path);
      const hash = sha256(content);
      // Both encodings at once, so that the largest file's slow Brotli starts as early as before.
      await Promise.all(ENCODINGS.map((encoding) => compressCopy(path, content, hash, encoding)));
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? availableParallelism() }, worker));
  // Keep the cache the size of one build.
  for (const entry of readdirSync(cacheDir)) if (!used.has(entry)) rmSync(join(cacheDir, entry));
  return [...results.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.(br|gz)$/.test(entry.name) ? [] : [path];
  });
}

/** Files a host capping single files at 25 MiB would refuse, compressed or not. */
export function oversizedFiles(dir: string): { file: string; bytes: number }[] {
  return listFiles(dir)
    .map((path) => ({ file: relative(dir, path), bytes: statSync(path).size }))
    .filter((f) => f.bytes > HOST_FILE_LIMIT);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? join(projectRoot, "dist");
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`astro build\` first`);
  const started = performance.now();
  const files = await compressAssets(dir);
  const sum = (key: "bytes" | "br" | "gz") => files.reduce((total, f) => total + (f[key] ?? f.bytes), 0);
  console.log(
    JSON.stringify(
      {
        dir: relative(projectRoot, dir) || ".",
        files: files.length,
        bytes: sum("bytes"),
        br_bytes: sum("br"),
        gz_bytes: sum("gz"),
        seconds: Math.round((performance.now() - started) / 100) / 10,
        largest: files.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
        over_25_mib: oversizedFiles(dir),
      },
      null,
      2,
    ),
  );
}
