import { describe, expect, it } from "vitest";
import {
  compareSearch,
  firstArea,
  parseAreaToken,
  parseCompareSearch,
  withArea,
  withoutArea,
  type CompareState,
} from "../../../../src/lib/compare/selection.ts";

describe("parseCompareSearch(search)", () => {
  it("reads the areas in order, the region by its token, and the reference", () => {
    const parsed = parseCompareSearch("?a=quartier:58,commune:21004,region&ref=first");
    expect(parsed.state).toEqual({
      areas: [
        { level: "quartier", code: "58" },
        { level: "commune", code: "21004" },
        { level: "region", code: null },
      ],
      reference: "first",
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.badReference).toBeNull();
  });

  it("reads percent-encoded commas and colons, spaces around tokens and sector codes ending in '-'", () => {
    const parsed = parseCompareSearch("?a=sector%3A21004A00-%2C%20bassin:CO%20");
    expect(parsed.state.areas).toEqual([
      { level: "sector", code: "21004A00-" },
      { level: "bassin", code: "CO" },
    ]);
  });

  it("defaults to the region as reference and no areas", () => {
    expect(parseCompareSearch("")).toEqual({
      state: { areas: [], reference: "region" },
      issues: [],
      badReference: null,
    });
  });

  it("drops and reports bad tokens: unknown level, unreadable code, duplicate, a fifth area", () => {
    const parsed = parseCompareSearch(
      "?a=planet:1,quartier:<script>,quartier:58,quartier:58,commune:21001,commune:21002,commune:21003,commune:21004,58",
    );
    expect(parsed.state.areas).toEqual([
      { level: "quartier", code: "58" },
      { level: "commune", code: "21001" },
      { level: "commune", code: "21002" },
      { level: "commune", code: "21003" },
    ]);
    expect(parsed.issues).toEqual([
      { token: "planet:1", problem: "level" },
      { token: "quartier:<script>", problem: "code" },
      { token: "quartier:58", problem: "duplicate" },
      { token: "commune:21004", problem: "too_many" },
      { token: "58", problem: "level" },
    ]);
  });

  it("reports an unknown reference and uses the region", () => {
    const parsed = parseCompareSearch("?a=quartier:1&ref=bassin");
    expect(parsed.state.reference).toBe("region");
    expect(parsed.badReference).toBe("bassin");
  });

  it("takes region:<code> as the region and refuses an empty code", () => {
    expect(parseAreaToken("region:04000")).toEqual({ level: "region", code: null });
    expect(parseAreaToken("quartier:")).toBe("code");
    expect(parseAreaToken("quartier:" + "1".repeat(21))).toBe("code");
  });
});

describe("compareSearch(state)", () => {
  const state: CompareState = {
    areas: [
      { level: "quartier", code: "58" },
      { level: "region", code: null },
    ],
    reference: "region",
  };

  it("writes readable commas and colons and leaves the default reference out", () => {
    expect(compareSearch(state)).toBe("?a=quartier:58,region");
    expect(compareSearch({ ...state, reference: "first" })).toBe("?a=quartier:58,region&ref=first");
    expect(compareSearch({ areas: [], reference: "region" })).toBe("");
  });

  it("round-trips through parseCompareSearch", () => {
    const written = compareSearch({ ...state, areas: [...state.areas, { level: "sector", code: "21004A00-" }] });
    expect(parseCompareSearch(written).state.areas).toHaveLength(3);
    expect(compareSearch(parseCompareSearch(written).state)).toBe(written);
  });
});

describe("withArea, withoutArea, firstArea", () => {
  const two: CompareState = {
    areas: [
      { level: "quartier", code: "1" },
      { level: "quartier", code: "2" },
    ],
    reference: "first",
  };

  it("adds at the end, never twice nor beyond four", () => {
    expect(withArea(two, { level: "quartier", code: "1" })).toBe(two);
    const four = withArea(withArea(two, { level: "commune", code: "21001" }), { level: "region", code: null });
    expect(four.areas.map((a) => a.code)).toEqual(["1", "2", "21001", null]);
    expect(withArea(four, { level: "bassin", code: "CO" })).toBe(four);
  });

  it("removes an area and moves one to the front", () => {
    expect(withoutArea(two, { level: "quartier", code: "1" }).areas).toEqual([{ level: "quartier", code: "2" }]);
    expect(firstArea(two, { level: "quartier", code: "2" }).areas.map((a) => a.code)).toEqual(["2", "1"]);
    expect(firstArea(two, { level: "quartier", code: "9" })).toBe(two);
  });
});
