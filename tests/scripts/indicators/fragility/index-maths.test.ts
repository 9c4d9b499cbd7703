import { describe, expect, it } from "vitest";
import {
  fragilityIndex,
  rankComponents,
  rankRanges,
  robustnessVariants,
  type ThemeSpec,
} from "../../../../scripts/indicators/fragility/index-maths.ts";
import { percentileRanks, rankPositions } from "../../../../src/core/percentile-rank.ts";

describe("percentileRanks(values)", () => {
  it("gives the share of other values strictly lower: ties share the lowest rank", () => {
    expect(percentileRanks([10, 20, 20, 40])).toEqual([0, 1 / 3, 1 / 3, 1]);
    expect(percentileRanks([5, 5, 5])).toEqual([0, 0, 0]);
    expect(percentileRanks([3, 1, 2])).toEqual([1, 0, 0.5]);
  });
  it("ranks a single value 0 and an empty pool to nothing", () => {
    expect(percentileRanks([7])).toEqual([0]);
    expect(percentileRanks([])).toEqual([]);
  });
});

describe("rankPositions(values)", () => {
  it("puts the highest value first; ties share the best position", () => {
    expect(rankPositions([0.2, 0.9, 0.5, 0.9])).toEqual([4, 1, 3, 1]);
  });
});

// Four hand-made quartiers. A: poor and young; B: rich and old; C: middle; D: poorest, oldest.
const codes = ["A", "B", "C", "D"];
const values = {
  bim: [30, 5, 15, 40],
  income: [18_000, 30_000, 22_000, 16_000],
  old: [2, 9, 5, 10],
};
const themes: ThemeSpec[] = [
  {
    id: "socio",
    weight: 1,
    components: [
      { id: "bim", weight: 1, direction: "higher_is_worse" },
      { id: "income", weight: 1, direction: "higher_is_better" },
    ],
  },
  { id: "age", weight: 1, components: [{ id: "old", weight: 1, direction: "higher_is_worse" }] },
];

describe("fragilityIndex(codes, rankComponents(values, themes), themes, worstDecile)", () => {
  const result = fragilityIndex(codes, rankComponents(values, themes), themes, 0.9);
  const byCode = Object.fromEntries(result.map((r) => [r.code, r]));

  it("ranks each component in its own direction", () => {
    // bim ranks: A 2/3, B 0, C 1/3, D 1. income inverted: A 2/3, B 0, C 1/3, D 1. old: A 0, B 2/3, C 1/3, D 1.
    expect(byCode.A!.componentRanks).toEqual({ bim: 2 / 3, income: 2 / 3, old: 0 });
    expect(byCode.B!.componentRanks).toEqual({ bim: 0, income: 0, old: 2 / 3 });
  });

  it("ranks theme sums and the sum of theme sums", () => {
    // socio sums (in thirds): A 4, B 0, C 2, D 6 → ranks A 2/3, B 0, C 1/3, D 1
    expect(result.map((r) => r.themeScores.socio)).toEqual([2 / 3, 0, 1 / 3, 1]);
    // overall sums (in thirds): A 4, B 2, C 3, D 9 → ranks A 2/3, B 0, C 1/3, D 1; positions D, A, C, B
    expect(result.map((r) => r.index)).toEqual([2 / 3, 0, 1 / 3, 1]);
    expect(result.map((r) => r.rank)).toEqual([2, 4, 3, 1]);
  });

  it("flags the components in the worst decile and counts them", () => {
    expect(byCode.D!.flags).toEqual(["bim", "income", "old"]);
    expect(byCode.A!.flags).toEqual([]);
  });
});

describe("robustnessVariants(codes, rankComponents(values, themes), themes) and rankRanges(variants)", () => {
  const variants = robustnessVariants(codes, rankComponents(values, themes), themes);

  it("computes the alternative weightings", () => {
    expect(variants.map((v) => v.id)).toEqual([
      "default",
      "equal_components",
      "equal_themes",
      "socio_only",
      "without_bim",
      "without_income",
      "without_old",
    ]);
    // equal themes, in thirds: socio rank + age rank: A 2+0, B 0+2, C 1+1, D 3+3: A, B and C tie
    expect(variants.find((v) => v.id === "equal_themes")!.scores).toEqual([2, 2, 2, 6]);
  });

  it("gives each territory its best and worst position", () => {
    const { best, worst, ranks } = rankRanges(variants);
    // Without bim, in thirds: income A 2, B 0, C 1, D 3 plus age A 0, B 2, C 1, D 3: A, B, C tie at 2nd.
    expect(ranks.without_bim).toEqual([2, 2, 2, 1]);
    // Without the old-age share the socio theme alone decides: A 2nd, C 3rd, B last.
    expect(ranks.without_old).toEqual([2, 4, 3, 1]);
    expect(best).toEqual([2, 2, 2, 1]);
    expect(worst).toEqual([2, 4, 3, 1]);
  });
});
