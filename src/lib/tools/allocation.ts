/**
 * Proportionate universalism: share an amount among territories in proportion to
 * population × (1 + k × need score). Pure and isomorphic: the allocator page runs it in the
 * browser on /site-data/{level}.json, the tests run it in Node.
 *
 * Published shares are integers of the amount's unit (1 euro, or 0.1 FTE) that add up exactly
 * to the amount: largest-remainder (Hamilton) rounding. Areas without a need score receive
 * exactly their equal-per-inhabitant share, and the other areas share the rest, so that k = 0
 * gives back the per-inhabitant split to the unit.
 */
import { percentileRanksOfPresent } from "../../core/percentile-rank.ts";

/**
 * Need scores a visitor can choose: the fragility index or one of its five components
 * (share_65_alone left the index: the export gives it under two definitions, see the fragility catalogue).
 */
export const NEED_SCORES = [
  "fragility_index",
  "bim_share",
  "cpas_share",
  "unemployment_rate",
  "median_income",
  "share_80_plus",
] as const;
export type NeedScoreId = (typeof NEED_SCORES)[number];

/** Components where a higher value means less need: ranked on the opposite value. */
export const INVERTED_SCORES: ReadonlySet<NeedScoreId> = new Set(["median_income"]);

/**
 * Above the quartier a median income is not a median of residents: the pipeline publishes the
 * population-weighted mean of the quartiers' medians under its own id, and the allocator ranks on it.
 */
const SCORE_ABOVE_QUARTIER: Partial<Record<NeedScoreId, string>> = { median_income: "median_income_quartier_mean" };

/** The published indicator a need score reads at a level: its own, or the one that stands for it there. */
export function needScoreIndicator(score: NeedScoreId, published: ReadonlySet<string>): string {
  const stand = SCORE_ABOVE_QUARTIER[score];
  return published.has(score) || stand === undefined || !published.has(stand) ? score : stand;
}

/** Units of the amount: `step` is the smallest published part (cents are not worth publishing). */
export const AMOUNT_UNITS = { eur: { step: 1, decimals: 0 }, fte: { step: 0.1, decimals: 1 } } as const;
export type AmountUnit = keyof typeof AMOUNT_UNITS;

/**
 * The need score on 0..1 of each territory: the fragility index as published (already a
 * percentile rank, 1 = most fragile), or a component's percentile rank among the level's
 * territories that have a value (inverted for the median income). Null: no score.
 */
export function needScores(score: NeedScoreId, values: readonly (number | null)[]): (number | null)[] {
  if (score === "fragility_index")
    return values.map((v) => (v === null || !Number.isFinite(v) ? null : Math.min(1, Math.max(0, v))));
  const oriented = INVERTED_SCORES.has(score) ? values.map((v) => (v === null ? null : -v)) : values;
  return percentileRanksOfPresent(oriented);
}

/**
 * Integers that add up exactly to `target`, each as close as possible to its exact value:
 * floors first, then one more unit to the largest remainders (ties: the larger exact value, then
 * the earlier position). When the floors already exceed the target (possible only when the exact
 * values do not add up to it), units are taken back from the smallest remainders.
 */
export function largestRemainder(exact: readonly number[], target: number): number[] {
  if (!Number.isInteger(target) || target < 0) throw new Error(`target must be a non-negative integer, got ${target}`);
  if (exact.some((e) => !Number.isFinite(e) || e < 0)) throw new Error("exact values must be finite and non-negative");
  if (exact.length === 0) {
    if (target !== 0) throw new Error("cannot share a non-zero target among no parts");
    return [];
  }
  // A tolerance so that 2.9999999999 (floating error of an exact 3) counts as 3.
  const result = exact.map((e) => Math.floor(e + 1e-9));
  const remainder = exact.map((e, i) => e - result[i]!);
  let missing = target - result.reduce((a, b) => a + b, 0);
  const order = exact.map((_, i) => i).sort((a, b) => remainder[b]! - remainder[a]! || exact[b]! - exact[a]! || a - b);
  while (missing > 0) {
    // More than one round only when the exact values fall short of the target.
    for (const i of order) {
      if (missing === 0) break;
      result[i]!++;
      missing--;
    }
  }
  while (missing < 0) {
    let taken = false;
    for (let r = order.length - 1; r >= 0 && missing < 0; r--) {
      const i = order[r]!;
      if (result[i]! > 0) {
        result[i]!--;
        missing++;
        taken = true;
      }
    }
    if (!taken) throw new Error("cannot reach the target with non-negative parts");
  }
  return result;
}

