import { gaussianDecay, stepDecay, twoStepFca } from "./two-step-fca.ts";

export interface ShortageParameters {
  inami_shortage_per_1000: number;
  inami_severe_per_1000: number;
  catchment_m: number;
  decay: "gaussian" | "step";
}

export interface TownSector {
  code: string;
  population: number;
  /** Need per resident relative to the reference resident (see need.ts and need-weights.ts). */
  needFactor: number;
  x: number;
  y: number;
  /** The sector's territory at every level to aggregate to. */
  territories: Record<string, string>;
}

export interface TownPractice {
  id: string;
  x: number;
  y: number;
  headcount: number | null;
  fte: number | null;
  /** The sector the practice lies in, or null outside every sector (it still serves neighbours). */
  sector: string | null;
}

export interface ShortageFigures {
  population: number;
  needPopulation: number;
  headcount: number;
  fte: number | null;
  gpPer1000: number | null;
  ftePer1000: number | null;
  /** Capacity (FTE when every practice has one, else headcount) per 1,000 need-weighted residents. */
  needAdjustedPer1000: number | null;
  /** Population-weighted mean of the sectors' 2SFCA access, per 1,000 need-weighted residents. */
  access2sfca: number | null;
  shareBelowThreshold: number | null;
  shareBelowSevere: number | null;
}

export interface ShortageResult {
  capacityBasis: "fte" | "headcount";
  /** 2SFCA access of each sector, GPs per 1,000 need-weighted residents. */
  sectorAccess: Map<string, number>;
  byLevel: Map<string, Map<string, ShortageFigures>>;
}

/**
 * The whole shortage computation on located practices: ratios per territory against the INAMI
 * thresholds, need-adjusted supply, and spatial access by 2SFCA with the share of residents in
 * sectors below the shortage threshold. Need-weighted populations are scaled so that they add
 * up to the real population over the whole area.
 */
export function computeShortage(
  sectors: TownSector[],
  practices: TownPractice[],
  levels: string[],
  p: ShortageParameters,
): ShortageResult {
  const totalPopulation = sectors.reduce((sum, s) => sum + s.population, 0);
  const meanFactor = sectors.reduce((sum, s) => sum + s.population * s.needFactor, 0) / totalPopulation;
  const needOf = (s: TownSector) => (s.population * s.needFactor) / meanFactor;
  const capacityBasis =
    practices.length > 0 && practices.every((practice) => practice.fte !== null) ? "fte" : "headcount";
  const capacityOf = (practice: TownPractice) => (capacityBasis === "fte" ? practice.fte! : (practice.headcount ?? 0));

  const access = twoStepFca(
    sectors.map((s) => ({ id: s.code, x: s.x, y: s.y, need: needOf(s) })),
    practices.map((practice) => ({ id: practice.id, x: practice.x, y: practice.y, capacity: capacityOf(practice) })),
    p.catchment_m,
    p.decay === "gaussian" ? gaussianDecay : stepDecay,
  );
  const sectorAccess = new Map([...access].map(([code, a]) => [code, a * 1000]));
  const sectorByCode = new Map(sectors.map((s) => [s.code, s]));

  const byLevel = new Map<string, Map<string, ShortageFigures>>();
  for (const level of levels) {
    const groups = new Map<string, { sectors: TownSector[]; practices: TownPractice[] }>();
    const group = (code: string) => groups.get(code) ?? groups.set(code, { sectors: [], practices: [] }).get(code)!;
    for (const s of sectors) group(s.territories[level]!).sectors.push(s);
    for (const practice of practices) {
      const sector = practice.sector === null ? undefined : sectorByCode.get(practice.sector);
      if (sector) group(sector.territories[level]!).practices.push(practice);
    }
    const figures = new Map<string, ShortageFigures>();
    for (const [code, { sectors: members, practices: inside }] of groups) {
      const population = members.reduce((sum, s) => sum + s.population, 0);
      const needPopulation = members.reduce((sum, s) => sum + needOf(s), 0);
      const headcount = inside.reduce((sum, practice) => sum + (practice.headcount ?? 0), 0);
      const fte = capacityBasis === "fte" ? inside.reduce((sum, practice) => sum + practice.fte!, 0) : null;
      const capacity = inside.reduce((sum, practice) => sum + capacityOf(practice), 0);
      const per1000 = (value: number, base: number) => (base > 0 ? (1000 * value) / base : null);
      const below = (threshold: number) =>
        population > 0
          ? (100 *
              members.filter((s) => sectorAccess.get(s.code)! < threshold).reduce((sum, s) => sum + s.population, 0)) /
            population
          : null;
      figures.set(code, {
        population,
        needPopulation,
        headcount,
        fte,
        gpPer1000: per1000(headcount, population),
        ftePer1000: fte === null ? null : per1000(fte, population),
        needAdjustedPer1000: per1000(capacity, needPopulation),
        access2sfca:
          population > 0
            ? members.reduce((sum, s) => sum + s.population * sectorAccess.get(s.code)!, 0) / population
            : null,
        shareBelowThreshold: below(p.inami_shortage_per_1000),
        shareBelowSevere: below(p.inami_severe_per_1000),
      });
    }
    byLevel.set(level, figures);
  }
  return { capacityBasis, sectorAccess, byLevel };
}

/** INAMI class of a ratio per 1,000: severe shortage, shortage, or none. */
export function inamiClass(per1000: number, p: ShortageParameters): "severe_shortage" | "shortage" | null {
  if (per1000 < p.inami_severe_per_1000) return "severe_shortage";
  if (per1000 < p.inami_shortage_per_1000) return "shortage";
  return null;
}
