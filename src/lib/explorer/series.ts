/**
 * An indicator's years at one level, as the browser loads them on demand from
 * /site-data/series/<level>/<indicator>.json (only for indicators with more than one year there),
 * and what the explorer needs from them: the values of one year in the level's territory order,
 * and which pairs of years may be compared (no comparability break between them).
 */

/** A break between `year` and the previous published year: the two cannot be compared. */
export interface SeriesBreak {
  year: number;
  kind: string;
}

/** The file's content (the issue-11 data contract). */
export interface SeriesData {
  indicator: string;
  level: string;
  /** Ascending. */
  years: number[];
  breaks: SeriesBreak[];
  /** territory code → one value per year (null where missing). */
  values: Record<string, (number | null)[]>;
  flags: Record<string, (string | null)[]>;
  region: (number | null)[];
}

/** The years and breaks of a series, without its values (what the catalogue carries per level). */
export type SeriesYears = Pick<SeriesData, "years" | "breaks">;

/**
 * The comparable segments of a series: runs of consecutive published years with no break inside.
 * A break at year b separates b from the year before it.
 */
export function comparableSegments({ years, breaks }: SeriesYears): number[][] {
  const segments: number[][] = [];
  years.forEach((year, i) => {
    // A break in a year not offered (no value that year) still separates the years around it.
    const cut = i > 0 && breaks.some((b) => b.year > years[i - 1]! && b.year <= year);
    if (segments.length === 0 || cut) segments.push([year]);
    else segments.at(-1)!.push(year);
  });
  return segments;
}

/** Whether two published years lie in the same comparable segment (the order does not matter). */
export function comparable(series: SeriesYears, a: number, b: number): boolean {
  return comparableSegments(series).some((segment) => segment.includes(a) && segment.includes(b));
}

/** The earlier years comparable with `to`, ascending: what the change view offers as its first year. */
export function comparableBefore(series: SeriesYears, to: number): number[] {
  return (comparableSegments(series).find((segment) => segment.includes(to)) ?? []).filter((year) => year < to);
}

/** The break between `year` and the published year before it, if any. */
export function breakAt(series: SeriesYears, year: number): SeriesBreak | undefined {
  const previous = series.years[series.years.indexOf(year) - 1];
  return previous === undefined ? undefined : series.breaks.find((b) => b.year > previous && b.year <= year);
}

/** First and last years of the last comparable segment, when it has at least two years. */
export function lastComparablePair(series: SeriesYears): { from: number; to: number } | null {
  const last = comparableSegments(series).at(-1);
  return last && last.length > 1 ? { from: last[0]!, to: last.at(-1)! } : null;
}

/** Values and flags of one year in `codes` order (areas absent from the file have neither). */
export function seriesColumn(
  series: SeriesData,
  codes: readonly string[],
  year: number,
): { values: (number | null)[]; flags: (string | null)[] } {
  const index = series.years.indexOf(year);
  if (index < 0) throw new Error(`${series.indicator} by ${series.level} has no year ${year}`);
  return {
    values: codes.map((code) => series.values[code]?.[index] ?? null),
    flags: codes.map((code) => series.flags[code]?.[index] ?? null),
  };
}

/** Whether the indicator has lines to draw at the level: more than one published year there. */
export function hasTimeLines(series: Record<string, { years: number[] }> | undefined, level: string): boolean {
  return (series?.[level]?.years.length ?? 0) > 1;
}
