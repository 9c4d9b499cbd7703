import { describe, expect, it } from "vitest";
import { evaluatePreconditions, rangeApplies, type Validators } from "../../../scripts/serve/conditional.ts";

const validators: Validators = { etag: '"5a-18f"', lastModified: new Date("2026-12-06T10:00:00.500Z") };
const at = "Sun, 06 Dec 2026 10:00:00 GMT";
const before = "Sun, 06 Dec 2026 09:59:59 GMT";

describe("evaluatePreconditions(method, headers, validators)", () => {
  it("answers 304 to a GET or HEAD whose cached copy is current (ETag, weak comparison)", () => {
    expect(evaluatePreconditions("GET", { "if-none-match": '"5a-18f"' }, validators)).toBe("not-modified");
    expect(evaluatePreconditions("HEAD", { "if-none-match": 'W/"5a-18f"' }, validators)).toBe("not-modified");
    expect(evaluatePreconditions("GET", { "if-none-match": '"x", "5a-18f"' }, validators)).toBe("not-modified");
    expect(evaluatePreconditions("GET", { "if-none-match": "*" }, validators)).toBe("not-modified");
    expect(evaluatePreconditions("GET", { "if-none-match": '"5a-18f-br"' }, validators)).toBe("proceed");
  });

  it("uses If-Modified-Since only without If-None-Match, at one-second resolution", () => {
    expect(evaluatePreconditions("GET", { "if-modified-since": at }, validators)).toBe("not-modified");
    expect(evaluatePreconditions("GET", { "if-modified-since": before }, validators)).toBe("proceed");
    expect(evaluatePreconditions("GET", { "if-modified-since": "not a date" }, validators)).toBe("proceed");
    expect(evaluatePreconditions("GET", { "if-none-match": '"old"', "if-modified-since": at }, validators)).toBe(
      "proceed",
    );
  });

  it("fails If-Match and If-Unmodified-Since that the file no longer meets", () => {
    expect(evaluatePreconditions("GET", { "if-match": '"old"' }, validators)).toBe("failed");
    expect(evaluatePreconditions("GET", { "if-match": 'W/"5a-18f"' }, validators)).toBe("failed");
    expect(evaluatePreconditions("GET", { "if-match": '"5a-18f"' }, validators)).toBe("proceed");
    expect(evaluatePreconditions("GET", { "if-unmodified-since": before }, validators)).toBe("failed");
    expect(evaluatePreconditions("GET", { "if-unmodified-since": at }, validators)).toBe("proceed");
    expect(evaluatePreconditions("DELETE", { "if-none-match": "*" }, validators)).toBe("failed");
  });
});

describe("rangeApplies(ifRange, validators)", () => {
  it("honours a range without If-Range, or with this representation's strong ETag or exact date", () => {
    expect(rangeApplies(undefined, validators)).toBe(true);
    expect(rangeApplies('"5a-18f"', validators)).toBe(true);
    expect(rangeApplies(at, validators)).toBe(true);
  });

  it("sends the whole file for another version, a weak ETag or another date", () => {
    expect(rangeApplies('"old"', validators)).toBe(false);
    expect(rangeApplies('W/"5a-18f"', validators)).toBe(false);
    expect(rangeApplies(before, validators)).toBe(false);
    expect(rangeApplies("garbage", validators)).toBe(false);
  });
});
