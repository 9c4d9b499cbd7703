/**
 * The geography a register is located in and measured against, built from exactly what this run
 * publishes: sectors.csv's residents, points and territories, the sectors' published gp_need_index
 * and geo/sector.topojson. The site's /site-data/gp-register.json rebuilds the same object from
 * the published files, so a practice lands in the same sector and counts alike in both.
 */
import type { Topology } from "topojson-specification";
import { registerGeography, REGISTER_LEVELS, type RegisterGeography } from "../../../src/core/gp/register/index.ts";
import { round } from "../../lib/round.ts";
import type { SectorPoint } from "../../territory/geometry.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import type { ShortageFigures } from "../../../src/core/gp/shortage.ts";

/** gp_need_index as published: need-weighted over actual residents, 4 decimals; null without residents. */
export function needIndexOf(figures: Pick<ShortageFigures, "population" | "needPopulation">): number | null {
  return figures.population > 0 ? round(figures.needPopulation / figures.population, 4) : null;
}

export function pipelineRegisterGeography(
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
  sectorNeed: Map<string, ShortageFigures>,
  sectorTopology: string,
): RegisterGeography {
  const levels = model.levels.filter((l) => l.kind !== "sector").map((l) => l.id);
  // The site rebuilds the geography from sectors.csv's <level>_code columns for these levels only.
  if (levels.join() !== REGISTER_LEVELS.join())
    throw new Error(`GP registers are measured at ${REGISTER_LEVELS.join(", ")}; the model has ${levels.join(", ")}`);
  return registerGeography(
    model.sectors.map((s) => {
      const point = sectorPoints.get(s.code)!;
      return {
        code: s.code,
        population: s.population,
        needIndex: needIndexOf(sectorNeed.get(s.code)!),
        lon: point.lon,
        lat: point.lat,
        x: point.x_l72,
        y: point.y_l72,
        territories: Object.fromEntries(REGISTER_LEVELS.map((level) => [level, s.codes[level]!])),
      };
    }),
    JSON.parse(sectorTopology) as Topology,
  );
}
