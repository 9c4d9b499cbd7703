import type { Localized } from "../../../src/core/languages.ts";
import type { IndicatorValue } from "../indicator-model.ts";

/** Why two years of a series cannot be compared. */
export type BreakKind = "definition" | "territorial" | "source" | "method";

/** A break declared for an indicator: the series changes between the year before `year` and `year`. */
export interface SeriesBreak {
  indicator_id: string;
  year: number;
  kind: BreakKind;
  /** Why, in each language, for method_parameters. */
  reason: Localized;
}

export type SeriesValue = IndicatorValue & { series_break: BreakKind | null };

/** Rows grouped by level, territory and indicator, each group in ascending years. */
export function seriesGroups<T extends IndicatorValue>(values: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const v of values) {
    const key = `${v.level}/${v.territory_code}/${v.indicator_id}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(v);
  }
  return [...groups.values()].map((rows) => rows.sort((a, b) => a.year - b.year));
}

/**
 * Each row's `series_break`: the kind of the latest declared break after the previous published
 * year of the same indicator and area and at or before this row's year; null on an area's first
 * year and where nothing changed. A break is shown, never bridged.
 */
export function withSeriesBreaks(values: readonly IndicatorValue[], breaks: readonly SeriesBreak[]): SeriesValue[] {
  const byIndicator = new Map<string, SeriesBreak[]>();
  for (const b of breaks)
    (byIndicator.get(b.indicator_id) ?? byIndicator.set(b.indicator_id, []).get(b.indicator_id)!).push(b);
  const breakOf = new Map<IndicatorValue, BreakKind>();
  for (const rows of seriesGroups(values)) {
    const declared = byIndicator.get(rows[0]!.indicator_id);
    if (!declared) continue;
    for (let i = 1; i < rows.length; i++) {
      const [before, year] = [rows[i - 1]!.year, rows[i]!.year];
      const between = declared.filter((b) => b.year > before && b.year <= year).sort((a, b) => a.year - b.year);
      if (between.length) breakOf.set(rows[i]!, between.at(-1)!.kind);
    }
  }
  return values.map((v) => ({ ...v, series_break: breakOf.get(v) ?? null }));
}

/** The catalogue's `breaks` of an indicator: `year:kind`, ";"-separated, in year order; null when none. */
export function catalogueBreaks(indicatorId: string, breaks: readonly SeriesBreak[]): string | null {
  const own = breaks
    .filter((b) => b.indicator_id === indicatorId)
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind))
    .map((b) => `${b.year}:${b.kind}`);
  return own.length ? [...new Set(own)].join(";") : null;
}

/** First and last year with a value, per indicator. */
export function yearRanges(values: readonly IndicatorValue[]): Map<string, { first: number; last: number }> {
  const ranges = new Map<string, { first: number; last: number }>();
  for (const v of values) {
    if (v.value === null) continue;
    const range = ranges.get(v.indicator_id);
    if (!range) ranges.set(v.indicator_id, { first: v.year, last: v.year });
    else {
      range.first = Math.min(range.first, v.year);
      range.last = Math.max(range.last, v.year);
    }
  }
  return ranges;
}

/** (indicator, level) pairs published for more than one year: those with a series and trends. */
export function multiYear(values: readonly IndicatorValue[]): Set<string> {
  const years = new Map<string, Set<number>>();
  for (const v of values) {
    const key = `${v.indicator_id}/${v.level}`;
    (years.get(key) ?? years.set(key, new Set()).get(key)!).add(v.year);
  }
  return new Set([...years].filter(([, set]) => set.size > 1).map(([key]) => key));
}
