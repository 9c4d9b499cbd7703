/** The in-memory form of every published table; the writers turn it into DuckDB, Parquet and CSV. */

export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";

/** Text in the three languages of the site. */
export interface Localized {
  fr: string;
  nl: string;
  en: string;
}

export interface Column {
  name: string;
  type: ColumnType;
  description: Localized;
}

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Table {
  name: string;
  description: Localized;
  columns: Column[];
  /** Rows in their published order: stages sort them so that outputs are byte-identical run to run. */
  rows: Row[];
}

/** Shorthand for column declarations: `column("population", "INTEGER", {fr, nl, en})`. */
export function column(name: string, type: ColumnType, description: Localized): Column {
  return { name, type, description };
}

/** One VARCHAR column per language (`label_fr`, `label_nl`, `label_en`), each described with its language. */
export function localizedColumns(name: string, what: Localized): Column[] {
  return (["fr", "nl", "en"] as const).map((language) =>
    column(`${name}_${language}`, "VARCHAR", {
      fr: `${what.fr} (${language})`,
      nl: `${what.nl} (${language})`,
      en: `${what.en} (${language})`,
    }),
  );
}
