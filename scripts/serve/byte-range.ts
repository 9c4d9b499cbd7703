/**
 * The byte range a `Range` request header asks of a file of `size` bytes (RFC 9110 §14.1.2).
 *
 * One range is answered with 206. A header that does not parse, a unit other than bytes or a
 * request for several ranges is answered with the whole file (200), which RFC 9110 §14.2 allows:
 * DuckDB-WASM and the browser's cache only ever ask one range. 416 only when the range starts at
 * or after the end of the file, or asks for the last 0 bytes. https://www.rfc-editor.org/rfc/rfc9110#section-14
 */
export type ByteRange =
  { kind: "whole" } | { kind: "unsatisfiable" } | { kind: "partial"; start: number; /** inclusive */ end: number };

const WHOLE: ByteRange = { kind: "whole" };
const UNSATISFIABLE: ByteRange = { kind: "unsatisfiable" };

export function parseByteRange(header: string | undefined, size: number): ByteRange {
  if (header === undefined) return WHOLE;
  const unit = /^\s*bytes\s*=(.*)$/i.exec(header);
  if (!unit) return WHOLE;
  const specs = unit[1]!.split(",").map((spec) => spec.trim());
  if (specs.length !== 1) return WHOLE;
  const spec = /^(\d*)-(\d*)$/.exec(specs[0]!);
  if (!spec) return WHOLE;
  const [, first, last] = spec as unknown as [string, string, string];
  if (first === "" && last === "") return WHOLE;
  if (first === "") {
    // Suffix range: the last `last` bytes (all of them when the file is shorter).
    const length = Number(last);
    if (length === 0 || size === 0) return UNSATISFIABLE;
    return { kind: "partial", start: Math.max(size - length, 0), end: size - 1 };
  }
  const start = Number(first);
  // "bytes=5-2" is invalid, not unsatisfiable: the header is ignored.
  if (last !== "" && Number(last) < start) return WHOLE;
  if (start >= size) return UNSATISFIABLE;
  return { kind: "partial", start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}
