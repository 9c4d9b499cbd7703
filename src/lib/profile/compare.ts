/**
 * The one rule by which a profile says "worse", "better" or "similar". Pages state it in words
 * (profile.rule.* messages fill in the two thresholds below), so a reader can check every verdict.
 */
import type { Polarity } from "../../core/polarity.ts";

export type Comparison = "worse" | "similar" | "better" | "not_compared";

/** "Similar": within 5 % of the benchmark value… */
export const SIMILAR_RELATIVE = 0.05;
/** …or, for indices on a 0–1 percentile-rank scale, within 0.05 of it (5 % of a relative value near 0 would be meaningless). */
export const SIMILAR_ABSOLUTE_RANK = 0.05;

/**
 * Compares a value with a benchmark, in the direction the indicator's polarity gives.
 * Neutral indicators (population, age structure) are never called better or worse, and a missing
 * value on either side is never compared.
 */
export function compare(
  value: number | null | undefined,
  benchmark: number | null | undefined,
  polarity: Polarity,
  unit: string,
): Comparison {
  if (polarity === "neutral" || value === null || value === undefined || benchmark === null || benchmark === undefined)
    return "not_compared";
  if (isSimilar(value, benchmark, unit)) return "similar";
  const higher = value > benchmark;
  return higher === (polarity === "higher_is_worse") ? "worse" : "better";
}

/**
 * The verdict against the region: the published interval-based comparison (Fingertips' rule,
 * `indicators.region_comparison`) where the value has a 95 % interval, else the point rule above.
 */
export function compareWithRegion(
  value: number | null | undefined,
  region: number | null | undefined,
  polarity: Polarity,
  unit: string,
  intervalVerdict: string | null | undefined,
): Comparison {
  if (polarity !== "neutral" && value !== null && value !== undefined && isVerdict(intervalVerdict))
    return intervalVerdict;
  return compare(value, region, polarity, unit);
}

function isVerdict(verdict: string | null | undefined): verdict is "worse" | "similar" | "better" {
  return verdict === "worse" || verdict === "similar" || verdict === "better";
}

export function isSimilar(value: number, benchmark: number, unit: string): boolean {
  // A small epsilon so that a value exactly on the threshold counts as similar despite binary rounding.
  const tolerance = unit === "rank_0_1" ? SIMILAR_ABSOLUTE_RANK : SIMILAR_RELATIVE * Math.abs(benchmark);
  return Math.abs(value - benchmark) <= tolerance + 1e-9;
}
