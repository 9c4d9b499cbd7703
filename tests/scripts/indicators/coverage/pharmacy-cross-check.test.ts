import { describe, expect, it } from "vitest";
import {
  PHARMACY_CROSS_CHECK_M,
  crossCheckPharmacies,
} from "../../../../scripts/indicators/coverage/pharmacy-cross-check.ts";
import { lambert72 } from "../../../../scripts/territory/geometry.ts";

describe("crossCheckPharmacies", () => {
  it("counts the pharmacies of each list with one of the other within the radius, OSM only inside the region", () => {
    const at = (lon: number, lat: number) => {
      const [x_l72, y_l72] = lambert72(lon, lat);
      return { x_l72, y_l72 };
    };
    const afmps = [at(4.35, 50.85), at(4.4, 50.8)];
    const osm = [
      { lon: 4.35, lat: 50.8502 }, // about 22 m north of the first AFMPS pharmacy
      { lon: 4.3, lat: 50.9 }, // far from both, outside the region
    ];
    expect(PHARMACY_CROSS_CHECK_M).toBe(50);
    expect(crossCheckPharmacies(afmps, osm, (lon) => lon > 4.32)).toEqual({
      afmpsActive: 2,
      afmpsWithOsm: 1,
      osmInRegion: 1,
      osmWithAfmps: 1,
    });
  });
});
