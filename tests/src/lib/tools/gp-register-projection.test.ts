import { describe, expect, it } from "vitest";
import { fitAffine, fromSvg, toSvg } from "../../../../src/lib/tools/gp-register-projection.ts";

describe("fitAffine(pairs)", () => {
  // A known map: px = 0.02x - 0.001y + 5, py = -0.0005x - 0.021y + 3600.
  const truth = (x: number, y: number) => [0.02 * x - 0.001 * y + 5, -0.0005 * x - 0.021 * y + 3600] as const;
  const pairs = [
    [140000, 165000],
    [155000, 168000],
    [149000, 176000],
    [145500, 171200],
  ].map(([x, y]) => ({ x: x!, y: y!, px: truth(x!, y!)[0], py: truth(x!, y!)[1] }));

  it("recovers an exact affine map and inverts it", () => {
    const affine = fitAffine(pairs);
    const [px, py] = toSvg(affine, 150000, 170000);
    expect(px).toBeCloseTo(truth(150000, 170000)[0], 6);
    expect(py).toBeCloseTo(truth(150000, 170000)[1], 6);
    const [x, y] = fromSvg(affine, px, py);
    expect(x).toBeCloseTo(150000, 4);
    expect(y).toBeCloseTo(170000, 4);
  });

  it("refuses fewer than three points and points on a line", () => {
    expect(() => fitAffine(pairs.slice(0, 2))).toThrow("an affine fit needs at least three points");
    const line = [0, 1, 2].map((i) => ({ x: i, y: 2 * i, px: i, py: i }));
    expect(() => fitAffine(line)).toThrow("the points do not span a plane: no affine fit");
  });
});
