/**
 * The geometry of one spine-chart row, in the manner of Fingertips: every indicator gets the same
 * width, from the worst value among comparable territories (left) to the best (right), so that
 * rows with different units can be read together. Neutral indicators run from lowest to highest.
 * Pure functions: the tests work them out by hand.
 */
import { quantileSorted } from "d3";
import type { Polarity } from "../../core/polarity.ts";

export interface SpineStats {
  /** Comparable territories with a value. */
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

/** Positions on the row, 0 = worst end (lowest for neutral indicators), 1 = best end. */
export interface SpinePositions {
  value: number | null;
  benchmark: number | null;
  p25: number;
  p75: number;
}

/**
 * Range, quartiles and median of the values (R-7 linear interpolation, as d3.quantile and
 * spreadsheet PERCENTILE do). Null when no territory has a value.
 */
export function spineStats(values: readonly number[]): SpineStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    p25: quantileSorted(sorted, 0.25)!,
    median: quantileSorted(sorted, 0.5)!,
    p75: quantileSorted(sorted, 0.75)!,
    max: sorted[sorted.length - 1]!,
  };
}

/**
 * Where a value sits on the row. For "higher is worse" the scale is flipped so that the highest
 * (worst) value is at 0. A value outside the range (a benchmark can be) is clamped to the ends;
 * a row whose territories all have the same value puts everything in the middle.
 */
export function spinePosition(value: number, stats: SpineStats, polarity: Polarity): number {
  if (stats.max === stats.min) return 0.5;
  const share = (value - stats.min) / (stats.max - stats.min);
  const oriented = polarity === "higher_is_worse" ? 1 - share : share;
  return Math.min(1, Math.max(0, oriented));
}

export function spinePositions(
  stats: SpineStats,
  value: number | null,
  benchmark: number | null,
  polarity: Polarity,
): SpinePositions {
  const at = (v: number) => spinePosition(v, stats, polarity);
  return {
    value: value === null ? null : at(value),
    benchmark: benchmark === null ? null : at(benchmark),
    p25: at(stats.p25),
    p75: at(stats.p75),
  };
}
