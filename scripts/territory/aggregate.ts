import { InvariantError } from "../lib/errors.ts";
import type { TerritorialModel } from "./territorial-model.ts";

export interface Aggregate {
  /** Population-weighted mean of the quartier values. */
  value: number;
  /** Residents of the territory living in quartiers that have a value (the weights' total). */
  covered: number;
  population: number;
}

/**
 * A quartier-level value for a coarser territory (commune, bassin, region) as the mean of its
 * quartiers' values weighted by the residents each quartier has in the territory, counted from
 * sectors (quartiers do not nest in communes). This recomputes a rate from counts only when the
 * rate's denominator is the residents of the weighting year; callers say when it is not
 * (unemployment, households) and never call the result of medians a median.
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

/** A count and the population it is counted in, for one commune (e.g. Statbel's residents aged 65-79). */
export interface CommuneCount {
  numerator: number;
  denominator: number;
}

export interface CountAggregate {
  /** 100 × numerator / denominator. */
  value: number;
  numerator: number;
  denominator: number;
  /** False when the territory holds part of a commune, whose share of the counts is estimated. */
  exact: boolean;
  /** The communes the territory holds in part (their shares estimated), in code order. */
  partOf: string[];
}

/**
 * A rate rebuilt from counts known per commune: a territory holding whole communes gets the sum of
 * their counts, exactly. A commune split between territories (Bruxelles-Ville between bassins)
 * has its counts shared among its parts so that the parts add up to the commune: the denominator
 * in proportion to the sectors' residents, the numerator in proportion to the sectors' residents
 * times their quartier's rate (the commune's own rate for sectors whose quartier has none).
 */
export function aggregateCommuneCounts(
  model: TerritorialModel,
  level: string,
  counts: ReadonlyMap<string, CommuneCount>,
  quartierRates: ReadonlyMap<string, number>,
): Map<string, CountAggregate> {
  const communeLevel = model.levels.find((l) => l.kind === "commune")!.id;
  const countOf = (commune: string) => {
    const count = counts.get(commune);
    if (!count) throw new InvariantError(`no counts for commune ${commune}`);
    return count;
  };
  // Residents and expected count of every commune, from its sectors.
  const communes = new Map<string, { residents: number; expected: number }>();
  const expectedIn = (sector: TerritorialModel["sectors"][number]) => {
    const commune = countOf(sector.codes[communeLevel]!);
    const rate = quartierRates.get(sector.codes.quartier!) ?? (100 * commune.numerator) / commune.denominator;
    return (sector.population * rate) / 100;
  };
  for (const sector of model.sectors) {
    const code = sector.codes[communeLevel]!;
    const entry = communes.get(code) ?? { residents: 0, expected: 0 };
    entry.residents += sector.population;
    entry.expected += expectedIn(sector);
    communes.set(code, entry);
  }

  const result = new Map<string, CountAggregate>();
  for (const territory of model.territories.get(level)!) {
    const parts = new Map<string, { residents: number; expected: number }>();
    for (const sector of territory.sectors) {
      const code = sector.codes[communeLevel]!;
      const part = parts.get(code) ?? { residents: 0, expected: 0 };
      part.residents += sector.population;
      part.expected += expectedIn(sector);
      parts.set(code, part);
    }
    let numerator = 0;
    let denominator = 0;
    const partOf: string[] = [];
    for (const [code, part] of parts) {
      const count = countOf(code);
      const whole = communes.get(code)!;
      if (part.residents === whole.residents) {
        numerator += count.numerator;
        denominator += count.denominator;
        continue;
      }
      partOf.push(code);
      denominator += whole.residents > 0 ? (count.denominator * part.residents) / whole.residents : 0;
      numerator += whole.expected > 0 ? (count.numerator * part.expected) / whole.expected : 0;
    }
    result.set(territory.code, {
      value: denominator > 0 ? (100 * numerator) / denominator : 0,
      numerator,
      denominator,
      exact: partOf.length === 0,
      partOf: partOf.sort(),
    });
  }
  return result;
}
