/**
 * The published tables as pages and browser scripts read them (browser-safe: types only). The
 * build reads them from public/data through src/data/; these are the shapes it hands over.
 */
import type { Localized } from "../core/languages.ts";
import type { Family, Polarity } from "../core/polarity.ts";

/** A row of a published CSV table, every column as text. */
export type CsvRow = Record<string, string>;

/** public/data/manifest.json: every published file with its size and checksum, and the sources read. */
export interface Manifest {
  pipeline_version: string;
  /** Date of the data release (YYYY-MM-DD), null when the build did not know it. */
  release_date?: string | null;
  files: { file: string; bytes: number; sha256: string; rows: number | null }[];
  sources: { id: string; reference_date: string; sha256: string }[];
}

/** An entry of the indicator catalogue. */
export interface Indicator {
  id: string;
  family: Family;
  label: Localized;
  unit: string;
  polarity: Polarity;
  year: number;
  levels: string[];
  method: Localized;
  sources: string[];
  status: "published" | "not_available";
}

export interface Territory {
  level: string;
  code: string;
  name: Localized;
  population: number;
}

/** One published value of an indicator for one territory. */
export interface Cell {
  value: number | null;
  year: number;
  flag: string | null;
  numerator: number | null;
  denominator: number | null;
  /** 95 % interval (Wilson for shares, Byar for rates), where a count and a denominator are known. */
  ci_low?: number | null;
  ci_high?: number | null;
  /** The interval against the region's value: better, similar, worse (higher, lower when neutral). */
  region_comparison?: string | null;
}
