import { describe, expect, it } from "vitest";
import { NearestIndex } from "../../../../scripts/indicators/coverage/nearest-index.ts";
import { nearest } from "../../../../scripts/indicators/coverage/math.ts";

/** A deterministic pseudo-random sequence (Park-Miller), so that the test is the same on every run. */
function lcg(seed: number) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

describe("NearestIndex(points).nearestDistance(from)", () => {
  it("gives the same distance as a linear scan, for queries inside and far outside the points' extent", () => {
    const random = lcg(42);
    for (const count of [0, 1, 5, 40, 600]) {
      const points = Array.from({ length: count }, () => ({
        x: 140_000 + random() * 20_000,
        y: 160_000 + random() * 20_000,
      }));
      const index = new NearestIndex(points);
      for (let q = 0; q < 300; q++) {
        const from = { x: 130_000 + random() * 40_000, y: 150_000 + random() * 40_000 };
        const expected = nearest(from, points)?.distance ?? null;
        const found = index.nearestDistance(from);
        if (expected === null) expect(found).toBeNull();
        else expect(found).toBeCloseTo(expected, 9);
      }
    }
  });
});
