/**
 * One row of a profile (browser-safe: types only): an indicator with the area's value, its
 * benchmarks and the verdicts of the comparison rule. src/data/profile/rows.ts builds the rows.
 */
import type { Cell, Indicator } from "../published.ts";
import type { Comparison } from "./compare.ts";
import type { SpinePositions, SpineStats } from "./spine.ts";

/**
 * What a value is compared with. "region" when the region has a published value; "median" for
 * indicators defined only among the territories of one level (the fragility index and its
 * scores are percentile ranks within a level, so no region value exists and a bassin's value is
 * on another scale); "none" for totals.
 */
export type BenchmarkKind = "region" | "median" | "none";

export interface ProfileRow {
  indicator: Indicator;
  cell: Cell | undefined;
  value: number | null;
  year: number;
  /** The region's published value, shown in the table even when it is not a benchmark. */
  region: number | null;
  /** The comparison bassin's value, null for level-relative indicators and for bassin profiles. */
  bassin: number | null;
  benchmark: { kind: BenchmarkKind; value: number | null };
  comparison: Comparison;
  bassinComparison: Comparison;
  stats: SpineStats | null;
  positions: SpinePositions | null;
}
