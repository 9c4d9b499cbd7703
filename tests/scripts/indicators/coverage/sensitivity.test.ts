import { describe, expect, it } from "vitest";
import { levelSensitivity, median } from "../../../../scripts/indicators/coverage/sensitivity.ts";

describe("median(values)", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow("median of an empty list");
  });
});

describe("levelSensitivity(level, pairs)", () => {
  it("gives the largest absolute move and where, and the median, over the territories with both values", () => {
    expect(
      levelSensitivity("commune", [
        { code: "a", published: 76, alternative: 55.3 },
        { code: "b", published: 50, alternative: 51 },
        { code: "c", published: 10, alternative: 10 },
        { code: "d", published: null, alternative: null },
      ]),
    ).toEqual({ level: "commune", territories: 3, max: 20.7, maxTerritory: "a", median: 1 });
    expect(levelSensitivity("region", [{ code: "r", published: null, alternative: null }])).toBeNull();
  });
});
