import { describe, expect, it } from "vitest";
import {
  findPrecomputed,
  precomputedResultSet,
  type PrecomputedQueries,
} from "../../../../src/client/query/precomputed.ts";

const queries: PrecomputedQueries = {
  builtOn: "2026-12-07",
  duckdb: "v1.5.6",
  schema: [],
  results: [
    {
      sql: "SELECT 1",
      columns: [
        { name: "n", type: "BIGINT", kind: "number" },
        { name: "x", type: "DOUBLE", kind: "number" },
        { name: "s", type: "VARCHAR", kind: "text" },
      ],
      rows: [
        ["9007199254740993", 1.5, "a"],
        [null, null, null],
      ],
    },
  ],
};

describe("findPrecomputed(queries, sql) and precomputedResultSet(result)", () => {
  it("finds exactly the SQL the build ran, not an edited one", () => {
    expect(findPrecomputed(queries, "SELECT 1")).toBe(queries.results[0]);
    expect(findPrecomputed(queries, "SELECT 1 ")).toBeUndefined();
  });

  it("gives BIGINT cells back as bigints, as DuckDB-WASM's Arrow does, and every row", () => {
    const set = precomputedResultSet(queries.results[0]!);
    expect(set.displayed).toEqual([
      [9007199254740993n, 1.5, "a"],
      [null, null, null],
    ]);
    expect(set.rowCount).toBe(2);
    expect(set.truncated).toBe(false);
    expect([...set.rows()]).toEqual(set.displayed);
  });
});
