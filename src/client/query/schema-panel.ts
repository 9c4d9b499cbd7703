/**
 * Every table and column of the database, described in the page's language. The list comes
 * from the database itself (DuckDB's catalog, so nothing can be missing or stale) joined with
 * the `codebook` table, which describes each column in French, Dutch and English.
 */
import type { Language } from "../../core/languages.ts";
import { DATABASE_ALIAS, type ObservatoryDb } from "../duckdb-client.ts";
import type { Formatters } from "../../lib/format.ts";
import type { Translate } from "../../i18n/format-message.ts";

export interface SchemaColumn {
  name: string;
  type: string;
  description: string;
}

export interface SchemaTable {
  name: string;
  rows: number;
  description: string;
  columns: SchemaColumn[];
}

export function schemaSql(language: Language): string {
  const description = `description_${language}`;
  return `SELECT c.table_name, c.column_name, c.data_type, t.estimated_size AS row_count,
       coalesce(cb.${description}, c.comment, '') AS column_description,
       coalesce(tb.${description}, t.comment, '') AS table_description
FROM duckdb_columns() AS c
JOIN duckdb_tables() AS t USING (database_name, schema_name, table_name)
LEFT JOIN codebook AS cb ON cb.table_name = c.table_name AND cb.column_name = c.column_name
LEFT JOIN codebook AS tb ON tb.table_name = c.table_name AND coalesce(tb.column_name, '') = ''
WHERE c.database_name = '${DATABASE_ALIAS}'
ORDER BY c.table_name, c.column_index`;
}

export async function loadSchema(db: ObservatoryDb, language: Language): Promise<SchemaTable[]> {
  const tables = new Map<string, SchemaTable>();
  for (const row of await db.query(schemaSql(language))) {
    const name = String(row.table_name);
    let table = tables.get(name);
    if (!table) {
      table = { name, rows: Number(row.row_count), description: String(row.table_description), columns: [] };
      tables.set(name, table);
    }
    table.columns.push({
      name: String(row.column_name),
      type: String(row.data_type),
      description: String(row.column_description),
    });
  }
  return [...tables.values()];
}

export interface SchemaContext {
  t: Translate;
  format: Formatters;
  /** Puts a query in the editor and runs it. */
  preview(sql: string): void;
}

export function renderSchema(
  container: HTMLElement,
  tables: SchemaTable[],
  { t, format, preview }: SchemaContext,
): void {
  const list = document.createElement("ul");
  list.className = "schema-tables";
  for (const table of tables) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    const name = document.createElement("code");
    name.textContent = table.name;
    const rows = document.createElement("span");
    rows.className = "schema-rows";
    rows.textContent = t("query.schema.rows", { rows: format.count(table.rows) });
    summary.append(name, " ", rows);

    const description = document.createElement("p");
    description.textContent = table.description;
    const show = document.createElement("button");
    show.type = "button";
    show.textContent = t("query.schema.preview", { table: table.name });
    show.addEventListener("click", () => preview(`SELECT *\nFROM ${table.name}\nLIMIT 100;\n`));

    // The columns (696 in all, 339 in indicators_wide) are written when their table is first
    // opened: most visitors open one or two, and thousands of hidden elements would only slow
    // the page's start. A summary's click (mouse or keyboard) comes before the details open.
    const columns = document.createElement("dl");
    const fill = () => {
      if (columns.childElementCount > 0) return;
      for (const column of table.columns) {
        const term = document.createElement("dt");
        const columnName = document.createElement("code");
        columnName.textContent = column.name;
        const type = document.createElement("span");
        type.className = "column-type";
        type.textContent = column.type;
        term.append(columnName, " ", type);
        const definition = document.createElement("dd");
        definition.textContent = column.description;
        columns.append(term, definition);
      }
    };
    summary.addEventListener("click", fill);
    details.addEventListener("toggle", fill);
    details.append(summary, description, show, columns);
    const item = document.createElement("li");
    item.append(details);
    list.append(item);
  }
  container.replaceChildren(list);
}
