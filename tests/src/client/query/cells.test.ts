import * as arrow from "apache-arrow";
import { describe, expect, it } from "vitest";
import { cellReader } from "../../../../src/client/query/cells.ts";
import type { ArrowTypeLike } from "../../../../src/client/query/column-types.ts";

/** The values Arrow hands out for a one-value column of `type`. */
function read(dataType: arrow.DataType, value: unknown) {
  const vector = arrow.vectorFromArray([value], dataType);
  return cellReader(dataType as unknown as ArrowTypeLike)(vector.get(0));
}

describe("cellReader(type)", () => {
  it("keeps numbers as numbers and BIGINT as exact bigints", () => {
    expect(read(new arrow.Float64(), 0.5478)).toBe(0.5478);
    expect(read(new arrow.Int32(), 145)).toBe(145);
    expect(read(new arrow.Int64(), 9007199254740993n)).toBe(9007199254740993n);
  });

  it("keeps text and booleans", () => {
    expect(read(new arrow.Utf8(), "Sint-Jans-Molenbeek")).toBe("Sint-Jans-Molenbeek");
    expect(read(new arrow.Bool(), false)).toBe(false);
  });

  it("prints dates, timestamps and times as DuckDB does (UTC)", () => {
    expect(read(new arrow.DateDay(), new Date("2024-01-01T00:00:00Z"))).toBe("2024-01-01");
    expect(read(new arrow.TimestampMillisecond(), Date.UTC(2024, 0, 1, 10, 30))).toBe("2024-01-01 10:30:00");
    expect(read(new arrow.TimestampMillisecond(), Date.UTC(2024, 0, 1, 10, 30, 0, 250))).toBe(
      "2024-01-01 10:30:00.250",
    );
    expect(cellReader(new arrow.TimeMicrosecond() as unknown as ArrowTypeLike)(36_000_000_000n)).toBe("10:00:00");
    expect(cellReader(new arrow.TimeMicrosecond() as unknown as ArrowTypeLike)(36_000_500_000n)).toBe("10:00:00.5");
  });

  it("prints blobs as DuckDB does and nested values as JSON", () => {
    expect(cellReader(new arrow.Binary() as unknown as ArrowTypeLike)(new Uint8Array([120, 0, 255]))).toBe(
      "x\\x00\\xFF",
    );
    expect(read(new arrow.List(new arrow.Field("item", new arrow.Int32())), [1, 2])).toBe("[1,2]");
    expect(read(new arrow.Struct([new arrow.Field("a", new arrow.Int64())]), { a: 3n })).toBe('{"a":"3"}');
  });

  it("turns missing values into null", () => {
    expect(read(new arrow.Utf8(), null)).toBeNull();
    expect(read(new arrow.Float64(), null)).toBeNull();
  });
});
