/**
 * Result values as plain cells, from what Apache Arrow hands out: numbers stay numbers (BIGINT
 * stays a bigint, so counts above 2^53 are exact), dates and times become ISO text as DuckDB
 * prints them (in UTC), nested values become JSON. The table, the chart and the CSV all read
 * these cells, so they always agree.
 */
import { columnKind, type ArrowTypeLike } from "./column-types.ts";

export type Cell = string | number | bigint | boolean | null;

/** Arrow's TimeUnit: SECOND, MILLISECOND, MICROSECOND, NANOSECOND. */
const perSecond = [1n, 1_000n, 1_000_000n, 1_000_000_000n];

export function cellReader(type: ArrowTypeLike): (value: unknown) => Cell {
  const kind = columnKind(type);
  const convert = ((): ((value: unknown) => Cell) => {
    switch (kind) {
      case "number":
        return (value) => (typeof value === "number" || typeof value === "bigint" ? value : Number(value));
      case "text":
        return (value) => String(value);
      case "boolean":
        return (value) => Boolean(value);
      case "date":
        return (value) => isoDateTime(value).slice(0, 10);
      case "timestamp":
        return (value) =>
          `${isoDateTime(value)
            .replace("T", " ")
            .replace(/\.000$/, "")}${type.timezone ? "+00" : ""}`;
      case "time":
        return (value) => timeOfDay(BigInt(value as bigint | number), perSecond[type.unit ?? 2] ?? 1_000_000n);
      case "binary":
        return (value) => blobText(value as Uint8Array);
      default:
        return (value) => jsonText(value);
    }
  })();
  return (value) => (value === null || value === undefined ? null : convert(value));
}

/** Arrow gives dates and timestamps as milliseconds since 1970 (or as Date objects). */
function isoDateTime(value: unknown): string {
  const date = value instanceof Date ? value : new Date(Number(value));
  return date.toISOString().replace(/Z$/, "");
}

function timeOfDay(ticks: bigint, ticksPerSecond: bigint): string {
  const seconds = ticks / ticksPerSecond;
  const fraction = ticks % ticksPerSecond;
  const pad = (n: bigint) => String(n).padStart(2, "0");
  const hms = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  if (fraction === 0n) return hms;
  return `${hms}.${String(fraction)
    .padStart(String(ticksPerSecond).length - 1, "0")
    .replace(/0+$/, "")}`;
}

/** As DuckDB prints a BLOB: printable ASCII as is, every other byte as \xHH. */
function blobText(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes)
    text +=
      byte >= 32 && byte < 127 && byte !== 92
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return text;
}

function jsonText(value: unknown): string {
  return (
    JSON.stringify(value, (_, v: unknown) => {
      if (typeof v === "bigint") return v.toString();
      if (ArrayBuffer.isView(v) && !(v instanceof DataView))
        return Array.from(v as unknown as ArrayLike<number | bigint>, (n) =>
          typeof n === "bigint" ? n.toString() : n,
        );
      return v;
    }) ?? String(value)
  );
}
