import { describe, expect, it } from "vitest";
import { kendallVariance, senSlope } from "../../../../scripts/indicators/series/trend-maths.ts";

const series = (start: number, values: number[]) => values.map((value, i) => ({ year: start + i, value }));

describe("senSlope(points)", () => {
  it("finds the slope of a straight line exactly, with an interval of width 0", () => {
    expect(senSlope(series(2010, [1, 3, 5, 7, 9]))).toEqual({ slope: 2, low: 2, high: 2 });
  });

  it("takes the median of the pairwise slopes and Sen's interval from Kendall's variance", () => {
    // Pairwise slopes, sorted: -1 -1 0.33 0.5 0.75 1 1 1.33 2 3; median 0.875. N = 10, var(S) = 16.67,
    // C = 1.96 × 4.08 = 8.0: M1 = 1, M2 + 1 = 10, the 1st and 10th slopes (same as scipy's theilslopes).
    expect(senSlope(series(2010, [1, 3, 2, 5, 4]))).toEqual({ slope: 0.875, low: -1, high: 3 });
  });

  it("gives a clear upward interval on a noisy rising series (scipy's theilslopes: 0.2333, 0.2, 0.275)", () => {
    const result = senSlope(series(2010, [3.1, 3.4, 3.3, 3.9, 4.2, 4.0, 4.6, 4.8, 4.7, 5.3]))!;
    expect(result.slope).toBeCloseTo(0.23333, 4);
    expect(result.low).toBeCloseTo(0.2, 4);
    expect(result.high).toBeCloseTo(0.275, 4);
  });

  it("uses the real gaps between years (a missing year is not a step of one)", () => {
    expect(
      senSlope([
        { year: 2010, value: 0 },
        { year: 2014, value: 4 },
        { year: 2015, value: 5 },
      ]),
    ).toEqual({ slope: 1, low: 1, high: 1 });
  });

  it("gives a slope without an interval for two points, nothing for one", () => {
    expect(senSlope(series(2020, [10, 14]))).toEqual({ slope: 4, low: null, high: null });
    expect(senSlope(series(2020, [10]))).toBeNull();
  });

  it("gives slope 0 and an interval containing 0 for a flat series", () => {
    expect(senSlope(series(2010, [5, 5, 5, 5]))).toEqual({ slope: 0, low: 0, high: 0 });
  });
});

describe("kendallVariance(values)", () => {
  it("is n(n-1)(2n+5)/18 without ties", () => {
    expect(kendallVariance([1, 2, 3, 4, 5])).toBeCloseTo(50 / 3, 10);
  });

  it("subtracts each group of ties: three equal values of four", () => {
    // (4·3·13 − 3·2·11) / 18 = (156 − 66) / 18 = 5
    expect(kendallVariance([5, 5, 5, 6])).toBe(5);
  });
});
