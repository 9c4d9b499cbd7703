/**
 * The comparison page's data file for one level, /site-data/compare/<level>.json (built by
 * src/data/compare/level-data.ts from the published tables): every indicator's headline value per
 * territory with its year, flag and 95 % interval, the fragility rank the profiles show, and for
 * quartiers the similar quartiers. Browser-safe: types only.
 */
import type { Language } from "../../core/languages.ts";

/**
 * One published value: the `indicators` row of the headline year, in short keys and without its
 * empty fields (the quartier file holds some 6,000 of them).
 */
export interface CompareCell {
  /** value (null: withheld or missing; the flag says why) */
  v: number | null;
  /** year */
  y: number;
  /** flag */
  f?: string | null;
  /** 95 % interval, where a count and a denominator are known */
  lo?: number | null;
  hi?: number | null;
  /** the interval's published verdict against the region (`region_comparison`) */
  rc?: string | null;
}

export interface CompareLevelData {
  level: string;
  codes: string[];
  names: Record<Language, string[]>;
  /** Every indicator a comparison can show, in the profiles' reading order (all levels). */
  order: string[];
  /** indicator id → cell per territory in `codes` order (null: no published row). */
  cells: Record<string, (CompareCell | null)[]>;
  /** The fragility rank the profile shows ("2nd of 116"), null where unranked; absent where the level has none. */
  fragilityRank?: { ranks: (number | null)[]; pool: number };
  /** Quartiers: the codes of the most similar quartiers by fragility profile, per territory. */
  similar?: string[][];
}
