/**
 * GP supply given as counts per quartier (adapter c), summed to every territory made of whole
 * quartiers. Counts carry no position, so they give ratios per territory but no spatial access.
 */
import type { QuartierGpCount } from "./supply.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";

export interface CountedCapacity {
  /** Null when a member quartier has no headcount in the counts. */
  headcount: number | null;
  /** Null when a member quartier has no FTE in the counts. */
  fte: number | null;
}

/**
 * For each level: the capacity of each territory, or null for a level whose territories are not
 * unions of whole quartiers (a quartier's sectors in two communes, say), where counts per
 * quartier cannot be split.
 */
export function countedCapacity(
  model: TerritorialModel,
  counts: QuartierGpCount[],
  levels: string[],
): Map<string, Map<string, CountedCapacity> | null> {
  const byQuartier = new Map(counts.map((count) => [count.quartier_code, count]));
  const result = new Map<string, Map<string, CountedCapacity> | null>();
  for (const level of levels) {
    const members = new Map<string, Set<string>>();
    const parents = new Map<string, Set<string>>();
    for (const sector of model.sectors) {
      const quartier = sector.codes.quartier!;
      const parent = sector.codes[level]!;
      (members.get(parent) ?? members.set(parent, new Set()).get(parent)!).add(quartier);
      (parents.get(quartier) ?? parents.set(quartier, new Set()).get(quartier)!).add(parent);
    }
    if ([...parents.values()].some((codes) => codes.size > 1)) {
      result.set(level, null);
      continue;
    }
    const capacities = new Map<string, CountedCapacity>();
    for (const [code, quartiers] of members) {
      const rows = [...quartiers].map((quartier) => byQuartier.get(quartier));
      const total = (pick: (count: QuartierGpCount) => number | null): number | null => {
        let sum = 0;
        for (const row of rows) {
          const value = row ? pick(row) : null;
          if (value === null) return null;
          sum += value;
        }
        return sum;
      };
      capacities.set(code, { headcount: total((c) => c.headcount), fte: total((c) => c.fte) });
    }
    result.set(level, capacities);
  }
  return result;
}
