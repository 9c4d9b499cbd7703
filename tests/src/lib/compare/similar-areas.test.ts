import { describe, expect, it } from "vitest";
import { distance, nearestProfiles } from "../../../../src/lib/compare/similar-areas.ts";

describe("nearestProfiles(profiles, code, count)", () => {
  const profiles = [
    { code: "A", ranks: [0.1, 0.1, 0.1] },
    { code: "B", ranks: [0.2, 0.1, 0.1] },
    { code: "C", ranks: [0.9, 0.9, 0.9] },
    { code: "D", ranks: [0.1, 0.4, 0.1] },
    { code: "E", ranks: [0.1, 0.1, null] },
    { code: "F", ranks: [0.0, 0.1, 0.1] },
  ];

  it("orders by Euclidean distance on the percentile ranks, ties by code, skipping incomplete profiles", () => {
    const nearest = nearestProfiles(profiles, "A", 3);
    expect(nearest.map((n) => n.code)).toEqual(["B", "F", "D"]);
    expect(nearest[0]!.distance).toBeCloseTo(0.1, 12);
    expect(nearest[2]!.distance).toBeCloseTo(0.3, 12);
  });

  it("gives none to an area without every component, or unknown", () => {
    expect(nearestProfiles(profiles, "E")).toEqual([]);
    expect(nearestProfiles(profiles, "Z")).toEqual([]);
  });

  it("refuses vectors of different lengths", () => {
    expect(distance([0, 0], [3, 4])).toBe(5);
    expect(() => distance([0], [0, 1])).toThrow("cannot compare 1 components with 2");
  });
});
