import { territories } from "../../src/core/tables/territories.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { declaredTable } from "./declared-table.ts";
import {
  NAME_DESCRIPTIONS,
  NAME_EN_DESCRIPTION,
  POPULATION_DESCRIPTION,
  SECTOR_COUNT_DESCRIPTION,
} from "./territory-descriptions.ts";

/** Every territory of every level, one row each: the key of the indicator tables. */
export function territoriesTable(model: TerritorialModel): Table {
  return declaredTable(
    territories,
    {
      fr: "Tous les territoires de tous les niveaux, une ligne chacun : la clé des tables d'indicateurs.",
      nl: "Alle gebieden van alle niveaus, één rij per gebied: de sleutel van de indicatortabellen.",
      en: "Every territory of every level, one row each: the key of the indicator tables.",
    },
    {
      level: {
        fr: "Niveau territorial (voir la table levels)",
        nl: "Gebiedsniveau (zie tabel levels)",
        en: "Territorial level (see the levels table)",
      },
      code: { fr: "Code du territoire", nl: "Code van het gebied", en: "Territory code" },
      ...NAME_DESCRIPTIONS,
      name_en: NAME_EN_DESCRIPTION,
      population: POPULATION_DESCRIPTION,
      n_sectors: SECTOR_COUNT_DESCRIPTION,
    },
    model.levels.flatMap((level) =>
      model.territories.get(level.id)!.map((t) => ({
        level: level.id,
        code: t.code,
        name_fr: t.name_fr,
        name_nl: t.name_nl,
        name_en: t.name_en,
        population: t.population,
        n_sectors: t.sectors.length,
      })),
    ),
  );
}
