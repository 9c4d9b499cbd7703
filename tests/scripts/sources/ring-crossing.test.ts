import { describe, expect, it } from "vitest";
import { ringCrossing } from "../../../scripts/sources/ring-crossing.ts";

describe("ringCrossing(ring)", () => {
  it("finds the two edges of a bow tie", () => {
    expect(
      ringCrossing([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toEqual({ first: 0, second: 2 });
  });

  it("accepts a square, whose first and last edges meet at the closing position", () => {
    expect(
      ringCrossing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBeUndefined();
  });

  it("accepts a ring that touches itself at a vertex without crossing", () => {
    expect(
      ringCrossing([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
        [1, 1],
        [0, 0],
      ]),
    ).toBeUndefined();
  });

  it("finds a crossing between edges far apart in the ring", () => {
    const ring: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [5, 10],
      [5, -1],
      [4, -1],
      [4, 10],
      [0, 10],
      [0, 0],
    ];
    // Edges 4 and 6 both cross edge 1; the sweep meets the western one first.
    expect(ringCrossing(ring)).toEqual({ first: 0, second: 5 });
  });
});
