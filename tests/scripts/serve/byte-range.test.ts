import { describe, expect, it } from "vitest";
import { parseByteRange } from "../../../scripts/serve/byte-range.ts";

describe("parseByteRange(header, size)", () => {
  it("reads one range, the end clamped to the file", () => {
    expect(parseByteRange("bytes=0-0", 100)).toEqual({ kind: "partial", start: 0, end: 0 });
    expect(parseByteRange("bytes=10-19", 100)).toEqual({ kind: "partial", start: 10, end: 19 });
    expect(parseByteRange("bytes=90-", 100)).toEqual({ kind: "partial", start: 90, end: 99 });
    expect(parseByteRange("bytes=90-5000", 100)).toEqual({ kind: "partial", start: 90, end: 99 });
    expect(parseByteRange("Bytes = 99-99", 100)).toEqual({ kind: "partial", start: 99, end: 99 });
  });

  it("reads a suffix range: the last n bytes, or the whole file when shorter", () => {
    expect(parseByteRange("bytes=-10", 100)).toEqual({ kind: "partial", start: 90, end: 99 });
    expect(parseByteRange("bytes=-500", 100)).toEqual({ kind: "partial", start: 0, end: 99 });
  });

  it("is unsatisfiable only when the range starts at or after the end, or asks for no byte", () => {
    expect(parseByteRange("bytes=100-", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseByteRange("bytes=100-200", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseByteRange("bytes=-0", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseByteRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(parseByteRange("bytes=-5", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("ignores what it does not serve as one range: the whole file is sent", () => {
    for (const header of [undefined, "", "items=0-1", "bytes=5-2", "bytes=-", "bytes=a-b", "bytes=0-1,5-6"])
      expect(parseByteRange(header, 100), String(header)).toEqual({ kind: "whole" });
  });
});
