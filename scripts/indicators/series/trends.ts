import type { Polarity } from "../../../src/core/polarity.ts";
import { RELIABILITY_FLAGS, flagTokens } from "../../../src/core/reliability.ts";
import { round } from "../../lib/round.ts";
import { seriesGroups, type SeriesValue } from "./breaks.ts";
import { senSlope } from "./trend-maths.ts";

export type Direction = "improved" | "worsened" | "no_clear_change";

/** One row of `indicator_trends`. */
export interface TrendRow {
  level: string;
  territory_code: string;
  indicator_id: string;
  from_year: number;
  to_year: number;
  value_from: number;
  value_to: number;
  change_abs: number;
  change_rel_pct: number | null;
  slope_per_year: number | null;
  slope_low: number | null;
  slope_high: number | null;
  n_years: number;
  direction: Direction | null;
}

/** Fewer comparable years than this: no direction is claimed. */
export const MIN_TREND_YEARS = 3;

/**
 * The last comparable segment of a series: the rows after its last break, or, where that run has
 * fewer than two years with a value (a new method starting this year), the latest run that has.
 */
export function lastComparableSegment(rows: readonly SeriesValue[]): SeriesValue[] {
  const segments: SeriesValue[][] = [];
  for (const row of rows) {
    if (segments.length === 0 || row.series_break !== null) segments.push([]);
    segments.at(-1)!.push(row);
  }
  const valued = (segment: SeriesValue[]) => segment.filter((r) => r.value !== null).length;
  return segments.findLast((s) => valued(s) >= 2) ?? segments.at(-1) ?? [];
}

/**
 * The trend of every area's series, for the (indicator, level) pairs in `withSeries`: change
 * between the first and last years of the last comparable segment, the Theil–Sen slope with its
 * 95 % interval, and a polarity-aware direction. "no_clear_change" where the interval contains
 * 0, where fewer than MIN_TREND_YEARS years compare, or where a year rests on a small number
 * (small_denominator); null for a neutral indicator.
 */
export function trendRows(
  values: readonly SeriesValue[],
  polarityOf: (indicatorId: string) => Polarity,
  withSeries: ReadonlySet<string>,
): TrendRow[] {
  const rows: TrendRow[] = [];
  for (const group of seriesGroups(values.filter((v) => withSeries.has(`${v.indicator_id}/${v.level}`)))) {
    const segment = lastComparableSegment(group).filter((r) => r.value !== null);
    if (segment.length === 0) continue;
    const first = segment[0]!;
    const last = segment.at(-1)!;
    const points = segment.map((r) => ({ year: r.year, value: r.value! }));
    const sen = senSlope(points);
    const small = segment.some((r) => {
      const tokens = flagTokens(r.flag);
      return tokens.includes(RELIABILITY_FLAGS.small) || tokens.includes(RELIABILITY_FLAGS.suppressed);
    });
    const change = last.value! - first.value!;
    rows.push({
      level: first.level,
      territory_code: first.territory_code,
      indicator_id: first.indicator_id,
      from_year: first.year,
      to_year: last.year,
      value_from: first.value!,
      value_to: last.value!,
      change_abs: round(change, 4),
      change_rel_pct: first.value === 0 ? null : round((100 * change) / Math.abs(first.value!), 2),
      slope_per_year: sen ? round(sen.slope, 4) : null,
      slope_low: sen?.low == null ? null : round(sen.low, 4),
      slope_high: sen?.high == null ? null : round(sen.high, 4),
      n_years: segment.length,
      direction: directionOf(
        polarityOf(first.indicator_id),
        segment.length,
        small,
        sen?.low ?? null,
        sen?.high ?? null,
      ),
    });
  }
  return rows;
}

export function directionOf(
  polarity: Polarity,
  years: number,
  small: boolean,
  low: number | null,
  high: number | null,
): Direction | null {
  if (polarity === "neutral") return null;
  if (years < MIN_TREND_YEARS || small || low === null || high === null || (low <= 0 && high >= 0))
    return "no_clear_change";
  const rising = low > 0;
  return rising === (polarity === "higher_is_worse") ? "worsened" : "improved";
}
