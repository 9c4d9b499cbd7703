import type { Localized } from "../../src/core/languages.ts";
import type { LevelDefinition } from "../../src/core/levels.ts";
import { POPULATION_YEAR } from "../indicators/population/catalogue.ts";
import type { ColumnDescriptions } from "./declared-table.ts";

/** Descriptions shared by the territory tables (sectors … region, territories). */

export function codeDescription(level: LevelDefinition): ColumnDescriptions {
  return {
    [`${level.id}_code`]: {
      fr: `Code du ${level.label.fr}`,
      nl: `Code van de ${level.label.nl}`,
      en: `Code of the ${level.label.en}`,
    },
  };
}

export const NAME_DESCRIPTIONS: ColumnDescriptions = {
  name_fr: { fr: "Nom en français", nl: "Naam in het Frans", en: "Name in French" },
  name_nl: { fr: "Nom en néerlandais", nl: "Naam in het Nederlands", en: "Name in Dutch" },
};
export const NAME_EN_DESCRIPTION: Localized = {
  fr: "Nom en anglais (nom français à défaut)",
  nl: "Naam in het Engels (anders de Franse naam)",
  en: "Name in English (the French name where there is none)",
};
export const POPULATION_DESCRIPTION: Localized = {
  fr: `Population au 1er janvier ${POPULATION_YEAR}, somme des secteurs statistiques (Statbel)`,
  nl: `Bevolking op 1 januari ${POPULATION_YEAR}, som van de statistische sectoren (Statbel)`,
  en: `Population on 1 January ${POPULATION_YEAR}, sum of the statistical sectors (Statbel)`,
};
export const SECTOR_COUNT_DESCRIPTION: Localized = {
  fr: "Nombre de secteurs statistiques",
  nl: "Aantal statistische sectoren",
  en: "Number of statistical sectors",
};

/** A level table's own description: its plural name and note. */
export function levelTableDescription(level: LevelDefinition): Localized {
  return {
    fr: `${capitalize(level.plural.fr)}. ${level.note.fr}`,
    nl: `${capitalize(level.plural.nl)}. ${level.note.nl}`,
    en: `${capitalize(level.plural.en)}. ${level.note.en}`,
  };
}

function capitalize(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
