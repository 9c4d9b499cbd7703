import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from "@duckdb/node-api";
import type { Cell, Column, Table } from "../../src/core/table-schema.ts";
import { indicators_latest, latestLevelFile } from "../../src/core/tables/indicators_latest.ts";

export const DATABASE_FILE = "observatory.duckdb";

/**
 * DuckDB-WASM 1.32 (DuckDB 1.4.3) must ATTACH what DuckDB 1.5 writes here: pin the storage
 * format to one both read.
 *
 * Byte-identical builds: DuckDB copies parts of its memory blocks that it never initialised
 * (padding, unused string-heap space) into the file, and reused memory holds whatever the
 * previous task left there. Flushing the allocator after every task hands each new block fresh
 * (zeroed) pages, and uncompressed segments leave no bit-packing padding; together they made
 * the file identical run after run (tests/pipeline.test.ts checks it).
 */
const STORAGE_VERSION = "v1.0.0";

/**
 * Writes every table to the browser's DuckDB file (with table and column comments) and,
 * for downloads, to tables/<name>.parquet and tables/<name>.csv (UTF-8, header row).
 */
export async function writeTables(tables: Table[], dir: string): Promise<void> {
  mkdirSync(join(dir, "tables"), { recursive: true });
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    await connection.run("SET allocator_flush_threshold = '1B'");
    await connection.run("SET allocator_bulk_deallocation_flush_threshold = '1B'");
    await connection.run("PRAGMA force_compression = 'uncompressed'");
    // Load in memory first (the downloads are exported from there), then copy each table into
    // the file in one statement.
    for (const table of tables) {
      await connection.run(
        `CREATE TABLE memory.${table.name} (${table.columns.map((c) => `${c.name} ${c.type}`).join(", ")})`,
      );
      const appender = await connection.createAppender(table.name, "main", "memory");
      for (const row of table.rows) {
        for (const c of table.columns) append(appender, c, row[c.name] ?? null, table.name);
        appender.endRow();
      }
      appender.closeSync();
      const base = join(dir, "tables", table.name);
      await connection.run(
        `COPY memory.${table.name} TO ${quote(`${base}.parquet`)} (FORMAT parquet, COMPRESSION zstd)`,
      );
      await connection.run(`COPY memory.${table.name} TO ${quote(`${base}.csv`)} (FORMAT csv, HEADER true)`);
      if (table.name === indicators_latest.name) await writeLevelFiles(connection, table, dir);
    }
    await connection.run(`ATTACH ${quote(join(dir, DATABASE_FILE))} AS obs (STORAGE_VERSION '${STORAGE_VERSION}')`);
    for (const table of tables) {
      await connection.run(
        `CREATE TABLE obs.${table.name} (${table.columns.map((c) => `${c.name} ${c.type}`).join(", ")})`,
      );
      await connection.run(`COMMENT ON TABLE obs.${table.name} IS ${quote(table.description.en)}`);
      for (const c of table.columns)
        await connection.run(`COMMENT ON COLUMN obs.${table.name}.${c.name} IS ${quote(c.description.en)}`);
      await connection.run(`INSERT INTO obs.${table.name} SELECT * FROM memory.${table.name}`);
    }
    await connection.run("DETACH obs");
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** One file per level of indicators_latest (latest/<level>.csv and .parquet): a spreadsheet per level. */
async function writeLevelFiles(connection: DuckDBConnection, table: Table, dir: string): Promise<void> {
  mkdirSync(join(dir, "latest"), { recursive: true });
  for (const level of new Set(table.rows.map((row) => String(row.level)))) {
    const select = `(SELECT * FROM memory.${table.name} WHERE level = ${quote(level)})`;
    const file = (extension: "csv" | "parquet") => quote(join(dir, latestLevelFile(level, extension)));
    await connection.run(`COPY ${select} TO ${file("parquet")} (FORMAT parquet, COMPRESSION zstd)`);
    await connection.run(`COPY ${select} TO ${file("csv")} (FORMAT csv, HEADER true)`);
  }
}

function append(appender: DuckDBAppender, column: Column, value: Cell, table: string): void {
  if (value === null) return appender.appendNull();
  const fail = () =>
    new Error(`table ${table}, column ${column.name}: ${JSON.stringify(value)} is not a ${column.type}`);
  switch (column.type) {
    case "VARCHAR":
      if (typeof value !== "string") throw fail();
      return appender.appendVarchar(value);
    case "INTEGER":
      if (typeof value !== "number" || !Number.isInteger(value)) throw fail();
      return appender.appendInteger(value);
    case "DOUBLE":
      if (typeof value !== "number" || !Number.isFinite(value)) throw fail();
      return appender.appendDouble(value);
    case "BOOLEAN":
      if (typeof value !== "boolean") throw fail();
      return appender.appendBoolean(value);
  }
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
