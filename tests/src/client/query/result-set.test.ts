import * as arrow from "apache-arrow";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../../../src/lib/csv.ts";
import { collectResult, DISPLAY_LIMIT } from "../../../../src/client/query/result-set.ts";
import type { QueryStream } from "../../../../src/client/duckdb-client.ts";

/** A stream like DuckDB-WASM's: the table's schema, then its batches. */
function streamOf(table: arrow.Table, batchRows = 2048): QueryStream {
  const batches: arrow.RecordBatch[] = [];
  for (let start = 0; start < table.numRows; start += batchRows)
    batches.push(...table.slice(start, start + batchRows).batches);
  return {
    schema: table.schema,
    async *[Symbol.asyncIterator]() {
      yield* batches;
    },
  };
}

describe("collectResult(stream, onProgress)", () => {
  it("describes the columns and converts the cells", async () => {
    const table = arrow.tableFromArrays({
      quartier: ["Dansaert", "Marolles"],
      population: Int32Array.from([8942, 11000]),
      n: BigInt64Array.from([1n, 2n]),
    });
    const result = await collectResult(streamOf(table));
    expect(result.columns).toEqual([
      { name: "quartier", type: "VARCHAR", kind: "text" },
      { name: "population", type: "INTEGER", kind: "number" },
      { name: "n", type: "BIGINT", kind: "number" },
    ]);
    expect(result.rowCount).toBe(2);
    expect(result.truncated).toBe(false);
    expect(result.displayed).toEqual([
      ["Dansaert", 8942, 1n],
      ["Marolles", 11000, 2n],
    ]);
  });

  it("displays the first rows but keeps every row for the CSV", async () => {
    const count = DISPLAY_LIMIT + 2345;
    const table = arrow.tableFromArrays({ i: Int32Array.from({ length: count }, (_, i) => i) });
    const progress: number[] = [];
    const result = await collectResult(streamOf(table), (rows) => progress.push(rows));
    expect(result.rowCount).toBe(count);
    expect(result.displayed).toHaveLength(DISPLAY_LIMIT);
    expect(result.displayed.at(-1)).toEqual([DISPLAY_LIMIT - 1]);
    expect([...result.rows()]).toHaveLength(count);
    expect(progress.at(-1)).toBe(count);
    const csv = toCsv(
      result.columns.map((c) => c.name),
      result.rows(),
    );
    expect(csv.split("\r\n").at(-2)).toBe(String(count - 1));
  });

  it("handles a result without rows", async () => {
    const table = new arrow.Table(new arrow.Schema([new arrow.Field("x", new arrow.Utf8())]));
    const result = await collectResult({ schema: table.schema, async *[Symbol.asyncIterator]() {} });
    expect(result.columns.map((c) => c.name)).toEqual(["x"]);
    expect(result.rowCount).toBe(0);
    expect(result.displayed).toEqual([]);
  });
});
