import type { TerritorialModel } from "./territorial-model.ts";

export interface Aggregate {
  /** Population-weighted mean of the quartier values. */
  value: number;
  /** Residents of the territory living in quartiers that have a value (the weights' total). */
  covered: number;
  population: number;
}

/**
 * Rebuilds a quartier-level rate for a coarser territory (commune, bassin, region) as the mean
 * of its quartiers' rates weighted by the residents each quartier has in the territory, counted
 * from sectors (quartiers do not nest in communes). Counts are not published per quartier, so
 * this is the closest to recomputing from counts; it is never an average of percentile ranks.
 */
export function aggregateQuartierValues(
  model: TerritorialModel,
  level: string,
  values: ReadonlyMap<string, number>,
): Map<string, Aggregate | null> {
  const result = new Map<string, Aggregate | null>();
  for (const territory of model.territories.get(level)!) {
    let weighted = 0;
    let covered = 0;
    for (const sector of territory.sectors) {
      const value = values.get(sector.codes.quartier!);
      if (value === undefined) continue;
      weighted += value * sector.population;
      covered += sector.population;
    }
    result.set(
      territory.code,
      covered > 0 ? { value: weighted / covered, covered, population: territory.population } : null,
    );
  }
  return result;
}
