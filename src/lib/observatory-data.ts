/**
 * Build-time access to the pipeline's outputs (public/data/, written by `npm run data`).
 * Pages read the same CSV files a journalist downloads, so the site can never show a
 * number that is not in the published tables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { Topology } from "topojson-specification";

const dataDir = resolve(process.cwd(), "public", "data");

function read(relativePath: string): string {
  const path = join(dataDir, relativePath);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` before building the site`);
  return readFileSync(path, "utf8");
}

export type CsvRow = Record<string, string>;

export function readTable(name: string): CsvRow[] {
  return Papa.parse<CsvRow>(read(`tables/${name}.csv`), { header: true, skipEmptyLines: true }).data;
}

export function readTopology(level: string): Topology {
  return JSON.parse(read(`geo/${level}.topojson`)) as Topology;
}

export interface Manifest {
  pipeline_version: string;
  files: { file: string; bytes: number; sha256: string; rows: number | null }[];
  sources: { id: string; reference_date: string; sha256: string }[];
}

export function readManifest(): Manifest {
  return JSON.parse(read("manifest.json")) as Manifest;
}

