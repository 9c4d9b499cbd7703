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
import { indicators } from "../core/tables/indicators.ts";
import { indicator_catalog } from "../core/tables/indicator_catalog.ts";
import { indicator_trends } from "../core/tables/indicator_trends.ts";
import { territories } from "../core/tables/territories.ts";

/** public/data of the project; OBSERVATORY_DATA_DIR points the build's readers elsewhere (tests/input/). */
const dataDir = resolve(process.env.OBSERVATORY_DATA_DIR ?? join(process.cwd(), "public", "data"));

/** Where a published file is; it must exist (the build reads what `npm run data` wrote). */
export function publishedPath(relativePath: string): string {
  const path = join(dataDir, relativePath);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` before building the site`);
  return path;
}

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

/** A published file as text, by its path inside public/data ("latest/quartier.csv"). */
export function readPublishedText(relativePath: string): string {
  return cached(`text:${relativePath}`, () => read(relativePath));
}

export function readTopology(level: string): Topology {
  return cached(`topology:${level}`, () => JSON.parse(read(`geo/${level}.topojson`)) as Topology);
}

export function readManifest(): Manifest {
  return cached("manifest", () => JSON.parse(read("manifest.json")) as Manifest);
}

export type TrendRow = RowOf<typeof indicator_trends>;

/** A series break as the series JSON and charts show it. */
export interface SeriesBreakMark {
  year: number;
  kind: string;
}

/** Every year of one indicator at one level: the shape of /site-data/series/<level>/<indicator>.json. */
export interface IndicatorSeries {
  indicator: string;
  level: string;
  years: number[];
  breaks: SeriesBreakMark[];
  /** Territory code → value per year (null: no value that year), for every territory of the level. */
  values: Record<string, (number | null)[]>;
  flags: Record<string, (string | null)[]>;
  /** The region's values in the same years (null where the region has none). */
  region: (number | null)[];
}

/**
 * All years of an indicator at a level, per territory (territories table order), with the breaks
 * that fall inside those years (catalogue `breaks`). Null when the indicator has no row there.
 */
export function indicatorSeries(level: string, indicatorId: string): IndicatorSeries | null {
  return cached(`series:${level}:${indicatorId}`, () => {
    const rows = readTable(indicators).filter((r) => r.indicator_id === indicatorId);
    const own = rows.filter((r) => r.level === level);
    if (own.length === 0) return null;
    const years = [...new Set(own.map((r) => r.year))].sort((a, b) => a - b);
    const position = new Map(years.map((y, i) => [y, i]));
    const codes = readTable(territories)
      .filter((t) => t.level === level)
      .map((t) => t.code);
    const values: Record<string, (number | null)[]> = {};
    const flags: Record<string, (string | null)[]> = {};
    for (const code of codes) {
      values[code] = years.map(() => null);
      flags[code] = years.map(() => null);
    }
    for (const r of own) {
      if (!values[r.territory_code]) continue;
      values[r.territory_code]![position.get(r.year)!] = r.value;
      flags[r.territory_code]![position.get(r.year)!] = r.flag;
    }
    const region: (number | null)[] = years.map(() => null);
    const regionLevel = readTable(territories).find((t) => t.level === "region")?.level ?? "region";
    for (const r of rows) if (r.level === regionLevel && position.has(r.year)) region[position.get(r.year)!] = r.value;
    const catalogue = readTable(indicator_catalog).find((r) => r.indicator_id === indicatorId);
    const breaks = (catalogue?.breaks ?? "")
      .split(";")
      .filter(Boolean)
      .map((entry) => {
        const [year, kind] = entry.split(":");
        return { year: Number(year), kind: kind! };
      })
      .filter((b) => b.year > years[0]! && b.year <= years.at(-1)!);
    return { indicator: indicatorId, level, years, breaks, values, flags, region };
  });
}

/** The `indicator_trends` row of one area and indicator: its change over the last comparable years. */
export function indicatorTrend(level: string, territoryCode: string, indicatorId: string): TrendRow | undefined {
  const byKey = cached(
    "trends",
    () => new Map(readTable(indicator_trends).map((r) => [`${r.level}/${r.territory_code}/${r.indicator_id}`, r])),
  );
  return byKey.get(`${level}/${territoryCode}/${indicatorId}`);
}
