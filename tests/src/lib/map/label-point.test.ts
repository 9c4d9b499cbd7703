import { describe, expect, it } from "vitest";
import { labelPoint, poleOfInaccessibility, ringArea, signedDistance } from "../../../../src/lib/map/label-point.ts";

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe("label points", () => {
  it("measures ring areas and signed distances", () => {
    expect(Math.abs(ringArea(square(0, 0, 10)))).toBe(100);
    expect(signedDistance(5, 5, [square(0, 0, 10)])).toBe(5);
    expect(signedDistance(12, 5, [square(0, 0, 10)])).toBe(-2);
  });

  it("puts the name of a square at its centre", () => {
    expect(poleOfInaccessibility([square(0, 0, 100)])).toEqual([50, 50]);
  });

  it("puts the name of a U-shaped area inside one of its arms, not at the empty centre of its box", () => {
    // A U: 0–100 wide, 0–100 high, with the notch 30–70 × 0–70 cut out from the top.
    const u: [number, number][] = [
      [0, 0],
      [30, 0],
      [30, 70],
      [70, 70],
      [70, 0],
      [100, 0],
      [100, 100],
      [0, 100],
      [0, 0],
    ];
    const [x, y] = poleOfInaccessibility([u]);
    expect(signedDistance(x, y, [u])).toBeGreaterThan(14);
    expect(signedDistance(50, 35, [u])).toBeLessThan(0);
  });

  it("keeps clear of a hole", () => {
    const [x, y] = poleOfInaccessibility([square(0, 0, 100), square(20, 20, 60)]);
    expect(signedDistance(x, y, [square(0, 0, 100), square(20, 20, 60)])).toBeGreaterThanOrEqual(9.5);
  });

  it("labels an area of several polygons in its largest", () => {
    expect(labelPoint([[square(0, 0, 10)], [square(100, 100, 40)]])).toEqual([120, 120]);
  });
});
