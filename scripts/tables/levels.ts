import { levels } from "../../src/core/tables/levels.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { declaredTable, localizedDescriptions } from "./declared-table.ts";

/** The territorial levels, finest first, with their status and sources. */
export function levelsTable(model: TerritorialModel): Table {
  return declaredTable(
    levels,
    {
      fr: "Les niveaux territoriaux, du plus fin au plus large, avec leur statut et leurs sources.",
      nl: "De gebiedsniveaus, van fijn naar grof, met hun status en bronnen.",
      en: "The territorial levels, finest first, with their status and sources.",
    },
    {
      level: { fr: "Identifiant du niveau", nl: "Niveau-id", en: "Level id" },
      level_order: {
        fr: "Ordre, du plus fin (0) au plus large",
        nl: "Volgorde, van fijn (0) naar grof",
        en: "Order, finest (0) first",
      },
      table_name: { fr: "Table du niveau", nl: "Tabel van het niveau", en: "The level's table" },
      ...localizedDescriptions("label", { fr: "Nom du niveau", nl: "Naam van het niveau", en: "Level name" }),
      ...localizedDescriptions("plural", { fr: "Nom au pluriel", nl: "Naam in het meervoud", en: "Plural name" }),
      status: {
        fr: "official (découpage officiel) ou reconstructed (reconstitué par l'observatoire à partir de descriptions publiées)",
        nl: "official (officiële indeling) of reconstructed (door het observatorium gereconstrueerd uit gepubliceerde beschrijvingen)",
        en: "official (official delineation) or reconstructed (rebuilt by the observatory from published descriptions)",
      },
      ...localizedDescriptions("note", {
        fr: "Définition et origine",
        nl: "Definitie en herkomst",
        en: "Definition and origin",
      }),
      source_ids: {
        fr: "Sources (table sources), séparées par « ; »",
        nl: "Bronnen (tabel sources), gescheiden door ';'",
        en: "Sources (sources table), separated by ';'",
      },
      n_territories: { fr: "Nombre de territoires", nl: "Aantal gebieden", en: "Number of territories" },
    },
    model.levels.map((level, index) => ({
      level: level.id,
      level_order: index,
      table_name: level.table,
      label_fr: level.label.fr,
      label_nl: level.label.nl,
      label_en: level.label.en,
      plural_fr: level.plural.fr,
      plural_nl: level.plural.nl,
      plural_en: level.plural.en,
      status: level.status,
      note_fr: level.note.fr,
      note_nl: level.note.nl,
      note_en: level.note.en,
      source_ids: level.sources.join(";"),
      n_territories: model.territories.get(level.id)!.length,
    })),
  );
}
