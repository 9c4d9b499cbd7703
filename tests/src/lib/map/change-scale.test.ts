import { describe, expect, it } from "vitest";
import { changeScale, roundStep } from "../../../../src/lib/map/change-scale.ts";

describe("roundStep(value)", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0.03, 0.7, 1, 1.2, 2.2, 3, 7, 12, 380].map(roundStep)).toEqual([0.05, 1, 1, 2, 2.5, 5, 10, 20, 500]);
  });
});

describe("changeScale(changes, polarity, same)", () => {
  const changes = [-7, -3, -0.04, 0, 0.04, 1.5, 4.5, 6];

  it("is centred on zero with symmetric round limits and counts each class", () => {
    const scale = changeScale(changes, "higher_is_worse", 0.05);
    expect(scale.classes.map((c) => [c.low, c.high, c.count])).toEqual([
      [-Infinity, -5, 1],
      [-5, -2.5, 1],
      [-2.5, -0.05, 0],
      [-0.05, 0.05, 3],
      [0.05, 2.5, 1],
      [2.5, 5, 1],
      [5, Infinity, 1],
    ]);
  });

  it("gives improvements and worsenings distinct hues whatever the polarity", () => {
    const worse = changeScale(changes, "higher_is_worse", 0.05);
    const better = changeScale(changes, "higher_is_better", 0.05);
    expect(worse.classes.map((c) => c.direction)).toEqual([
      "better",
      "better",
      "better",
      "same",
      "worse",
      "worse",
      "worse",
    ]);
    expect(better.classes.map((c) => c.direction)).toEqual([
      "worse",
      "worse",
      "worse",
      "same",
      "better",
      "better",
      "better",
    ]);
    // The strongest worsening is the same red, the strongest improvement the same blue, on either side.
    expect(worse.classes[6]!.colour).toBe("#b2182b");
    expect(better.classes[0]!.colour).toBe("#b2182b");
    expect(worse.classes[0]!.colour).toBe("#2166ac");
    expect(better.classes[6]!.colour).toBe("#2166ac");
    expect(worse.classes[3]!.colour).toBe("#f7f7f7");
  });

  it("says up and down, not better and worse, for an indicator without a direction", () => {
    const neutral = changeScale(changes, "neutral", 0.05);
    expect(neutral.classes.map((c) => c.direction)).toEqual(["down", "down", "down", "same", "up", "up", "up"]);
    expect(neutral.classes.map((c) => c.colour)).not.toContain("#b2182b");
  });

  it("keeps a usable scale when nothing changed", () => {
    const scale = changeScale([0, 0], "higher_is_worse", 0.5);
    expect(scale.classes[3]!.count).toBe(2);
    expect(scale.classes[4]!.high).toBe(1);
  });
});
