import type { PipelineContext } from "../../lib/context.ts";
import { InvariantError } from "../../lib/errors.ts";
import type { IndicatorValue } from "../indicator-model.ts";
import { AGE_SOURCE, communeAgeStructure } from "../../raw/statbel-population-age-sex-commune.ts";
import { REGION_CODE, type TerritorialModel } from "../../territory/territorial-model.ts";
import { OFFICIAL_SOURCE, POPULATION_IDS, POPULATION_YEAR } from "./catalogue.ts";
import { checkSectorPopulation } from "./limits.ts";

export const POPULATION_SOURCE = AGE_SOURCE;

export function populationValues(context: PipelineContext, model: TerritorialModel): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  const row = (level: string, code: string, id: string, value: number): IndicatorValue => ({
    level,
    territory_code: code,
    indicator_id: id,
    year: POPULATION_YEAR,
    value,
    numerator: null,
    denominator: null,
    flag: null,
  });
  for (const level of model.levels) {
    for (const territory of model.territories.get(level.id)!)
      values.push(row(level.id, territory.code, POPULATION_IDS.sectors, territory.population));
  }

  const official = officialCommunePopulation(context);
  const communeLevel = model.levels.find((l) => l.kind === "commune")!.id;
  const regionLevel = model.levels.find((l) => l.kind === "region")!.id;
  let regionTotal = 0;
  for (const commune of model.territories.get(communeLevel)!) {
    const total = official.get(commune.code);
    if (total === undefined)
      throw new InvariantError(
        `no official ${POPULATION_YEAR} population for commune ${commune.code} in ${OFFICIAL_SOURCE}`,
      );
    if (total < commune.population) {
      throw new InvariantError(
        `commune ${commune.code}: official population ${total} is below its sectors' sum ${commune.population}`,
      );
    }
    checkSectorPopulation(context, commune, total);
    regionTotal += total;
    values.push(row(communeLevel, commune.code, POPULATION_IDS.official, total));
    values.push(row(communeLevel, commune.code, POPULATION_IDS.notInSector, total - commune.population));
  }
  const region = model.territories.get(regionLevel)![0]!;
  values.push(row(regionLevel, REGION_CODE, POPULATION_IDS.official, regionTotal));
  values.push(row(regionLevel, REGION_CODE, POPULATION_IDS.notInSector, regionTotal - region.population));
  return values;
}

/** Official totals per commune for the reference year (Statbel's age × sex bands, summed). */
function officialCommunePopulation(context: PipelineContext): Map<string, number> {
  return new Map([...communeAgeStructure(context, POPULATION_YEAR)].map(([code, ages]) => [code, ages.total]));
}
