/**
 * Pure helpers of the service-coverage indicators: planar distances in projected metres
 * (Lambert 72), shares of residents within a distance, population-weighted means, counts of
 * service types within a distance and rates per 10,000 residents. No I/O, no rounding policy
 * hidden inside a computation: callers round the published value with `round` (lib/round.ts).
 */
import type { PlanarPoint } from "../../../src/core/distance.ts";

/** A value carried with the numerator and denominator it was computed from (value null when the denominator is 0). */
export interface Ratio {
  value: number | null;
  numerator: number;
  denominator: number;
}

/**
 * The nearest candidate to `from` and its distance; null when there is no candidate.
 * Ties go to the first candidate in the given order, so a sorted input gives a deterministic answer.
 */
export function nearest<T extends PlanarPoint>(
  from: PlanarPoint,
  candidates: readonly T[],
): { item: T; index: number; distance: number } | null {
  let best = -1;
  let bestSquared = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const dx = candidates[i]!.x - from.x;
    const dy = candidates[i]!.y - from.y;
    const squared = dx * dx + dy * dy;
    if (squared < bestSquared) {
      bestSquared = squared;
      best = i;
    }
  }
  if (best < 0) return null;
  return { item: candidates[best]!, index: best, distance: Math.sqrt(bestSquared) };
}

/** 100 × numerator / denominator; null when the denominator is 0. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator < 0 || numerator < 0) throw new RangeError(`percent(${numerator}, ${denominator}): negative input`);
  return denominator === 0 ? null : (100 * numerator) / denominator;
}

/**
 * Share (percent) of the population whose distance is at most `radius` (inclusive). Items with 0
 * population weigh nothing; an item without a distance (no service at all) is never within.
 */
export function shareWithin(items: readonly { population: number; distance: number | null }[], radius: number): Ratio {
  let numerator = 0;
  let denominator = 0;
  for (const { population, distance } of items) {
    if (population < 0) throw new RangeError(`negative population ${population}`);
    denominator += population;
    if (distance !== null && distance <= radius) numerator += population;
  }
  return { value: percent(numerator, denominator), numerator, denominator };
}

/** Σ weight × value / Σ weight; value null when the weights sum to 0. Numerator is Σ weight × value. */
export function weightedMean(items: readonly { weight: number; value: number }[]): Ratio {
  let numerator = 0;
  let denominator = 0;
  for (const { weight, value } of items) {
    if (weight < 0) throw new RangeError(`negative weight ${weight}`);
    numerator += weight * value;
    denominator += weight;
  }
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/** How many of the distances (one per service type; null = no service of that type) are at most `radius`. */
export function countWithin(distances: readonly (number | null)[], radius: number): number {
  return distances.filter((distance) => distance !== null && distance <= radius).length;
}

/** count per `per` residents (default 10,000); null when the population is 0. */
export function ratePer(count: number, population: number, per = 10_000): Ratio {
  if (count < 0 || population < 0) throw new RangeError(`ratePer(${count}, ${population}): negative input`);
  return { value: population === 0 ? null : (count * per) / population, numerator: count, denominator: population };
}
