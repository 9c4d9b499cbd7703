/**
 * The shortage of a located register, computed and rounded exactly as the pipeline publishes it
 * (3 decimals; rates per 1,000 withheld for territories under MIN_RESIDENTS residents, the
 * small-number rule of the indicators table), so that the page and the `indicators` table show
 * the same numbers for the same file.
 */
import { MIN_RESIDENTS } from "../../reliability.ts";
import { round } from "../../round.ts";
import {
  computeShortage,
  inamiClass,
  type ShortageFigures,
  type ShortageResult,
  type TownPractice,
} from "../shortage.ts";
import type { RegisterGeography } from "./geography.ts";
import type { LocatedPractice } from "./locate.ts";
import type { RegisterParameters } from "./parameters.ts";

export const REGISTER_INDICATORS = [
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
] as const;
export type RegisterIndicator = (typeof REGISTER_INDICATORS)[number];

/** Rates per 1,000 residents: withheld below MIN_RESIDENTS, as in the pipeline's reliability rule. */
const PER_1000: ReadonlySet<RegisterIndicator> = new Set([
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
]);

export interface RegisterTerritoryShortage {
  level: string;
  code: string;
  population: number;
  headcount: number;
  fte: number | null;
  /** As published: rounded to 3 decimals, null where not computable or withheld. */
  values: Record<RegisterIndicator, number | null>;
  /** INAMI class of the GPs per 1,000 (null above the threshold or where the value is withheld). */
  inamiClass: "severe_shortage" | "shortage" | null;
  /** True when the territory has fewer residents than the small-number threshold. */
  small: boolean;
}

export interface RegisterShortage {
  capacityBasis: "fte" | "headcount";
  /** Per level of the geography, the territories in code order. */
  levels: Record<string, RegisterTerritoryShortage[]>;
  /** Each sector's 2SFCA access as published at sector level (3 decimals; null where withheld). */
  sectors: { code: string; population: number; access: number | null }[];
}

/** The practices as the shortage computation takes them; a row without gp_fte counts fte_per_gp per GP. */
export function townPractices(practices: readonly LocatedPractice[], p: RegisterParameters): TownPractice[] {
  return practices.map((practice) => ({
    id: practice.id,
    x: practice.x,
    y: practice.y,
    headcount: practice.headcount,
    fte: practice.fte ?? practice.headcount * p.fte_per_gp,
    sector: practice.sector,
  }));
}

/** The unrounded computation over the geography's sectors (need index as published). */
export function registerShortageResult(
  practices: readonly TownPractice[],
  geography: RegisterGeography,
  p: RegisterParameters,
): ShortageResult {
  const sectors = geography.sectors.map((s) => ({
    code: s.code,
    population: s.population,
    needFactor: s.needIndex ?? 0,
    x: s.x,
    y: s.y,
    territories: s.territories,
  }));
  return computeShortage(sectors, [...practices], geography.levels, p);
}

export function shortageFromRegister(
  practices: readonly LocatedPractice[],
  geography: RegisterGeography,
  p: RegisterParameters,
): RegisterShortage {
  const result = registerShortageResult(townPractices(practices, p), geography, p);
  const levels: Record<string, RegisterTerritoryShortage[]> = {};
  for (const level of geography.levels) {
    levels[level] = [...result.byLevel.get(level)!]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, figures]) => territoryShortage(level, code, figures, p));
  }
  return {
    capacityBasis: result.capacityBasis,
    levels,
    sectors: geography.sectors.map((s) => ({
      code: s.code,
      population: s.population,
      access: s.population < MIN_RESIDENTS ? null : round(result.sectorAccess.get(s.code)!, 3),
    })),
  };
}

/** The value of one indicator in a territory's figures, unrounded. */
export function figureOf(id: RegisterIndicator, f: ShortageFigures): number | null {
  switch (id) {
    case "gp_per_1000":
      return f.gpPer1000;
    case "gp_fte_per_1000":
      return f.ftePer1000;
    case "gp_need_adjusted_per_1000":
      return f.needAdjustedPer1000;
    case "gp_access_2sfca":
      return f.access2sfca;
    case "gp_share_below_threshold":
      return f.shareBelowThreshold;
    case "gp_share_below_severe":
      return f.shareBelowSevere;
  }
}

function territoryShortage(
  level: string,
  code: string,
  f: ShortageFigures,
  p: RegisterParameters,
): RegisterTerritoryShortage {
  const small = f.population < MIN_RESIDENTS;
  const values = Object.fromEntries(
    REGISTER_INDICATORS.map((id) => {
      const value = figureOf(id, f);
      return [id, value === null || (small && PER_1000.has(id)) ? null : round(value, 3)];
    }),
  ) as Record<RegisterIndicator, number | null>;
  return {
    level,
    code,
    population: f.population,
    headcount: f.headcount,
    fte: f.fte === null ? null : round(f.fte, 2),
    values,
    // On the unrounded ratio, as the pipeline's flag.
    inamiClass: values.gp_per_1000 === null ? null : inamiClass(f.gpPer1000!, p),
    small,
  };
}
