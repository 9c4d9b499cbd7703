import { describe, expect, it } from "vitest";
import {
  computeShortage,
  inamiClass,
  type ShortageParameters,
  type TownPractice,
  type TownSector,
} from "../../../../src/core/gp/shortage.ts";

/**
 * A small synthetic town: four sectors on a 1 km grid in two districts, three practices.
 * Old and poor "north" (need 1.5 per resident), young "south" (need 0.9).
 */
const sectors: TownSector[] = [
  { code: "n1", population: 2000, needFactor: 1.5, x: 0, y: 1000, territories: { district: "north", town: "T" } },
  { code: "n2", population: 2000, needFactor: 1.5, x: 1000, y: 1000, territories: { district: "north", town: "T" } },
  { code: "s1", population: 3000, needFactor: 0.9, x: 0, y: 0, territories: { district: "south", town: "T" } },
  { code: "s2", population: 3000, needFactor: 0.9, x: 1000, y: 0, territories: { district: "south", town: "T" } },
];
const practices: TownPractice[] = [
  { id: "p1", x: 0, y: 1100, headcount: 2, fte: 1.5, sector: "n1" },
  { id: "p2", x: 0, y: 100, headcount: 4, fte: 3.5, sector: "s1" },
  { id: "p3", x: 1000, y: 100, headcount: 3, fte: 3, sector: "s2" },
];
const parameters: ShortageParameters = {
  inami_shortage_per_1000: 0.9,
  inami_severe_per_1000: 0.5,
  catchment_m: 600,
  decay: "step",
};

describe("computeShortage(sectors, practices, levels, parameters) on a synthetic town", () => {
  const result = computeShortage(sectors, practices, ["district", "town"], parameters);
  const north = result.byLevel.get("district")!.get("north")!;
  const south = result.byLevel.get("district")!.get("south")!;
  const town = result.byLevel.get("town")!.get("T")!;

  it("counts GPs per 1,000 residents and FTE per 1,000 (worked by hand)", () => {
    // north: 2 GPs for 4,000 residents = 0.5 per 1,000; 1.5 FTE = 0.375. south: 7 for 6,000 = 1.1667; 6.5 FTE = 1.0833.
    expect(north).toMatchObject({ population: 4000, headcount: 2, fte: 1.5, gpPer1000: 0.5, ftePer1000: 0.375 });
    expect(south.gpPer1000).toBeCloseTo(7 / 6, 10);
    expect(south.ftePer1000).toBeCloseTo(6.5 / 6, 10);
    expect(town.gpPer1000).toBeCloseTo(0.9, 10);
    expect(inamiClass(north.gpPer1000!, parameters)).toBe("shortage"); // 0.5: below 0.9, not below 0.5
    expect(inamiClass(south.gpPer1000!, parameters)).toBeNull();
    expect(inamiClass(north.ftePer1000!, parameters)).toBe("severe_shortage");
    expect(inamiClass(0.8, parameters)).toBe("shortage");
  });

  it("adjusts supply for need: need-weighted residents add up to the town's residents", () => {
    // Mean need = (4000 * 1.5 + 6000 * 0.9) / 10000 = 1.14. North need-weighted: 6000 / 1.14 = 5263.16; south: 5400 / 1.14 = 4736.84.
    expect(north.needPopulation).toBeCloseTo(6000 / 1.14, 8);
    expect(south.needPopulation).toBeCloseTo(5400 / 1.14, 8);
    expect(town.needPopulation).toBeCloseTo(10000, 8);
    // Every practice has an FTE, so capacity is FTE: north 1.5 / 5263.16 * 1000 = 0.285.
    expect(result.capacityBasis).toBe("fte");
    expect(north.needAdjustedPer1000).toBeCloseTo((1.5 * 1.14 * 1000) / 6000, 10);
  });

  it("measures spatial access by 2SFCA within 600 m (step decay, worked by hand)", () => {
    // p1 reaches only n1 (100 m); n2 is 1,005 m away. Ratio 1.5 / (3000 / 1.14) per need-weighted resident.
    // p2 reaches only s1, p3 only s2: ratios 3.5 / (2700 / 1.14) and 3 / (2700 / 1.14).
    const perThousand = (capacity: number, need: number) => (1000 * capacity * 1.14) / need;
    expect(result.sectorAccess.get("n1")).toBeCloseTo(perThousand(1.5, 3000), 10); // 0.57
    expect(result.sectorAccess.get("n2")).toBe(0);
    expect(result.sectorAccess.get("s1")).toBeCloseTo(perThousand(3.5, 2700), 10); // 1.4778
    expect(result.sectorAccess.get("s2")).toBeCloseTo(perThousand(3, 2700), 10); // 1.2667
    // District access: population-weighted mean of its sectors.
    expect(north.access2sfca).toBeCloseTo(perThousand(1.5, 3000) / 2, 10);
  });

  it("gives the share of residents in sectors below the INAMI thresholds", () => {
    // Below 0.9: n1 (0.57) and n2 (0): all 4,000 of north; none of south; 40 % of the town. Below 0.5: n2 only.
    expect(north.shareBelowThreshold).toBe(100);
    expect(south.shareBelowThreshold).toBe(0);
    expect(town.shareBelowThreshold).toBe(40);
    expect(north.shareBelowSevere).toBe(50);
  });

  it("falls back to headcount when a practice has no FTE", () => {
    const headcountOnly = computeShortage(
      sectors,
      practices.map((p, i) => (i === 0 ? { ...p, fte: null } : p)),
      ["district"],
      parameters,
    );
    expect(headcountOnly.capacityBasis).toBe("headcount");
    expect(headcountOnly.byLevel.get("district")!.get("north")!.fte).toBeNull();
    expect(headcountOnly.byLevel.get("district")!.get("north")!.needAdjustedPer1000).toBeCloseTo(
      (2 * 1.14 * 1000) / 6000,
      10,
    );
  });
});
