/**
 * "Similar quartiers": the quartiers whose fragility profile is closest, by the Euclidean distance
 * between their vectors of component percentile ranks (the `fragility` table's rank_<component>
 * columns, 0 = least fragile, 1 = most fragile, among the ranked quartiers). Only areas with every
 * component are compared; ties are broken by code, so the answer is deterministic. Pure.
 */

export interface ComponentProfile {
  code: string;
  /** Percentile ranks in a fixed component order; null where a component is missing. */
  ranks: readonly (number | null)[];
}

export interface Neighbour {
  code: string;
  distance: number;
}

/** How many similar quartiers a profile offers. */
export const SIMILAR_COUNT = 3;

function complete(ranks: readonly (number | null)[]): ranks is readonly number[] {
  return ranks.length > 0 && ranks.every((rank) => rank !== null && Number.isFinite(rank));
}

export function distance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`cannot compare ${a.length} components with ${b.length}`);
  return Math.sqrt(a.reduce((sum, value, i) => sum + (value - b[i]!) ** 2, 0));
}

/** The `count` areas nearest to `code`, nearest first; none when `code` lacks a component. */
export function nearestProfiles(
  profiles: readonly ComponentProfile[],
  code: string,
  count = SIMILAR_COUNT,
): Neighbour[] {
  const own = profiles.find((p) => p.code === code);
  if (!own || !complete(own.ranks)) return [];
  const ranks = own.ranks;
  return profiles
    .filter((p): p is ComponentProfile & { ranks: readonly number[] } => p.code !== code && complete(p.ranks))
    .map((p) => ({ code: p.code, distance: distance(ranks, p.ranks) }))
    .sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, count);
}
