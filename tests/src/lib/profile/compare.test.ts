import { describe, expect, it } from "vitest";
import { compare, isSimilar, SIMILAR_ABSOLUTE_RANK, SIMILAR_RELATIVE } from "../../../../src/lib/profile/compare.ts";

describe("compare(value, benchmark, polarity, unit)", () => {
  it("states the thresholds the pages print", () => {
    expect(SIMILAR_RELATIVE).toBe(0.05);
    expect(SIMILAR_ABSOLUTE_RANK).toBe(0.05);
  });

  it("follows the polarity: a higher rate is worse, a higher income better", () => {
    // Quartier 58 against the region: BIM 38.11 % vs 28.18 %, median income 20,019 € vs 23,513 €.
    expect(compare(38.11, 28.18, "higher_is_worse", "percent")).toBe("worse");
    expect(compare(20.0, 28.18, "higher_is_worse", "percent")).toBe("better");
    expect(compare(20019, 23513, "higher_is_better", "euros")).toBe("worse");
    expect(compare(30000, 23513, "higher_is_better", "euros")).toBe("better");
  });

  it("calls a value within 5 % of the benchmark similar, the boundary included", () => {
    expect(compare(105, 100, "higher_is_worse", "percent")).toBe("similar");
    expect(compare(95, 100, "higher_is_worse", "percent")).toBe("similar");
    expect(compare(105.1, 100, "higher_is_worse", "percent")).toBe("worse");
    expect(compare(94.9, 100, "higher_is_better", "percent")).toBe("worse");
    // BIM 38.11 % against the Centre-Ouest bassin's 38.14 %.
    expect(compare(38.11, 38.14, "higher_is_worse", "percent")).toBe("similar");
    // GP need index 1.0115 against the region's 1.
    expect(compare(1.0115, 1, "higher_is_worse", "index_region_1")).toBe("similar");
  });

  it("uses an absolute 0.05 for percentile-rank indices, where 5 % of the value would be arbitrary", () => {
    expect(compare(0.55, 0.5, "higher_is_worse", "rank_0_1")).toBe("similar");
    expect(compare(0.45, 0.5, "higher_is_worse", "rank_0_1")).toBe("similar");
    expect(compare(0.56, 0.5, "higher_is_worse", "rank_0_1")).toBe("worse");
    expect(compare(0.1, 0.5, "higher_is_worse", "rank_0_1")).toBe("better");
    // Near zero a relative rule would call every difference a change: 0.04 vs 0.01 is similar here.
    expect(compare(0.04, 0.01, "higher_is_worse", "rank_0_1")).toBe("similar");
    expect(isSimilar(0.53, 0.5, "percent")).toBe(false);
    expect(isSimilar(0.53, 0.5, "rank_0_1")).toBe(true);
  });

  it("only calls a value similar to a zero benchmark when it is zero", () => {
    expect(compare(0, 0, "higher_is_worse", "count")).toBe("similar");
    expect(compare(1, 0, "higher_is_worse", "count")).toBe("worse");
    expect(compare(0.13, 0, "higher_is_better", "per_10000")).toBe("better");
  });

  it("never compares neutral indicators or missing values", () => {
    expect(compare(14879, 1246136, "neutral", "persons")).toBe("not_compared");
    expect(compare(7.53, 9.42, "neutral", "percent")).toBe("not_compared");
    expect(compare(null, 28.18, "higher_is_worse", "percent")).toBe("not_compared");
    expect(compare(38.11, null, "higher_is_worse", "percent")).toBe("not_compared");
    expect(compare(undefined, 1, "higher_is_worse", "percent")).toBe("not_compared");
  });
});
