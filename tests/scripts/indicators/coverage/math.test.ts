import { describe, expect, it } from "vitest";
import {
  countWithin,
  nearest,
  percent,
  ratePer,
  shareWithin,
  weightedMean,
} from "../../../../scripts/indicators/coverage/math.ts";
import { round } from "../../../../scripts/lib/round.ts";
import { planarDistance } from "../../../../src/core/distance.ts";

/**
 * Six sectors, hand-computed (population, distance in metres to the nearest service):
 *   A 100 @ 300   B 50 @ 500 (exactly on the radius)   C 0 @ 100 (no residents)
 *   D 250 @ 800   E 100 @ 1,200                         F 0 @ 2,000
 * Residents: 100 + 50 + 0 + 250 + 100 + 0 = 500.
 */
const sectors = [
  { population: 100, distance: 300 },
  { population: 50, distance: 500 },
  { population: 0, distance: 100 },
  { population: 250, distance: 800 },
  { population: 100, distance: 1200 },
  { population: 0, distance: 2000 },
];

describe("planarDistance and nearest", () => {
  it("measures straight-line distance in the coordinates' units (3-4-5 triangle)", () => {
    expect(planarDistance({ x: 150000, y: 170000 }, { x: 150300, y: 170400 })).toBe(500);
  });

  it("finds the nearest candidate; ties go to the first in the given order", () => {
    const candidates = [
      { x: 300, y: 400, id: "a" }, // 500 m
      { x: -100, y: 0, id: "b" }, // 100 m
      { x: 0, y: 100, id: "c" }, // 100 m, tie with b
      { x: 1000, y: 1000, id: "d" },
    ];
    const found = nearest({ x: 0, y: 0 }, candidates)!;
    expect(found.distance).toBe(100);
    expect(found.index).toBe(1);
    expect(found.item.id).toBe("b");
  });

  it("returns null when there is no candidate", () => {
    expect(nearest({ x: 0, y: 0 }, [])).toBeNull();
  });
});

describe("shareWithin(items, radius)", () => {
  it("counts residents within 500 m, the radius included: (100 + 50) / 500 = 30 %", () => {
    expect(shareWithin(sectors, 500)).toEqual({ value: 30, numerator: 150, denominator: 500 });
  });

  it("counts residents within 1,000 m: (100 + 50 + 250) / 500 = 80 %", () => {
    expect(shareWithin(sectors, 1000)).toEqual({ value: 80, numerator: 400, denominator: 500 });
  });

  it("gives zero-population sectors no weight, even when they are close", () => {
    const withoutEmpty = sectors.filter((s) => s.population > 0);
    expect(shareWithin(withoutEmpty, 500)).toEqual(shareWithin(sectors, 500));
    expect(
      shareWithin(
        [
          { population: 0, distance: 10 },
          { population: 10, distance: 900 },
        ],
        500,
      ),
    ).toEqual({ value: 0, numerator: 0, denominator: 10 });
  });

  it("is monotone in the radius", () => {
    let previous = -1;
    for (const radius of [0, 100, 299, 300, 500, 800, 1000, 1200, 5000]) {
      const { value } = shareWithin(sectors, radius);
      expect(value!).toBeGreaterThanOrEqual(previous);
      previous = value!;
    }
    expect(previous).toBe(100);
  });

  it("has no value for a territory without residents, and a sector without any service is never within", () => {
    expect(shareWithin([{ population: 0, distance: 50 }], 500)).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(
      shareWithin(
        [
          { population: 40, distance: null },
          { population: 60, distance: 10 },
        ],
        500,
      ),
    ).toEqual({ value: 60, numerator: 60, denominator: 100 });
  });

  it("rejects a negative population", () => {
    expect(() => shareWithin([{ population: -1, distance: 0 }], 500)).toThrow(RangeError);
  });
});

describe("weightedMean(items)", () => {
  it("weights each sector's distance by its residents: (30,000 + 25,000 + 200,000 + 120,000) / 500 = 750 m", () => {
    const items = sectors.map((s) => ({ weight: s.population, value: s.distance }));
    expect(weightedMean(items)).toEqual({ value: 750, numerator: 375_000, denominator: 500 });
  });

  it("has no value when the weights sum to 0", () => {
    expect(weightedMean([{ weight: 0, value: 120 }])).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(weightedMean([])).toEqual({ value: null, numerator: 0, denominator: 0 });
  });
});

describe("base offer: countWithin then weightedMean", () => {
  it("counts the types with a point within 1,000 m, the radius included, and ignores types without any point", () => {
    // pharmacy 300, emergency 1,001, maison médicale 1,000, dentist: none at all
    expect(countWithin([300, 1001, 1000, null], 1000)).toBe(2);
    expect(countWithin([0, 0, 0, 0], 1000)).toBe(4);
    expect(countWithin([], 1000)).toBe(0);
  });

  it("averages the sector counts by residents: (100 × 4 + 300 × 2 + 0 × 0) / 400 = 2.5 types", () => {
    const sectorCounts = [
      { weight: 100, value: countWithin([10, 20, 30, 40], 1000) },
      { weight: 300, value: countWithin([500, 2000, 999, 3000], 1000) },
      { weight: 0, value: countWithin([5000, 5000, 5000, 5000], 1000) },
    ];
    expect(sectorCounts.map((s) => s.value)).toEqual([4, 2, 0]);
    expect(weightedMean(sectorCounts)).toEqual({ value: 2.5, numerator: 1000, denominator: 400 });
  });
});

describe("ratePer(count, population)", () => {
  it("gives services per 10,000 residents: 3 pharmacies for 12,000 residents = 2.5", () => {
    expect(ratePer(3, 12_000)).toEqual({ value: 2.5, numerator: 3, denominator: 12_000 });
  });

  it("has no value without residents, and 0 when there is no service", () => {
    expect(ratePer(2, 0)).toEqual({ value: null, numerator: 2, denominator: 0 });
    expect(ratePer(0, 5_000)).toEqual({ value: 0, numerator: 0, denominator: 5_000 });
  });

  it("takes another base", () => {
    expect(ratePer(7, 3_500, 1_000)!.value).toBe(2);
  });
});

describe("percent and round", () => {
  it("computes percentages and rounds half away from zero, without -0", () => {
    expect(percent(1, 3)).toBeCloseTo(33.3333, 4);
    expect(percent(0, 0)).toBeNull();
    expect(round(33.33333, 2)).toBe(33.33);
    expect(round(2.5, 0)).toBe(3);
    expect(round(-2.5, 0)).toBe(-3);
    expect(Object.is(round(-0.001, 2), 0)).toBe(true);
    expect(round(1285.449, 1)).toBe(1285.4);
  });
});
