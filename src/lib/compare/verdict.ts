/**
 * Better, similar or worse: one area's value against the reference's (the region's, or the first
 * area's), in the direction of the indicator's polarity. The profile's rule (src/lib/profile/compare.ts)
 * extended to two areas: the published 95 % intervals decide where they exist ("similar" when they
 * overlap), the 5 % point rule where they do not, and a value the small-number rule flags
 * (src/core/reliability.ts) is never called better or worse. Browser-safe, pure.
 */
import type { Polarity } from "../../core/polarity.ts";
import { isRankable } from "../../core/reliability.ts";
import { compare } from "../profile/compare.ts";

export type Verdict = "better" | "similar" | "worse" | "not_compared";

/**
 * How the verdict was reached: `interval` (95 % intervals), `point` (the 5 % rule), `unreliable`
 * (too few residents or not residential: "similar, cannot tell"); why there is none: `missing`,
 * `neutral` (no favourable direction), `total` (a count of residents), `other_level` (a rank within
 * its own level, meaningless against another level).
 */
export type VerdictReason = "interval" | "point" | "unreliable" | "missing" | "neutral" | "total" | "other_level";

export interface CompareValue {
  level: string;
  value: number | null;
  flag: string | null;
  low: number | null;
  high: number | null;
  /** The published verdict of this value's interval against the region (`indicators.region_comparison`). */
  regionComparison: string | null;
}

export interface CompareIndicator {
  polarity: Polarity;
  unit: string;
  /** Whether the region has a value: indicators without one rank areas within their level only. */
  hasRegionValue: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  reason: VerdictReason;
}

/** Totals: a quartier's population is not "lower than the region's". */
const TOTAL_UNITS = new Set(["persons"]);

const hasInterval = (side: CompareValue) => side.low !== null && side.high !== null;

export function compareValues(
  area: CompareValue,
  reference: CompareValue,
  indicator: CompareIndicator,
  referenceIsRegion: boolean,
): VerdictResult {
  if (TOTAL_UNITS.has(indicator.unit)) return { verdict: "not_compared", reason: "total" };
  if (indicator.polarity === "neutral") return { verdict: "not_compared", reason: "neutral" };
  if (!indicator.hasRegionValue && area.level !== reference.level)
    return { verdict: "not_compared", reason: "other_level" };
  if (area.value === null || reference.value === null) return { verdict: "not_compared", reason: "missing" };
  if (!isRankable(area.flag) || !isRankable(reference.flag)) return { verdict: "similar", reason: "unreliable" };
  // Against the region, the verdict the profile shows: the published one of the area's interval.
  const published = area.regionComparison;
  if (referenceIsRegion && (published === "better" || published === "similar" || published === "worse"))
    return { verdict: published, reason: "interval" };
  if (hasInterval(area) || hasInterval(reference)) {
    const [aLow, aHigh] = hasInterval(area) ? [area.low!, area.high!] : [area.value, area.value];
    const [rLow, rHigh] = hasInterval(reference)
      ? [reference.low!, reference.high!]
      : [reference.value, reference.value];
    if (aLow <= rHigh && rLow <= aHigh) return { verdict: "similar", reason: "interval" };
    const higher = aLow > rHigh;
    return { verdict: higher === (indicator.polarity === "higher_is_worse") ? "worse" : "better", reason: "interval" };
  }
  return { verdict: compare(area.value, reference.value, indicator.polarity, indicator.unit), reason: "point" };
}
