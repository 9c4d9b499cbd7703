/**
 * Plausibility limit of the population family: the sectors' residents must add up to nearly
 * Statbel's official total in every commune. Sectors lost or zeroed (a truncated file, a bad
 * column) would otherwise shrink every denominator silently. Published in method_parameters.
 */
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import { SOURCES } from "../../territory/territorial-model.ts";
import type { MethodParameter } from "../indicator-model.ts";
import { OFFICIAL_SOURCE, POPULATION_YEAR } from "./catalogue.ts";

/** Lowest real share: 99.4 % (commune 21004); the residents Statbel does not locate in a sector are a few per mille. */
export const MIN_SECTOR_SHARE_OF_OFFICIAL = 0.98;

/** Stops the run when a commune's sectors hold less than the stated share of its official population. */
export function checkSectorPopulation(
  context: PipelineContext,
  commune: { code: string; population: number },
  official: number,
): void {
  if (commune.population >= MIN_SECTOR_SHARE_OF_OFFICIAL * official) return;
  throw new InputError(
    sourcePath(context, SOURCES.sectors),
    `the sectors of commune ${commune.code} hold ${commune.population} residents, ` +
      `${round((100 * commune.population) / official, 1)} % of its official ${POPULATION_YEAR} population ${official} (${OFFICIAL_SOURCE}), ` +
      `below the floor of ${100 * MIN_SECTOR_SHARE_OF_OFFICIAL} % (method_parameters: population, min_sector_share_of_official). ` +
      `Sectors are missing or their population column is wrong.`,
  );
}

export const populationLimitParameters: MethodParameter[] = [
  {
    family: "population",
    parameter: "min_sector_share_of_official",
    value: MIN_SECTOR_SHARE_OF_OFFICIAL,
    status: "setting",
    explanation: {
      fr:
        "Limite de plausibilité : dans chaque commune, les secteurs statistiques doivent compter au moins cette part de la population officielle de Statbel à la même date, sinon le traitement s'arrête. " +
        "Statbel situe dans un secteur tous les habitants sauf quelques pour mille (commune la plus basse 99,4 %, région 99,7 % en 2024).",
      nl:
        "Plausibiliteitsgrens: in elke gemeente moeten de statistische sectoren minstens dit aandeel van de officiële bevolking van Statbel op dezelfde datum tellen, anders stopt de verwerking. " +
        "Statbel plaatst alle inwoners op enkele promille na in een sector (laagste gemeente 99,4 %, gewest 99,7 % in 2024).",
      en:
        "Plausibility limit: in every commune the statistical sectors must hold at least this share of Statbel's official population of the same date, else the run stops. " +
        "Statbel locates all but a few per mille of residents in a sector (lowest commune 99.4 %, region 99.7 % in 2024).",
    },
    source_id: null,
  },
];
