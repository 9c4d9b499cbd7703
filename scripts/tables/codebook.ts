import { codebook } from "../../src/core/tables/codebook.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { declaredTable } from "./declared-table.ts";

/** Every column of every table, described in three languages: the data page's codebook and the SQL workspace's schema panel. */
export function codebookTable(tables: Table[]): Table {
  const self = declaredTable(
    codebook,
    {
      fr: "Description de chaque colonne de chaque table, en français, néerlandais et anglais.",
      nl: "Beschrijving van elke kolom van elke tabel, in het Frans, Nederlands en Engels.",
      en: "Description of every column of every table, in French, Dutch and English.",
    },
    {
      table_name: { fr: "Table", nl: "Tabel", en: "Table" },
      column_name: {
        fr: "Colonne (vide : la table elle-même)",
        nl: "Kolom (leeg: de tabel zelf)",
        en: "Column (empty: the table itself)",
      },
      column_type: { fr: "Type SQL", nl: "SQL-type", en: "SQL type" },
      description_fr: { fr: "Description en français", nl: "Beschrijving in het Frans", en: "Description in French" },
      description_nl: {
        fr: "Description en néerlandais",
        nl: "Beschrijving in het Nederlands",
        en: "Description in Dutch",
      },
      description_en: { fr: "Description en anglais", nl: "Beschrijving in het Engels", en: "Description in English" },
    },
    [],
  );
  // The codebook describes itself too, so its rows come after its columns are known.
  for (const table of [...tables, self]) {
    self.rows.push({
      table_name: table.name,
      column_name: null,
      column_type: null,
      description_fr: table.description.fr,
      description_nl: table.description.nl,
      description_en: table.description.en,
    });
    for (const c of table.columns) {
      self.rows.push({
        table_name: table.name,
        column_name: c.name,
        column_type: c.type,
        description_fr: c.description.fr,
        description_nl: c.description.nl,
        description_en: c.description.en,
      });
    }
  }
  return self;
}
