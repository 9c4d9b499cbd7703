import { describe, expect, it } from "vitest";
import { byarInterval, wilsonInterval } from "../../../../scripts/indicators/reliability/intervals.ts";

describe("wilsonInterval(count, total)", () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857-872, Table II, method 3 (score interval).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i of %i gives Newcombe's published %f to %f", (count, total, low, high) => {
    const interval = wilsonInterval(count, total);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("stays within 0 and 1 at the edges", () => {
    expect(wilsonInterval(0, 4).low).toBe(0);
    expect(wilsonInterval(4, 4).high).toBe(1);
  });

  it("refuses a count above its total or an empty total", () => {
    expect(() => wilsonInterval(5, 4)).toThrow("Wilson interval of 5 among 4");
    expect(() => wilsonInterval(0, 0)).toThrow("Wilson interval of 0 among 0");
  });
});

describe("byarInterval(count)", () => {
  // Exact (Garwood) Poisson 95 % limits as tabulated in Breslow and Day (1987), vol. II, Table 1;
  // Byar's approximation agrees within 0.2 % from 10 events.
  it.each([
    [10, 4.7954, 18.3904],
    [20, 12.2165, 30.8884],
  ])("%i events are close to the exact limits %f to %f", (count, low, high) => {
    const interval = byarInterval(count);
    expect(Math.abs(interval.low / low - 1)).toBeLessThan(0.002);
    expect(Math.abs(interval.high / high - 1)).toBeLessThan(0.002);
  });

  it("computes Byar's formula exactly (OHID PHEindicatormethods byars_lower/byars_upper)", () => {
    // 65 events, the package's example input; the limits follow from the formula to 4 decimals.
    expect(byarInterval(65).low).toBeCloseTo(50.1632, 4);
    expect(byarInterval(65).high).toBeCloseTo(82.8491, 4);
  });

  it("has a lower limit of 0 and an upper limit of about 3.7 for no event", () => {
    expect(byarInterval(0).low).toBe(0);
    expect(byarInterval(0).high).toBeCloseTo(3.668, 3);
  });

  it("refuses a negative count", () => {
    expect(() => byarInterval(-1)).toThrow("Byar interval of -1 events");
  });
});
