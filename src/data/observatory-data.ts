/**
 * Build-time access to the pipeline's outputs (public/data/, written by `npm run data`).
 * Pages read the same CSV files a journalist downloads, so the site can never show a
 * number that is not in the published tables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { Topology } from "topojson-specification";
import type { CsvRow, Manifest } from "../lib/published.ts";

/** public/data of the project; OBSERVATORY_DATA_DIR points the build's readers elsewhere (tests/input/). */
const dataDir = resolve(process.env.OBSERVATORY_DATA_DIR ?? join(process.cwd(), "public", "data"));

function read(relativePath: string): string {
  const path = join(dataDir, relativePath);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` before building the site`);
  return readFileSync(path, "utf8");
}

const memo = new Map<string, unknown>();

/**
 * The value `build` returns, built once per key for the whole build: a thousand pages read the
 * same few tables. Callers share the value, so they must never mutate it (copy, or toSorted).
 */
export function cached<T>(key: string, build: () => T): T {
  if (!memo.has(key)) memo.set(key, build());
  return memo.get(key) as T;
}

/** A published table, parsed once; frozen, so that a caller sorting it in place fails loudly. */
export function readTable(name: string): CsvRow[] {
  return cached(
    `table:${name}`,
    () =>
      Object.freeze(
        Papa.parse<CsvRow>(read(`tables/${name}.csv`), { header: true, skipEmptyLines: true }).data,
      ) as CsvRow[],
  );
}

export function readTopology(level: string): Topology {
  return cached(`topology:${level}`, () => JSON.parse(read(`geo/${level}.topojson`)) as Topology);
}

export function readManifest(): Manifest {
  return cached("manifest", () => JSON.parse(read("manifest.json")) as Manifest);
}
