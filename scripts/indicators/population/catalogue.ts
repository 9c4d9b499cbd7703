import type { IndicatorDefinition } from "../indicator-model.ts";
import { AGE_SOURCE } from "../../raw/statbel-population-age-sex-commune.ts";
import { SOURCES } from "../../territory/territorial-model.ts";

/**
 * The population family's published indicators: ids, labels, units, polarity, method texts, in
 * reading order. The stage (stage.ts) computes their values.
 */

export const POPULATION_YEAR = 2024;
/** Where the official (not sector-located) totals come from. */
export const OFFICIAL_SOURCE = AGE_SOURCE;

/** The ids the stage fills. */
export const POPULATION_IDS = {
  sectors: "population",
  official: "population_official",
  notInSector: "population_not_in_sector",
} as const;

export const populationIndicators: IndicatorDefinition[] = [
  {
    id: POPULATION_IDS.sectors,
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
    id: POPULATION_IDS.official,
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
    id: POPULATION_IDS.notInSector,
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
