import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compressAssets, isCompressible } from "../../../scripts/dev/compress-assets.ts";

let dir: string;
let cacheDir: string;
const text = (n: number) => "<p>Observatoire social-santé — Brussels</p>\n".repeat(Math.ceil(n / 44)).slice(0, n);

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), "compress-assets-"));
  dir = join(root, "dist");
  cacheDir = join(root, "cache");
  mkdirSync(join(dir, "fr", "query"), { recursive: true });
  mkdirSync(join(dir, "data", "tables"), { recursive: true });
  writeFileSync(join(dir, "fr", "query", "index.html"), text(5000));
  writeFileSync(join(dir, "app.js"), text(3000));
  writeFileSync(join(dir, "tiny.css"), Buffer.alloc(1024, "a"));
  writeFileSync(join(dir, "duckdb.wasm"), Buffer.alloc(4000, 7));
  writeFileSync(join(dir, "data", "observatory.duckdb"), Buffer.alloc(8000, 1));
  writeFileSync(join(dir, "data", "tables", "quartiers.parquet"), text(4000));
  writeFileSync(join(dir, "data", "tables", "quartiers.csv"), text(4000));
  writeFileSync(join(dir, "favicon.png"), text(4000));
  // Random bytes do not compress: no copy is written for them.
  writeFileSync(join(dir, "noise.json"), randomBytes(4000));
});
afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

const listing = () =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(br|gz)$/.test(f))
    .sort();

describe("isCompressible(path, bytes)", () => {
  it("takes text and WebAssembly files over 1 KB, not the DuckDB file (read by ranges), Parquet or images", () => {
    expect(isCompressible("a/index.html", 1025)).toBe(true);
    expect(isCompressible("a/index.html", 1024)).toBe(false);
    expect(isCompressible("_astro/duckdb-eh.wasm", 34e6)).toBe(true);
    expect(isCompressible("data/observatory.duckdb", 6e6)).toBe(false);
    expect(isCompressible("geo/quartier.topojson", 5e4)).toBe(true);
    expect(isCompressible("data/tables/x.parquet", 5e4)).toBe(false);
    expect(isCompressible("logo.png", 5e4)).toBe(false);
  });
});

describe("compressAssets(dir)", () => {
  it("writes .br and .gz beside each compressible file, which decompress to the original", async () => {
    const files = await compressAssets(dir, { cacheDir });
    expect(listing(), JSON.stringify(listing())).toEqual(
      ["app.js", "data/tables/quartiers.csv", "duckdb.wasm", "fr/query/index.html"]
        .flatMap((f) => [`${f}.br`, `${f}.gz`])
        .sort(),
    );
    for (const file of ["app.js", "duckdb.wasm", "fr/query/index.html"]) {
      const original = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original)).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original)).toBe(true);
    }
    const html = files.find((f) => f.file === join("fr", "query", "index.html"))!;
    expect(html.br).toBeLessThan(html.gz!);
    expect(html.gz).toBeLessThan(html.bytes);
  });

  it("gives the same bytes on every run, from the cache or not, and never compresses its own copies", async () => {
    await compressAssets(dir, { cacheDir });
    const first = listing().map((f) => readFileSync(join(dir, f)));
    await compressAssets(dir, { cacheDir });
    expect(listing().map((f) => readFileSync(join(dir, f)))).toEqual(first);
    await compressAssets(dir, { cacheDir: join(cacheDir, "fresh") });
    expect(listing().map((f) => readFileSync(join(dir, f)))).toEqual(first);
    expect(listing().some((f) => /\.(br|gz)\.(br|gz)$/.test(f))).toBe(false);
  });
});

describe("compressAssets(dir) cache", () => {
  it("keeps only the entries of the last run", async () => {
    await compressAssets(dir, { cacheDir });
    const before = readdirSync(cacheDir).length;
    writeFileSync(join(dir, "app.js"), text(3500));
    await compressAssets(dir, { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(before);
  });
});
