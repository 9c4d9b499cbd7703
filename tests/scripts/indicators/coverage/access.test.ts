import { describe, expect, it } from "vitest";
import { sectorAccess } from "../../../../scripts/indicators/coverage/access.ts";
import { latticePointsInside } from "../../../../scripts/indicators/coverage/population-grid.ts";
import { serviceTargets } from "../../../../scripts/indicators/coverage/stage.ts";
import type { ServicePoint } from "../../../../scripts/indicators/coverage/services.ts";
import type { CoverageType } from "../../../../src/core/indicator-ids.ts";

/** A service point of the given type at (x, y) Lambert 72 metres; the other columns do not matter here. */
function service(type: CoverageType, x: number, y: number): ServicePoint {
  return { service_id: `${type}-${x},${y}`, type, x_l72: x, y_l72: y } as ServicePoint;
}

/** A 200 m × 50 m sector: four grid points at x = 25, 75, 125, 175 (y = 25). */
const strip = latticePointsInside(
  [
    [
      [0, 0],
      [200, 0],
      [200, 50],
      [0, 50],
      [0, 0],
    ],
  ],
  50,
);

describe("sectorAccess(residents, targets)", () => {
  it("splits a sector whose grid points straddle the radius: half its residents within 500 m, not all or none", () => {
    expect(strip).toHaveLength(4);
    // A pharmacy 425 to 575 m from the four points.
    const targets = serviceTargets([service("pharmacy", -400, 25)], []);
    const [access] = sectorAccess([{ code: "S", population: 1000, points: strip, representativeOnly: false }], targets);
    expect(access!.within.pharmacy[500]).toBe(0.5);
    expect(access!.within.pharmacy[1000]).toBe(1);
    expect(access!.meanDistance.pharmacy).toBe(500);
    // No emergency department at all: no distance, nobody within.
    expect(access!.meanDistance.hospital_emergency).toBeNull();
    expect(access!.within.hospital_emergency[1000]).toBe(0);
    expect(access!.baseOffer).toBe(1);
  });

  it("counts a pharmacy beyond the border for the residents inside it", () => {
    const residents = [{ code: "S", population: 10, points: strip, representativeOnly: false }];
    // The only Brussels pharmacy is 1.2 km away; one beyond the border is 300 m from the strip's east end.
    const brussels = [service("pharmacy", -1100, 25)];
    const beyond = [{ lon: 0, lat: 0, x: 475, y: 25 }];
    const without = sectorAccess(residents, serviceTargets(brussels, []))[0]!;
    const withBorder = sectorAccess(residents, serviceTargets(brussels, beyond))[0]!;
    expect(without.within.pharmacy[500]).toBe(0);
    expect(withBorder.within.pharmacy[500]).toBe(1);
    expect(withBorder.meanDistance.pharmacy).toBe(375);
    // Border points serve pharmacies only.
    expect(withBorder.meanDistance.dentist).toBeNull();
  });
});
