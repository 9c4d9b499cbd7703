/**
 * What the data page offers, built from the pipeline's manifest (public/data/manifest.json):
 * every table as CSV and Parquet, the geometry of every level, the DuckDB file, each with its
 * size and sha256, and the codebook grouped by table. Pure: the page passes the manifest in.
 */
import type { Language } from "../../core/languages.ts";
import type { CsvRow, Manifest } from "../published.ts";
import { rankIn } from "../../core/polarity.ts";
import { publishedFilePath } from "../routes.ts";

export interface FileEntry {
  /** Path inside public/data, as in the manifest: "tables/indicators.csv". */
  file: string;
  /** Where the site serves it. */
  href: string;
  bytes: number;
  sha256: string;
  rows: number | null;
}

export interface TableDownload {
  name: string;
  csv?: FileEntry;
  parquet?: FileEntry;
}

/** indicators_latest of one level, as the pipeline writes it (latest/<level>.csv and .parquet). */
export interface LatestDownload {
  level: string;
  csv: FileEntry;
  parquet?: FileEntry;
}

export interface GeometryDownload {
  level: string;
  topojson: FileEntry;
}

const entry = (file: Manifest["files"][number]): FileEntry => ({
  file: file.file,
  href: publishedFilePath(file.file),
  bytes: file.bytes,
  sha256: file.sha256,
  rows: file.rows,
});

/** One entry per table of tables/, CSV and Parquet side by side; in `order` first, then by name. */
export function tableDownloads(manifest: Manifest, order: readonly string[] = []): TableDownload[] {
  const tables = new Map<string, TableDownload>();
  for (const file of manifest.files) {
    const match = /^tables\/(.+)\.(csv|parquet)$/.exec(file.file);
    if (!match) continue;
    const [, name, format] = match as unknown as [string, string, "csv" | "parquet"];
    const table = tables.get(name) ?? tables.set(name, { name }).get(name)!;
    table[format] = entry(file);
  }
  return [...tables.values()].sort(
    (a, b) => rankIn(order, a.name) - rankIn(order, b.name) || a.name.localeCompare(b.name),
  );
}

/** One entry per level of geo/, finest first when `order` lists the levels. */
export function geometryDownloads(manifest: Manifest, order: readonly string[] = []): GeometryDownload[] {
  return manifest.files
    .flatMap((file) => {
      const match = /^geo\/(.+)\.topojson$/.exec(file.file);
      return match ? [{ level: match[1]!, topojson: entry(file) }] : [];
    })
    .sort((a, b) => rankIn(order, a.level) - rankIn(order, b.level) || a.level.localeCompare(b.level));
}

/** One entry per level of latest/, finest first when `order` lists the levels. */
export function latestDownloads(manifest: Manifest, order: readonly string[] = []): LatestDownload[] {
  const byLevel = new Map<string, Partial<LatestDownload>>();
  for (const file of manifest.files) {
    const match = /^latest\/(.+)\.(csv|parquet)$/.exec(file.file);
    if (!match) continue;
    const [, level, format] = match as unknown as [string, string, "csv" | "parquet"];
    const found = byLevel.get(level) ?? byLevel.set(level, { level }).get(level)!;
    found[format] = entry(file);
  }
  return [...byLevel.values()]
    .filter((d): d is LatestDownload => d.csv !== undefined)
    .sort((a, b) => rankIn(order, a.level) - rankIn(order, b.level) || a.level.localeCompare(b.level));
}

/** The first published file whose name ends with `suffix`. */
function entryEndingWith(manifest: Manifest, suffix: string): FileEntry | undefined {
  const file = manifest.files.find((f) => f.file.endsWith(suffix));
  return file ? entry(file) : undefined;
}

export const databaseDownload = (manifest: Manifest) => entryEndingWith(manifest, ".duckdb");

/** The database's gzipped copy (the one the SQL workspace downloads), when published. */
export const compressedDatabaseDownload = (manifest: Manifest) => entryEndingWith(manifest, ".duckdb.gz");

export interface CodebookColumn {
  name: string;
  type: string;
  description: string;
}

export interface CodebookTable {
  table: string;
  description: string;
  columns: CodebookColumn[];
}

/**
 * The codebook by table, in the codebook's order. The row without a column name describes the
 * table itself; the others its columns, in the page's language.
 */
export function codebookTables(rows: readonly CsvRow[], language: Language): CodebookTable[] {
  const tables = new Map<string, CodebookTable>();
  for (const row of rows) {
    const name = row.table_name!;
    const table = tables.get(name) ?? tables.set(name, { table: name, description: "", columns: [] }).get(name)!;
    const description = row[`description_${language}`] ?? "";
    if (row.column_name) table.columns.push({ name: row.column_name, type: row.column_type ?? "", description });
    else table.description = description;
  }
  return [...tables.values()];
}

/** Caveats are stored as one text separated by " | ". */
export function splitCaveats(text: string | undefined): string[] {
  return (text ?? "")
    .split(" | ")
    .map((part) => part.trim())
    .filter(Boolean);
}
