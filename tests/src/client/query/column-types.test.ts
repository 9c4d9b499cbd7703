import * as arrow from "apache-arrow";
import { describe, expect, it } from "vitest";
import { ArrowTypeId, columnKind, sqlTypeName, type ArrowTypeLike } from "../../../../src/client/query/column-types.ts";

const type = (t: arrow.DataType) => t as unknown as ArrowTypeLike;

describe("ArrowTypeId", () => {
  it("matches apache-arrow's Type enum", () => {
    for (const [name, id] of Object.entries(ArrowTypeId))
      expect(arrow.Type[name as keyof typeof arrow.Type], name).toBe(id);
  });
});

describe("columnKind(type) and sqlTypeName(type)", () => {
  it.each([
    [new arrow.Int32(), "number", "INTEGER"],
    [new arrow.Int64(), "number", "BIGINT"],
    [new arrow.Int8(), "number", "TINYINT"],
    [new arrow.Uint64(), "number", "UBIGINT"],
    [new arrow.Float64(), "number", "DOUBLE"],
    [new arrow.Float32(), "number", "FLOAT"],
    [new arrow.Decimal(3, 18, 128), "number", "DECIMAL(18,3)"],
    [new arrow.Utf8(), "text", "VARCHAR"],
    [new arrow.Bool(), "boolean", "BOOLEAN"],
    [new arrow.DateDay(), "date", "DATE"],
    [new arrow.TimestampMicrosecond(), "timestamp", "TIMESTAMP"],
    [new arrow.TimestampMicrosecond("UTC"), "timestamp", "TIMESTAMP WITH TIME ZONE"],
    [new arrow.TimeMicrosecond(), "time", "TIME"],
    [new arrow.Binary(), "binary", "BLOB"],
    [new arrow.List(new arrow.Field("l", new arrow.Int32())), "nested", "INTEGER[]"],
    [new arrow.Struct([new arrow.Field("a", new arrow.Int32())]), "nested", "STRUCT"],
    [new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32()), "text", "VARCHAR"],
    [new arrow.Null(), "other", "NULL"],
  ])("%s", (dataType, kind, name) => {
    expect(columnKind(type(dataType))).toBe(kind);
    expect(sqlTypeName(type(dataType))).toBe(name);
  });
});
