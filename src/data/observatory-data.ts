/**
 * Build-time access to the pipeline's outputs (public/data/, written by `npm run data`).
 * Pages read the same CSV files a journalist downloads, so the site can never show a
 * number that is not in the published tables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { Topology } from "topojson-specification";
import { parseTable, type RowOf, type TableSchema } from "../core/table-schema.ts";
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

/**
 * A published table as its declaration (src/core/tables/) types it, parsed and checked once; a
 * CSV that does not match its declaration stops the build, naming file, row and column. Frozen,
 * so that a caller sorting it in place fails loudly.
 */
export function readTable<S extends TableSchema>(schema: S): RowOf<S>[] {
  return cached(`typed:${schema.name}`, () => {
    const file = `tables/${schema.name}.csv`;
    const { data, meta } = parseCsv(file);
    return Object.freeze(parseTable(schema, data, join(dataDir, file), meta.fields)) as RowOf<S>[];
  });
}

/**
 * A published table with every cell as text, as downloaded: for the few readers that hand rows
 * on unchanged (the siting tool's JSON) or to src/lib code written for text rows.
 */
export function readCsvTable(name: string): CsvRow[] {
  return cached(`table:${name}`, () => Object.freeze(parseCsv(`tables/${name}.csv`).data) as CsvRow[]);
}

function parseCsv(file: string) {
  return cached(`csv:${file}`, () => Papa.parse<CsvRow>(read(file), { header: true, skipEmptyLines: true }));
}

export function readTopology(level: string): Topology {
  return cached(`topology:${level}`, () => JSON.parse(read(`geo/${level}.topojson`)) as Topology);
}

export function readManifest(): Manifest {
  return cached("manifest", () => JSON.parse(read("manifest.json")) as Manifest);
}
