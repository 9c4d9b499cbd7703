/**
 * The contract between the pipeline and the site: the in-memory form of a published table (what
 * the pipeline writes to DuckDB, Parquet and CSV) and the declared schema of each table (its name
 * and ordered, typed columns, in src/core/tables/) from which the pipeline builds the table and
 * the site parses its CSV into typed rows.
 */
import type { Localized } from "./languages.ts";

export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";

/** A published column: its declared name and type, described in the three languages. */
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

// Declarations

/** A declared column: whether it may be empty is part of the contract. */
export interface ColumnSchema<N extends string = string, T extends ColumnType = ColumnType, Nullable = boolean> {
  readonly name: N;
  readonly type: T;
  readonly nullable: Nullable;
}

/** A published table as declared: its name and its columns in published order. */
export interface TableSchema<C extends readonly ColumnSchema[] = readonly ColumnSchema[]> {
  readonly name: string;
  readonly columns: C;
}

export function tableSchema<const C extends readonly ColumnSchema[]>(name: string, columns: C): TableSchema<C> {
  return { name, columns };
}

/** A column that always has a value. */
export function required<const N extends string, const T extends ColumnType>(
  name: N,
  type: T,
): ColumnSchema<N, T, false> {
  return { name, type, nullable: false };
}

/** A column that may be empty (null). */
export function nullable<const N extends string, const T extends ColumnType>(
  name: N,
  type: T,
): ColumnSchema<N, T, true> {
  return { name, type, nullable: true };
}

/** One required VARCHAR column per language: `label_fr`, `label_nl`, `label_en`. */
export function localized<const N extends string>(name: N) {
  return [
    required(`${name}_fr`, "VARCHAR"),
    required(`${name}_nl`, "VARCHAR"),
    required(`${name}_en`, "VARCHAR"),
  ] as const;
}

interface ValueOfType {
  VARCHAR: string;
  INTEGER: number;
  DOUBLE: number;
  BOOLEAN: boolean;
}

type ValueOf<C extends ColumnSchema> = ValueOfType[C["type"]] | (C["nullable"] extends true ? null : never);

/** The typed row of a declared table: `RowOf<typeof fragility>`. */
export type RowOf<S extends TableSchema> = { [C in S["columns"][number] as C["name"]]: ValueOf<C> };

/** The names of a declared table's columns. */
export type ColumnName<S extends TableSchema> = S["columns"][number]["name"];

// Parsing

/** A published CSV that does not match its declaration; the message names the file, row and column. */
export class TableSchemaError extends Error {
  override readonly name = "TableSchemaError";
}

/**
 * Checks that `rows` (a CSV parsed with a header row, every cell as text, as Papa Parse gives it)
 * have exactly the declared columns and converts every cell to its declared type. The CSV writer
 * (DuckDB) writes null as an empty cell, booleans as true/false and numbers in their shortest
 * form; an empty cell is null, so it is accepted only where the column is nullable. `header` is
 * the CSV's header row; by default the keys of the first row (which cannot tell an empty table).
 * Rows are numbered as in the file: the header is row 1.
 */
export function parseTable<S extends TableSchema>(
  schema: S,
  rows: readonly Record<string, string>[],
  file: string,
  header: readonly string[] = Object.keys(rows[0] ?? {}),
): RowOf<S>[] {
  const declared = schema.columns.map((c) => c.name);
  if (header.join(",") !== declared.join(",")) {
    const missing = declared.filter((name) => !header.includes(name));
    const extra = header.filter((name) => !declared.includes(name));
    const problem = [
      missing.length ? `missing ${missing.map((name) => `"${name}"`).join(", ")}` : "",
      extra.length ? `undeclared ${extra.map((name) => `"${name}"`).join(", ")}` : "",
      !missing.length && !extra.length ? "columns out of order" : "",
    ].filter(Boolean);
    throw new TableSchemaError(
      `${file}, row 1: header ${header.join(",")} is not the declared ${declared.join(",")} of table ${schema.name} (${problem.join("; ")})`,
    );
  }
  return rows.map((raw, index) => {
    const row: Record<string, Cell> = {};
    for (const column of schema.columns) {
      row[column.name] = parseCell(
        column,
        raw[column.name],
        () => `${file}, row ${index + 2}, column "${column.name}"`,
      );
    }
    return row as RowOf<S>;
  });
}

const INTEGER = /^-?\d+$/;
// What DuckDB writes for a finite DOUBLE: decimal or exponent notation.
const DOUBLE = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function parseCell(column: ColumnSchema, text: string | undefined, where: () => string): Cell {
  if (text === undefined) throw new TableSchemaError(`${where()}: the row has no such cell`);
  if (text === "") {
    if (column.nullable) return null;
    throw new TableSchemaError(`${where()}: empty, but the column is not nullable`);
  }
  switch (column.type) {
    case "VARCHAR":
      return text;
    case "INTEGER":
      if (!INTEGER.test(text)) throw new TableSchemaError(`${where()}: ${JSON.stringify(text)} is not an integer`);
      return Number(text);
    case "DOUBLE":
      if (!DOUBLE.test(text)) throw new TableSchemaError(`${where()}: ${JSON.stringify(text)} is not a number`);
      return Number(text);
    case "BOOLEAN":
      if (text !== "true" && text !== "false")
        throw new TableSchemaError(`${where()}: ${JSON.stringify(text)} is not a boolean (true or false)`);
      return text === "true";
  }
}
