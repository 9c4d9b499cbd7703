/**
 * What a result column holds, from its Apache Arrow type: numbers (charts, right alignment,
 * Intl formatting), text, booleans, dates and times, or something nested. The type ids are
 * Arrow's `Type` enum (tests/src/client/query/column-types.test.ts checks them against apache-arrow), so
 * this module needs no Arrow code at run time.
 */
export type ColumnKind = "number" | "text" | "boolean" | "date" | "timestamp" | "time" | "binary" | "nested" | "other";

/** The part of an Arrow DataType this module reads. */
export interface ArrowTypeLike {
  readonly typeId: number;
  readonly bitWidth?: number;
  readonly isSigned?: boolean;
  readonly precision?: number;
  readonly scale?: number;
  readonly unit?: number;
  readonly timezone?: string | null;
  readonly dictionary?: ArrowTypeLike;
  readonly children?: readonly { readonly type: ArrowTypeLike }[] | null;
}

export const ArrowTypeId = {
  Null: 1,
  Int: 2,
  Float: 3,
  Binary: 4,
  Utf8: 5,
  Bool: 6,
  Decimal: 7,
  Date: 8,
  Time: 9,
  Timestamp: 10,
  Interval: 11,
  List: 12,
  Struct: 13,
  Union: 14,
  FixedSizeBinary: 15,
  FixedSizeList: 16,
  Map: 17,
  Duration: 18,
  LargeBinary: 19,
  LargeUtf8: 20,
  Dictionary: -1,
} as const;

export function columnKind(type: ArrowTypeLike): ColumnKind {
  switch (type.typeId) {
    case ArrowTypeId.Int:
    case ArrowTypeId.Float:
    case ArrowTypeId.Decimal:
      return "number";
    case ArrowTypeId.Utf8:
    case ArrowTypeId.LargeUtf8:
      return "text";
    case ArrowTypeId.Bool:
      return "boolean";
    case ArrowTypeId.Date:
      return "date";
    case ArrowTypeId.Timestamp:
      return "timestamp";
    case ArrowTypeId.Time:
      return "time";
    case ArrowTypeId.Binary:
    case ArrowTypeId.LargeBinary:
    case ArrowTypeId.FixedSizeBinary:
      return "binary";
    case ArrowTypeId.List:
    case ArrowTypeId.FixedSizeList:
    case ArrowTypeId.Struct:
    case ArrowTypeId.Map:
    case ArrowTypeId.Union:
      return "nested";
    case ArrowTypeId.Dictionary:
      // DuckDB sends ENUM columns as dictionaries: what counts is the values' type.
      return type.dictionary ? columnKind(type.dictionary) : "other";
    default:
      return "other";
  }
}

const integerNames: Record<number, string> = { 8: "TINYINT", 16: "SMALLINT", 32: "INTEGER", 64: "BIGINT" };

/**
 * The DuckDB type a column most likely had, named as DuckDB names it. Arrow keeps most types
 * as they were; HUGEINT and DECIMAL reach the browser as DOUBLE (see src/client/duckdb-client.ts).
 */
export function sqlTypeName(type: ArrowTypeLike): string {
  switch (type.typeId) {
    case ArrowTypeId.Null:
      return "NULL";
    case ArrowTypeId.Int: {
      const name = integerNames[type.bitWidth ?? 32] ?? "INTEGER";
      return type.isSigned === false ? `U${name}` : name;
    }
    case ArrowTypeId.Float:
      return type.precision === 2 ? "DOUBLE" : "FLOAT";
    case ArrowTypeId.Decimal:
      return `DECIMAL(${type.precision},${type.scale})`;
    case ArrowTypeId.Utf8:
    case ArrowTypeId.LargeUtf8:
      return "VARCHAR";
    case ArrowTypeId.Bool:
      return "BOOLEAN";
    case ArrowTypeId.Date:
      return "DATE";
    case ArrowTypeId.Timestamp:
      return type.timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
    case ArrowTypeId.Time:
      return "TIME";
    case ArrowTypeId.Interval:
    case ArrowTypeId.Duration:
      return "INTERVAL";
    case ArrowTypeId.Binary:
    case ArrowTypeId.LargeBinary:
    case ArrowTypeId.FixedSizeBinary:
      return "BLOB";
    case ArrowTypeId.List:
    case ArrowTypeId.FixedSizeList: {
      const child = type.children?.[0]?.type;
      return `${child ? sqlTypeName(child) : "ANY"}[]`;
    }
    case ArrowTypeId.Struct:
      return "STRUCT";
    case ArrowTypeId.Map:
      return "MAP";
    case ArrowTypeId.Union:
      return "UNION";
    case ArrowTypeId.Dictionary:
      return type.dictionary ? sqlTypeName(type.dictionary) : "ENUM";
    default:
      return "?";
  }
}
