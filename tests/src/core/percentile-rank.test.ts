import { describe, expect, it } from "vitest";
import {
  lowerCounts,
  percentileRanks,
  percentileRanksOfPresent,
  rankPositions,
} from "../../../src/core/percentile-rank.ts";

describe("percentileRanks(values)", () => {
  it("gives the share of the other values strictly lower, ties sharing the lowest rank", () => {
    expect(percentileRanks([10, 20, 20, 40, 50])).toEqual([0, 0.25, 0.25, 0.75, 1]);
  });
  it("ranks a single value 0 and an empty list as empty", () => {
    expect(percentileRanks([7])).toEqual([0]);
    expect(percentileRanks([])).toEqual([]);
  });
});

describe("percentileRanksOfPresent(values)", () => {
  it("keeps missing values missing and ranks among the present ones only", () => {
    expect(percentileRanksOfPresent([30, null, 10, Number.NaN, 20])).toEqual([1, null, 0, null, 0.5]);
  });
  it("gives 0 to the only present value", () => {
    expect(percentileRanksOfPresent([null, 4])).toEqual([null, 0]);
  });
});

describe("lowerCounts(values) and rankPositions(values)", () => {
  it("counts strictly lower values, the integer numerator of the rank", () => {
    expect(lowerCounts([3, 1, 3, 2])).toEqual([2, 0, 2, 1]);
  });
  it("puts the highest value first and lets ties share the best position", () => {
    expect(rankPositions([3, 1, 3, 2])).toEqual([1, 4, 1, 3]);
  });
});
