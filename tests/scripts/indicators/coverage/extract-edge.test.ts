import { describe, expect, it } from "vitest";
import { rectangleOutline, residentsNearExtractEdge } from "../../../../scripts/indicators/coverage/extract-edge.ts";
import { lambert72 } from "../../../../scripts/territory/geometry.ts";

describe("residentsNearExtractEdge(residents, pharmacies, edge, radii)", () => {
  it("counts the residents whose nearest known pharmacy is beyond the radius while the extract's edge is within it", () => {
    // An edge along x = 1000; residents at x = 100 (far from the edge) and x = 700 (300 m from it).
    const edge = Array.from({ length: 201 }, (_, i) => ({ x: 1000, y: -1000 + 10 * i }));
    const residents = [
      { code: "far", population: 40, points: [{ x: 100, y: 0 }], representativeOnly: false },
      {
        code: "near",
        population: 60,
        points: [
          { x: 700, y: 0 },
          { x: 100, y: 0 },
        ],
        representativeOnly: false,
      },
    ];
    // The only pharmacy is at x = -500: 600 m from x = 100, 1,200 m from x = 700.
    const found = residentsNearExtractEdge(residents, [{ x: -500, y: 0 }], edge, [500, 1000]);
    // 500 m: the x = 700 point (30 residents). 1,000 m: the same point only (x = 100 is 900 m from the
    // edge but its pharmacy, 600 m away, is already within 1,000 m).
    expect(found).toEqual(
      new Map([
        [500, 30],
        [1000, 30],
      ]),
    );
  });

  it("traces a WGS84 rectangle's edge in Lambert 72 metres, about every 10 m", () => {
    const outline = rectangleOutline({ west: 4.3, south: 50.8, east: 4.31, north: 50.81 });
    const [x0, y0] = lambert72(4.3, 50.8);
    expect(outline[0]).toEqual({ x: x0, y: y0 });
    // About 700 m by 1,100 m: a perimeter of about 3.6 km.
    expect(outline.length).toBeGreaterThan(340);
    expect(outline.length).toBeLessThan(380);
  });
});
