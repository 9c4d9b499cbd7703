import { describe, expect, it } from "vitest";
import { GRID_SPACING_M, latticePointsInside } from "../../../../scripts/indicators/coverage/population-grid.ts";

const square = (x0: number, y0: number, side: number): [number, number][] => [
  [x0, y0],
  [x0 + side, y0],
  [x0 + side, y0 + side],
  [x0, y0 + side],
  [x0, y0],
];

describe("latticePointsInside(rings, spacing)", () => {
  it("keeps the lattice points (i + ½) × spacing that fall inside a square", () => {
    expect(latticePointsInside([square(0, 0, 100)], 50)).toEqual([
      { x: 25, y: 25 },
      { x: 75, y: 25 },
      { x: 25, y: 75 },
      { x: 75, y: 75 },
    ]);
  });

  it("leaves out the points of a hole (even-odd rule)", () => {
    const points = latticePointsInside([square(0, 0, 150), square(50, 50, 50)], 50);
    expect(points).toHaveLength(8);
    expect(points).not.toContainEqual({ x: 75, y: 75 });
  });

  it("uses the fixed lattice, not one anchored on the polygon: a shifted square gets the lattice's points", () => {
    expect(latticePointsInside([square(10, 10, 50)], 50)).toEqual([{ x: 25, y: 25 }]);
    expect(latticePointsInside([square(30, 30, 10)], 50)).toEqual([]);
  });

  it("gives about one point per spacing² of area (a 1 km square holds 400 points at 50 m)", () => {
    expect(GRID_SPACING_M).toBe(50);
    expect(latticePointsInside([square(150_000, 170_000, 1000)], GRID_SPACING_M)).toHaveLength(400);
  });
});
