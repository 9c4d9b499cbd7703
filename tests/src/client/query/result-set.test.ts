import * as arrow from "apache-arrow";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../../../src/lib/csv.ts";
import { RESULT_BYTE_LIMIT } from "../../../../src/client/query/limits.ts";
import {
  batchBytes,
  collectResult,
  DISPLAY_LIMIT,
  ResultTooLargeError,
} from "../../../../src/client/query/result-set.ts";
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

/** A text column as DuckDB-WASM sends it: plain UTF-8 with offsets, buffers exactly as long as needed. */
function textTable(values: string[]): arrow.Table {
  const bytes = values.map((value) => new TextEncoder().encode(value));
  const offsets = Int32Array.from([0, ...bytes.map((_, i) => bytes.slice(0, i + 1).reduce((n, b) => n + b.length, 0))]);
  const data = new Uint8Array(offsets.at(-1)!);
  bytes.forEach((b, i) => data.set(b, offsets[i]));
  return new arrow.Table({
    text: arrow.makeVector(
      arrow.makeData({ type: new arrow.Utf8(), length: values.length, valueOffsets: offsets, data }),
    ),
  });
}

describe("collectResult(stream) under RESULT_BYTE_LIMIT", () => {
  it("fails on a result whose strings weigh more than the limit, and stops reading there", async () => {
    const big = "x".repeat(RESULT_BYTE_LIMIT / 4);
    const batches = [textTable([big]), textTable([big, big, big]), textTable(["never read"])].map((t) => t.batches[0]!);
    const read: number[] = [];
    const stream: QueryStream = {
      schema: batches[0]!.schema,
      async *[Symbol.asyncIterator]() {
        for (const [index, batch] of batches.entries()) {
          read.push(index);
          yield batch;
        }
      },
    };
    await expect(collectResult(stream)).rejects.toThrow(new ResultTooLargeError(RESULT_BYTE_LIMIT));
    // The first batch (one text) fits; the second brings the total over the limit.
    expect(read).toEqual([0, 1]);
  });

  it("keeps a result just under the limit", async () => {
    const result = await collectResult(streamOf(textTable(["x".repeat(RESULT_BYTE_LIMIT - 100)])));
    expect(result.rowCount).toBe(1);
  });
});

describe("batchBytes(batch)", () => {
  it("counts values, offsets and children", () => {
    // 6 bytes of text and 4 × 4 bytes of offsets.
    expect(batchBytes(textTable(["ab", "cde", "f"]).batches[0]!)).toBe(6 + 16);
    const numbers = arrow.makeData({ type: new arrow.Float64(), length: 3, data: Float64Array.from([1.5, 2.5, 3.5]) });
    const lists = arrow.makeData({
      type: new arrow.List(new arrow.Field("item", new arrow.Float64())),
      length: 2,
      valueOffsets: Int32Array.from([0, 2, 3]),
      child: numbers,
    });
    // 3 × 8 bytes of numbers and 3 × 4 bytes of list offsets.
    expect(batchBytes(new arrow.Table({ list: arrow.makeVector(lists) }).batches[0]!)).toBe(24 + 12);
  });

  it("counts a dictionary's values, not only its indices", () => {
    const long = "x".repeat(1000);
    const batch = arrow.tableFromArrays({ text: [long, long, long] }).batches[0]!;
    expect(batch.schema.fields[0]!.type).toBeInstanceOf(arrow.Dictionary);
    expect(batchBytes(batch)).toBeGreaterThanOrEqual(1000);
  });
});
