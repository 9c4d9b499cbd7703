/**
 * Results that exist before the engine: the build runs the workspace's examples and its schema
 * query with DuckDB in Node on the published database (src/data/query-results.ts) and writes them
 * to /site-data/query-<language>.json. The workspace shows them at once, marked as computed when
 * the site was built, while DuckDB-WASM starts; a query the visitor edits runs on the engine.
 */
import type { Language } from "../../core/languages.ts";
import { siteDataPath } from "../../lib/routes.ts";
import { fetchJson } from "../fetch-json.ts";
import type { Cell } from "./cells.ts";
import type { ColumnKind } from "./column-types.ts";
import type { ResultColumn, ResultSet } from "./result-set.ts";
import type { SchemaTable } from "./schema-panel.ts";

/** A cell as JSON holds it: BIGINT values as decimal text (restored to bigints, as Arrow gives them). */
export type JsonCell = string | number | boolean | null;

export interface PrecomputedResult {
  sql: string;
  columns: ResultColumn[];
  rows: JsonCell[][];
}

export interface PrecomputedQueries {
  /** The published data's release date (ISO), the day the results were computed for. */
  builtOn: string;
  /** DuckDB's version in Node, e.g. "v1.5.6". */
  duckdb: string;
  results: PrecomputedResult[];
  /** The schema panel's tables (schema-panel.ts `schemaSql`). */
  schema: SchemaTable[];
}

/** Column types whose values Arrow hands over as bigints. */
export const BIGINT_TYPES = new Set(["BIGINT", "UBIGINT"]);

/** Kinds the build converts; any other stops it (src/data/query-results.ts). */
export const PRECOMPUTED_KINDS: ReadonlySet<ColumnKind> = new Set(["number", "text", "boolean"]);

export const loadPrecomputed = (language: Language) => fetchJson<PrecomputedQueries>(siteDataPath(`query-${language}`));

/** The precomputed result of exactly this SQL, if the build ran it. */
export function findPrecomputed(queries: PrecomputedQueries, sql: string): PrecomputedResult | undefined {
  return queries.results.find((result) => result.sql === sql);
}

/** A precomputed result as the workspace's result set, the same values DuckDB-WASM's stream gives. */
export function precomputedResultSet(result: PrecomputedResult): ResultSet {
  const displayed: Cell[][] = result.rows.map((row) =>
    row.map((cell, index) =>
      cell !== null && BIGINT_TYPES.has(result.columns[index]!.type) ? BigInt(cell as string) : cell,
    ),
  );
  return {
    columns: result.columns,
    rowCount: displayed.length,
    truncated: false,
    displayed,
    *rows() {
      yield* displayed;
    },
  };
}
