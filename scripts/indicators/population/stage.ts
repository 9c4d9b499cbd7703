import type { PipelineContext } from "../../lib/context.ts";
import { InvariantError } from "../../lib/errors.ts";
import type { IndicatorDefinition, IndicatorValue } from "../indicator-model.ts";
import { AGE_SOURCE, communeAgeStructure } from "../../raw/statbel-population-age-sex-commune.ts";
import { REGION_CODE, SOURCES, type TerritorialModel } from "../../territory/territorial-model.ts";

export const POPULATION_YEAR = 2024;
export const POPULATION_SOURCE = AGE_SOURCE;
const OFFICIAL_SOURCE = AGE_SOURCE;

export const populationIndicators: IndicatorDefinition[] = [
  {
    id: "population",
    family: "population",
    label: {
      fr: "Population (secteurs statistiques)",
      nl: "Bevolking (statistische sectoren)",
      en: "Population (statistical sectors)",
    },
    unit: "persons",
    polarity: "neutral",
    year: POPULATION_YEAR,
    method: {
      fr: `Population résidente au 1er janvier ${POPULATION_YEAR} par secteur statistique (Statbel), additionnée par territoire. Exclut les résidents que Statbel ne localise pas dans un secteur.`,
      nl: `Inwoners op 1 januari ${POPULATION_YEAR} per statistische sector (Statbel), opgeteld per gebied. Zonder de inwoners die Statbel niet in een sector lokaliseert.`,
      en: `Residents on 1 January ${POPULATION_YEAR} per statistical sector (Statbel), summed per territory. Excludes residents Statbel does not locate in a sector.`,
    },
    sources: [SOURCES.sectors],
    status: "published",
  },
  {
    id: "population_official",
    family: "population",
    label: { fr: "Population officielle", nl: "Officiële bevolking", en: "Official population" },
    unit: "persons",
    polarity: "neutral",
    year: POPULATION_YEAR,
    method: {
      fr: `Population résidente officielle au 1er janvier ${POPULATION_YEAR} (Statbel, population par âge et sexe), y compris les résidents non localisés dans un secteur statistique.`,
      nl: `Officiële bevolking op 1 januari ${POPULATION_YEAR} (Statbel, bevolking naar leeftijd en geslacht), met inbegrip van inwoners die niet in een statistische sector gelokaliseerd zijn.`,
      en: `Official resident population on 1 January ${POPULATION_YEAR} (Statbel, population by age and sex), including residents not located in a statistical sector.`,
    },
    sources: [OFFICIAL_SOURCE],
    status: "published",
  },
  {
    id: "population_not_in_sector",
    family: "population",
    label: {
      fr: "Résidents non localisés dans un secteur",
      nl: "Inwoners niet in een sector gelokaliseerd",
      en: "Residents not located in a sector",
    },
    unit: "persons",
    polarity: "neutral",
    year: POPULATION_YEAR,
    method: {
      fr: `Différence entre la population officielle et la somme des populations des secteurs statistiques de la commune (1er janvier ${POPULATION_YEAR}).`,
      nl: `Verschil tussen de officiële bevolking en de som van de bevolking van de statistische sectoren van de gemeente (1 januari ${POPULATION_YEAR}).`,
      en: `Official population minus the sum of the populations of the commune's statistical sectors (1 January ${POPULATION_YEAR}).`,
    },
    sources: [OFFICIAL_SOURCE, SOURCES.sectors],
    status: "published",
  },
];

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
      values.push(row(level.id, territory.code, "population", territory.population));
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
    regionTotal += total;
    values.push(row(communeLevel, commune.code, "population_official", total));
    values.push(row(communeLevel, commune.code, "population_not_in_sector", total - commune.population));
  }
  const region = model.territories.get(regionLevel)![0]!;
  values.push(row(regionLevel, REGION_CODE, "population_official", regionTotal));
  values.push(row(regionLevel, REGION_CODE, "population_not_in_sector", regionTotal - region.population));
  return values;
}

/** Official totals per commune for the reference year (Statbel's age × sex bands, summed). */
function officialCommunePopulation(context: PipelineContext): Map<string, number> {
  return new Map([...communeAgeStructure(context, POPULATION_YEAR)].map(([code, ages]) => [code, ages.total]));
}
