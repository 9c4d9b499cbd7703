/**
 * An indicator through time at one level (browser-safe: types and pure functions), in the shape
 * of `/site-data/series/<level>/<indicator>.json`: years ascending, the comparability breaks, one
 * value per year for every territory and the region. A break at year Y means the values of Y and
 * of the previous published year are not comparable: lines stop there and never bridge it.
 */

/** Why two consecutive years cannot be compared: indicators.series_break. */
export type BreakKind = "definition" | "territorial" | "source" | "method";

export interface SeriesBreak {
  year: number;
  kind: string;
}

export interface IndicatorSeries {
  indicator: string;
  level: string;
  years: number[];
  breaks: SeriesBreak[];
  values: Record<string, (number | null)[]>;
  flags: Record<string, (string | null)[]>;
  region: (number | null)[];
}

/** One row of `indicator_trends`: the change over the last comparable segment and its direction. */
export interface TrendRow {
  level: string;
  territory_code: string;
  indicator_id: string;
  from_year: number;
  to_year: number;
  value_from: number | null;
  value_to: number | null;
  change_abs: number | null;
  change_rel_pct: number | null;
  slope_per_year: number | null;
  slope_low: number | null;
  slope_high: number | null;
  n_years: number;
  /** Polarity-aware; null where a direction does not apply (a neutral indicator). */
  direction: "improved" | "worsened" | "no_clear_change" | null;
}

export interface SeriesPoint {
  year: number;
  value: number;
}

/**
 * The published year a break starts: the first year at or after the break's date (a break dated
 * 2021 in a series published every other year starts at 2022), undefined when no year precedes it
 * or none follows, so that there is nothing to keep apart.
 */
export function breakStart(years: readonly number[], b: SeriesBreak): number | undefined {
  const at = years.find((y) => y >= b.year);
  return at !== undefined && years.some((y) => y < at) ? at : undefined;
}

/** The published years where a comparable segment starts after a break, each with its break. */
export function breakStarts(years: readonly number[], breaks: readonly SeriesBreak[]): Map<number, SeriesBreak> {
  const starts = new Map<number, SeriesBreak>();
  for (const b of breaks) {
    const at = breakStart(years, b);
    if (at !== undefined && !starts.has(at)) starts.set(at, b);
  }
  return starts;
}

/**
 * A line's points split into runs that may be joined: a run ends at a missing value (a gap) and
 * before a break year (a new definition, territory, source or method). A run of one point is
 * drawn as a dot.
 */
export function lineSegments(
  years: readonly number[],
  values: readonly (number | null)[],
  breaks: readonly SeriesBreak[],
): SeriesPoint[][] {
  const breakYears = breakStarts(years, breaks);
  const segments: SeriesPoint[][] = [];
  let run: SeriesPoint[] = [];
  years.forEach((year, i) => {
    const value = values[i] ?? null;
    if (breakYears.has(year) || value === null) {
      if (run.length) segments.push(run);
      run = [];
    }
    if (value !== null) run.push({ year, value });
  });
  if (run.length) segments.push(run);
  return segments;
}

/** The breaks strictly after `from` and up to `to`: a change between these years would bridge them. */
export function breaksBetween(breaks: readonly SeriesBreak[], from: number, to: number): SeriesBreak[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  return breaks.filter((b) => b.year > low && b.year <= high);
}

/**
 * The first and last years of the last comparable segment (no break inside) that holds two years
 * or more, the slope chart's default pair: when a new method starts in the latest year, the
 * segment before it. Null when no segment has two years.
 */
export function lastComparablePair(years: readonly number[], breaks: readonly SeriesBreak[]): [number, number] | null {
  const starts = breakStarts(years, breaks);
  const segments: number[][] = [];
  for (const year of years) {
    if (segments.length === 0 || starts.has(year)) segments.push([]);
    segments.at(-1)!.push(year);
  }
  const segment = segments.findLast((s) => s.length > 1);
  return segment ? [segment[0]!, segment.at(-1)!] : null;
}

/**
 * Percentile ranks within a level (the fragility index and its scores): their change says an area
 * moved relative to the others, which the pages say beside it.
 */
export function isRankUnit(unit: string): boolean {
  return unit === "rank_0_1" || unit === "rank";
}

/** "2010–2024", or "2024" for one year: how titles and labels give a series' years. */
export function yearRange(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/** The value of one year of a line, null when absent. */
export function valueIn(series: Pick<IndicatorSeries, "years">, line: readonly (number | null)[], year: number) {
  const i = series.years.indexOf(year);
  return i < 0 ? null : (line[i] ?? null);
}