export interface AllocationInput {
  /** Residents of each territory. */
  population: readonly number[];
  /** Need score on 0..1 of each territory; null when the territory has none. */
  need: readonly (number | null)[];
  /** Weight of need: 0 is the equal-per-inhabitant split. */
  k: number;
  /** Amount to share, in units of `step` (an integer: euros, or tenths of an FTE). */
  units: number;
}

export interface AllocationRow {
  /** Exact (unrounded) share in units. */
  exact: number;
  /** Published share in units (an integer). */
  share: number;
  /** Equal-per-inhabitant share in units, exact and published. */
  baselineExact: number;
  baseline: number;
  /** share − baseline, in units. */
  difference: number;
  /** Relative difference from the baseline (0.25 = 25 % more); null without residents. */
  relative: number | null;
  /** population × (1 + k × need), or the population alone without a need score. */
  weight: number;
  /** True when the territory has no need score and receives its baseline share. */
  noScore: boolean;
}

/**
 * Shares of `units` among territories. The baseline (k = 0) is population / total population,
 * rounded by largest remainder. A territory without a need score keeps its rounded baseline;
 * the others share what remains in proportion to population × (1 + k × need).
 */
export function allocate(input: AllocationInput): AllocationRow[] {
  const { population, need, k, units } = input;
  if (population.length !== need.length) throw new Error("population and need must have the same length");
  if (!(k >= 0) || !Number.isFinite(k)) throw new Error(`k must be a finite non-negative number, got ${k}`);
  if (population.some((p) => !(p >= 0))) throw new Error("populations must be non-negative");
  const total = population.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new Error("the territories have no residents");
  const baselineExact = population.map((p) => (units * p) / total);
  const baseline = largestRemainder(baselineExact, units);

  const scored = need.map((n) => n !== null);
  const factor = need.map((n) => (n === null ? 1 : 1 + k * n));
  // Written so that k = 0 gives factor 1 and scale 1 exactly, hence the baseline's own numbers.
  let scoredPopulation = 0;
  let scoredWeight = 0;
  population.forEach((p, i) => {
    if (scored[i]) {
      scoredPopulation += p;
      scoredWeight += p * factor[i]!;
    }
  });
  const scale = scoredWeight > 0 ? scoredPopulation / scoredWeight : 1;
  const exact = population.map((_, i) => (scored[i] ? baselineExact[i]! * factor[i]! * scale : baselineExact[i]!));

  const scoredIndex = population.map((_, i) => i).filter((i) => scored[i]);
  const kept = population.reduce((sum, _, i) => sum + (scored[i] ? 0 : baseline[i]!), 0);
  const scoredShares = largestRemainder(
    scoredIndex.map((i) => exact[i]!),
    units - kept,
  );
  const share = [...baseline];
  scoredIndex.forEach((i, j) => (share[i] = scoredShares[j]!));

  return population.map((p, i) => ({
    exact: exact[i]!,
    share: share[i]!,
    baselineExact: baselineExact[i]!,
    baseline: baseline[i]!,
    difference: share[i]! - baseline[i]!,
    relative: baselineExact[i]! > 0 ? exact[i]! / baselineExact[i]! - 1 : null,
    weight: p * factor[i]!,
    noScore: !scored[i],
  }));
}

/** An amount in its unit as an integer number of steps (12.5 FTE → 125), or null if invalid. */
export function amountToUnits(amount: number, unit: AmountUnit): number | null {
  const units = Math.round(amount / AMOUNT_UNITS[unit].step);
  if (
    !Number.isFinite(amount) ||
    amount <= 0 ||
    Math.abs(units * AMOUNT_UNITS[unit].step - amount) > 1e-9 * Math.max(1, amount)
  )
    return null;
  return units;
}

export function unitsToAmount(units: number, unit: AmountUnit): number {
  const { decimals } = AMOUNT_UNITS[unit];
  return Number((units * AMOUNT_UNITS[unit].step).toFixed(decimals));
}
