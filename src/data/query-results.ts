/**
 * The workspace's precomputed results (src/client/query/precomputed.ts): every example and the
 * schema query, run at build time by DuckDB in Node (the same 1.x family as the browser's
 * DuckDB-WASM) on the published observatory.duckdb, attached read-only as the browser attaches it.
 * The output depends only on the published data: the date is the data's release date.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Language } from "../core/languages.ts";
import { DATABASE_ALIAS } from "../client/duckdb-client.ts";
import { exampleSql, examples } from "../client/query/examples.ts";
import {
  BIGINT_TYPES,
  PRECOMPUTED_KINDS,
  type JsonCell,
  type PrecomputedQueries,
  type PrecomputedResult,
} from "../client/query/precomputed.ts";
import type { ColumnKind } from "../client/query/column-types.ts";
import type { SchemaTable } from "../client/query/schema-panel.ts";
import { schemaSql } from "../client/query/schema-panel.ts";
import { createTranslator } from "../i18n/translate.ts";
import { publishedPath, readManifest } from "./observatory-data.ts";

let connection: Promise<DuckDBConnection> | undefined;

/** One read-only connection for the whole build, with the database attached under the browser's alias. */
function database(): Promise<DuckDBConnection> {
  connection ??= (async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const opened = await instance.connect();
    await opened.run(`ATTACH '${publishedPath("observatory.duckdb")}' AS ${DATABASE_ALIAS} (READ_ONLY)`);
    await opened.run(`USE ${DATABASE_ALIAS}`);
    return opened;
  })();
  return connection;
}

/**
 * DuckDB-WASM opens the database with `castDecimalToDouble`: DECIMAL and HUGEINT columns reach the
 * browser as DOUBLE. The precomputed result names them as the browser does.
 */
function browserType(type: string): string {
  return /^(DECIMAL|HUGEINT|UHUGEINT)/.test(type) ? "DOUBLE" : type;
}

const KIND_OF: Record<string, ColumnKind> = {
  TINYINT: "number",
  SMALLINT: "number",
  INTEGER: "number",
  BIGINT: "number",
  UTINYINT: "number",
  USMALLINT: "number",
  UINTEGER: "number",
  UBIGINT: "number",
  FLOAT: "number",
  DOUBLE: "number",
  VARCHAR: "text",
  BOOLEAN: "boolean",
};

/** Runs `sql` and returns its result as JSON; a column type the build does not convert stops it. */
export async function runForSite(sql: string): Promise<PrecomputedResult> {
  const reader = await (await database()).runAndReadAll(sql);
  const columns = reader.columnNames().map((name, index) => {
    const type = browserType(String(reader.columnTypes()[index]));
    const kind = KIND_OF[type];
    if (!kind || !PRECOMPUTED_KINDS.has(kind))
      throw new Error(
        `Precomputed query: column "${name}" has type ${type}, which the build does not convert:\n${sql}`,
      );
    return { name, type, kind };
  });
  const rows = reader.getRowsJS().map((row) =>
    row.map((value, index): JsonCell => {
      if (value === null) return null;
      if (typeof value === "bigint") return BIGINT_TYPES.has(columns[index]!.type) ? String(value) : Number(value);
      if (typeof value === "number" && !Number.isFinite(value))
        throw new Error(
          `Precomputed query: column "${columns[index]!.name}" holds ${value}, which JSON cannot:\n${sql}`,
        );
      return value as JsonCell;
    }),
  );
  return { sql, columns, rows };
}

async function schemaTables(language: Language): Promise<SchemaTable[]> {
  const result = await runForSite(schemaSql(language));
  const at = (name: string) => result.columns.findIndex((c) => c.name === name);
  const tables = new Map<string, SchemaTable>();
  for (const row of result.rows) {
    const name = String(row[at("table_name")]);
    let table = tables.get(name);
    if (!table) {
      const description = String(row[at("table_description")]);
      table = { name, rows: Number(row[at("row_count")]), description, columns: [] };
      tables.set(name, table);
    }
    table.columns.push({
      name: String(row[at("column_name")]),
      type: String(row[at("data_type")]),
      description: String(row[at("column_description")]),
    });
  }
  return [...tables.values()];
}

/** The page's examples with their results, and its schema panel, in one language. */
export async function precomputedQueries(language: Language): Promise<PrecomputedQueries> {
  const t = createTranslator(language);
  const results: PrecomputedResult[] = [];
  for (const example of examples)
    results.push(await runForSite(exampleSql(example, language, t(`query.example.${example.id}`))));
  const version = (await (await database()).runAndReadAll("SELECT version()")).getRows()[0]![0];
  return {
    builtOn: readManifest().release_date ?? "",
    duckdb: String(version),
    results,
    schema: await schemaTables(language),
  };
}
