import { describe, expect, it } from "vitest";
import { compareValues, type CompareValue } from "../../../../src/lib/compare/verdict.ts";

const side = (value: number | null, extra: Partial<CompareValue> = {}): CompareValue => ({
  level: "quartier",
  value,
  flag: null,
  low: null,
  high: null,
  regionComparison: null,
  ...extra,
});
const rate = { polarity: "higher_is_worse", unit: "percent", hasRegionValue: true } as const;
const income = { polarity: "higher_is_better", unit: "euros", hasRegionValue: true } as const;

describe("compareValues(area, reference, indicator, referenceIsRegion)", () => {
  it("calls overlapping intervals similar, even when the points differ by far more than 5 %", () => {
    const a = side(30, { low: 22, high: 38 });
    const b = side(20, { low: 15, high: 26 });
    expect(compareValues(a, b, rate, false)).toEqual({ verdict: "similar", reason: "interval" });
  });

  it("follows the polarity when the intervals do not overlap: lower is better for a rate", () => {
    const high = side(30, { low: 28, high: 32 });
    const low = side(20, { low: 18, high: 22 });
    expect(compareValues(high, low, rate, false)).toEqual({ verdict: "worse", reason: "interval" });
    expect(compareValues(low, high, rate, false)).toEqual({ verdict: "better", reason: "interval" });
    expect(compareValues(low, high, { ...rate, polarity: "higher_is_better" }, false).verdict).toBe("worse");
  });

  it("tests a point against the other side's interval when only one has one", () => {
    expect(compareValues(side(21), side(20, { low: 18, high: 22 }), rate, false).verdict).toBe("similar");
    expect(compareValues(side(23), side(20, { low: 18, high: 22 }), rate, false).verdict).toBe("worse");
  });

  it("uses the 5 % point rule without intervals", () => {
    expect(compareValues(side(21000), side(20000), income, false)).toEqual({ verdict: "similar", reason: "point" });
    expect(compareValues(side(22000), side(20000), income, false)).toEqual({ verdict: "better", reason: "point" });
  });

  it("against the region, takes the published verdict of the area's interval, as the profile does", () => {
    const area = side(30, { low: 28, high: 32, regionComparison: "similar" });
    expect(compareValues(area, side(20), rate, true)).toEqual({ verdict: "similar", reason: "interval" });
    // The same values against another area are judged by the intervals themselves.
    expect(compareValues(area, side(20), rate, false)).toEqual({ verdict: "worse", reason: "interval" });
  });

  it("never calls an unreliable value better or worse: similar, cannot tell", () => {
    const small = side(60, { flag: "small_denominator" });
    expect(compareValues(small, side(20), rate, false)).toEqual({ verdict: "similar", reason: "unreliable" });
    expect(compareValues(side(20), side(60, { flag: "non_residential" }), rate, false)).toEqual({
      verdict: "similar",
      reason: "unreliable",
    });
  });

  it("keeps a withheld value withheld: no verdict", () => {
    const withheld = side(null, { flag: "suppressed_small_denominator" });
    expect(compareValues(withheld, side(20), rate, false)).toEqual({ verdict: "not_compared", reason: "missing" });
  });

  it("judges no total, no neutral indicator, and no rank against another level's", () => {
    expect(
      compareValues(side(900), side(1000), { polarity: "neutral", unit: "persons", hasRegionValue: true }, false),
    ).toEqual({ verdict: "not_compared", reason: "total" });
    expect(
      compareValues(side(9), side(12), { polarity: "neutral", unit: "percent", hasRegionValue: true }, false),
    ).toEqual({ verdict: "not_compared", reason: "neutral" });
    const index = { polarity: "higher_is_worse", unit: "rank_0_1", hasRegionValue: false } as const;
    expect(compareValues(side(0.9), side(0.2, { level: "commune" }), index, false)).toEqual({
      verdict: "not_compared",
      reason: "other_level",
    });
    expect(compareValues(side(0.9), side(0.2), index, false)).toEqual({ verdict: "worse", reason: "point" });
  });
});
