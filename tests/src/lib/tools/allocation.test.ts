import { describe, expect, it } from "vitest";
import { percentileRanks, percentileRanksOfPresent } from "../../../../src/core/percentile-rank.ts";
import {
  allocate,
  amountToUnits,
  largestRemainder,
  needScoreIndicator,
  needScores,
  unitsToAmount,
} from "../../../../src/lib/tools/allocation.ts";
import {
  ALLOCATOR_DEFAULTS,
  parseAllocatorState,
  serializeAllocatorState,
} from "../../../../src/client/tools/allocator-state.ts";
import { divergingScale, niceStep } from "../../../../src/client/tools/diverging-scale.ts";

/** A small deterministic generator (mulberry32), so that the property tests are reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("percentileRanksOfPresent(values)", () => {
  it("follows the fragility index's rule (PERCENTRANK.INC: share of the others strictly lower)", () => {
    const values = [10, 30, 20, 20, 50];
    expect(percentileRanksOfPresent(values)).toEqual([0, 0.75, 0.25, 0.25, 1]);
    expect(percentileRanksOfPresent(values)).toEqual(percentileRanks(values));
  });

  it("leaves missing values out of the ranking and missing in the result", () => {
    expect(percentileRanksOfPresent([5, null, 1, 3])).toEqual([1, null, 0, 0.5]);
    expect(percentileRanksOfPresent([null, 7])).toEqual([null, 0]);
  });
});

describe("needScores(score, values)", () => {
  it("keeps the published fragility index (already a 0–1 rank)", () => {
    expect(needScores("fragility_index", [0.25, null, 1])).toEqual([0.25, null, 1]);
  });

  it("ranks a component among the territories with a value, 1 = most need", () => {
    expect(needScores("bim_share", [40, 10, null, 25])).toEqual([1, 0, null, 0.5]);
  });

  it("inverts the median income: the lowest income has the highest need score", () => {
    expect(needScores("median_income", [30000, 18000, 24000])).toEqual([0, 1, 0.5]);
  });
});

describe("needScoreIndicator(score, published)", () => {
  it("reads the quartiers' median income as published, and the mean of their medians above the quartier", () => {
    expect(needScoreIndicator("median_income", new Set(["median_income", "bim_share"]))).toBe("median_income");
    expect(needScoreIndicator("median_income", new Set(["median_income_quartier_mean"]))).toBe(
      "median_income_quartier_mean",
    );
    expect(needScoreIndicator("bim_share", new Set(["median_income_quartier_mean"]))).toBe("bim_share");
  });
});

describe("largestRemainder(exact, target)", () => {
  it("gives the extra units to the largest remainders", () => {
    expect(largestRemainder([1.5, 1.3, 1.2], 4)).toEqual([2, 1, 1]);
    expect(largestRemainder([0.4, 0.35, 0.25], 1)).toEqual([1, 0, 0]);
  });

  it("breaks equal remainders by the larger exact value, then by position", () => {
    expect(largestRemainder([1.5, 2.5, 0.5, 0.5], 5)).toEqual([2, 3, 0, 0]);
    expect(largestRemainder([0.5, 0.5, 0.5], 1)).toEqual([1, 0, 0]);
  });

  it("always adds up exactly to the target (1,000 random cases)", () => {
    const next = random(42);
    for (let run = 0; run < 1000; run++) {
      const n = 1 + Math.floor(next() * 150);
      const weights = Array.from({ length: n }, () => (next() < 0.1 ? 0 : next() * 10_000));
      if (sum(weights) === 0) continue;
      const target = Math.floor(next() * 10_000_000);
      const exact = weights.map((w) => (target * w) / sum(weights));
      const shares = largestRemainder(exact, target);
      expect(sum(shares)).toBe(target);
      shares.forEach((s, i) => expect(Math.abs(s - exact[i]!)).toBeLessThan(1 + 1e-6));
    }
  });

  it("takes units back from the smallest remainders when the exact values exceed the target", () => {
    expect(largestRemainder([2, 2, 1.1], 4)).toEqual([2, 1, 1]);
  });

  it("refuses a non-integer or negative target", () => {
    expect(() => largestRemainder([1, 2], 2.5)).toThrow(/non-negative integer/);
    expect(() => largestRemainder([1, 2], -1)).toThrow(/non-negative integer/);
  });
});

describe("allocate({ population, need, k, units })", () => {
  const population = [12_000, 8_500, 3_200, 20_100, 640, 9_999];
  const need = [0.9, 0.1, 0.5, null, 0.3, 0.75];

  it("publishes integer shares that add up exactly to the amount", () => {
    for (const k of [0, 0.1, 0.5, 1, 2.3, 5]) {
      for (const units of [1, 7, 1_000, 1_000_000, 123_456_789]) {
        const rows = allocate({ population, need, k, units });
        expect(sum(rows.map((r) => r.share)), `k=${k} units=${units}`).toBe(units);
        rows.forEach((r) => expect(Number.isInteger(r.share)).toBe(true));
        expect(sum(rows.map((r) => r.baseline))).toBe(units);
      }
    }
  });

  it("adds up exactly on the real-size case: 145 territories, random need, random amount", () => {
    const next = random(7);
    for (let run = 0; run < 200; run++) {
      const pop = Array.from({ length: 145 }, () => (next() < 0.05 ? 0 : Math.floor(next() * 25_000)));
      const scores = pop.map(() => (next() < 0.2 ? null : next()));
      const units = 1 + Math.floor(next() * 50_000_000);
      const rows = allocate({ population: pop, need: scores, k: Math.round(next() * 50) / 10, units });
      expect(sum(rows.map((r) => r.share))).toBe(units);
      rows.forEach((r) => expect(r.share).toBeGreaterThanOrEqual(0));
    }
  });

  it("reproduces the equal-per-inhabitant split when k = 0, to the unit", () => {
    const units = 1_000_003;
    const rows = allocate({ population, need, k: 0, units });
    const total = sum(population);
    rows.forEach((r, i) => {
      expect(r.exact).toBeCloseTo((units * population[i]!) / total, 6);
      expect(r.share).toBe(r.baseline);
      expect(r.difference).toBe(0);
    });
    // The baseline is itself the largest-remainder rounding of population / total.
    expect(rows.map((r) => r.baseline)).toEqual(
      largestRemainder(
        population.map((p) => (units * p) / total),
        units,
      ),
    );
  });

  it("gives more to higher need for equal populations when k > 0 (monotonicity)", () => {
    const equal = Array.from({ length: 8 }, () => 5_000);
    const scores = [0, 0.1, 0.2, 0.35, 0.5, 0.6, 0.8, 1];
    for (const k of [0.1, 0.5, 1, 3, 5]) {
      const rows = allocate({ population: equal, need: scores, k, units: 1_000_000 });
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]!.exact, `k=${k}`).toBeGreaterThan(rows[i - 1]!.exact);
        expect(rows[i]!.share, `k=${k}`).toBeGreaterThanOrEqual(rows[i - 1]!.share);
      }
      // Score 1 against score 0: exactly (1 + k) times as much per resident.
      expect(rows.at(-1)!.exact / rows[0]!.exact).toBeCloseTo(1 + k, 9);
    }
  });

  it("gives areas without a need score exactly their baseline share, flagged", () => {
    for (const k of [0, 1, 4.2]) {
      const rows = allocate({ population, need, k, units: 777_777 });
      expect(rows[3]!.noScore).toBe(true);
      expect(rows[3]!.share).toBe(rows[3]!.baseline);
      expect(rows[3]!.exact).toBe(rows[3]!.baselineExact);
      expect(rows[3]!.relative).toBe(0);
      expect(rows.filter((r) => r.noScore)).toHaveLength(1);
    }
  });

  it("gives nothing to a territory without residents", () => {
    const rows = allocate({ population: [0, 100, 300], need: [1, 0, 0.5], k: 2, units: 1_000 });
    expect(rows[0]!.share).toBe(0);
    expect(rows[0]!.relative).toBeNull();
    expect(sum(rows.map((r) => r.share))).toBe(1_000);
  });

  it("computes the hand-worked example", () => {
    // Weights 100 × (1 + 1 × 1) = 200 and 100 × (1 + 1 × 0) = 100: two thirds and one third.
    const rows = allocate({ population: [100, 100], need: [1, 0], k: 1, units: 100 });
    expect(rows[0]!.exact).toBeCloseTo(200 / 3, 9);
    expect(rows[1]!.exact).toBeCloseTo(100 / 3, 9);
    expect(rows.map((r) => r.share)).toEqual([67, 33]);
    expect(rows.map((r) => r.difference)).toEqual([17, -17]);
  });
});

describe("amountToUnits(amount, unit)", () => {
  it("counts euros and tenths of an FTE", () => {
    expect(amountToUnits(1_000_000, "eur")).toBe(1_000_000);
    expect(amountToUnits(12.5, "fte")).toBe(125);
    expect(unitsToAmount(125, "fte")).toBe(12.5);
  });
  it("rejects cents, hundredths of an FTE, zero and negatives", () => {
    expect(amountToUnits(10.5, "eur")).toBeNull();
    expect(amountToUnits(1.25, "fte")).toBeNull();
    expect(amountToUnits(0, "eur")).toBeNull();
    expect(amountToUnits(-5, "fte")).toBeNull();
  });
});

describe("parseAllocatorState(search) and serializeAllocatorState(state)", () => {
  it("omits every default", () => {
    expect(serializeAllocatorState(ALLOCATOR_DEFAULTS)).toBe("");
    expect(parseAllocatorState("")).toEqual({ state: ALLOCATOR_DEFAULTS, issues: [], repeated: [] });
  });

  it("round-trips a full setting", () => {
    const state = {
      amount: 12.5,
      unit: "fte" as const,
      level: "commune" as const,
      need: "median_income" as const,
      k: 2.3,
    };
    const search = serializeAllocatorState(state);
    expect(search).toBe("?amount=12.5&unit=fte&level=commune&need=median_income&k=2.3");
    expect(parseAllocatorState(search)).toEqual({ state, issues: [], repeated: [] });
  });

  it("uses the unit's own default amount", () => {
    expect(parseAllocatorState("?unit=fte").state.amount).toBe(100);
    expect(serializeAllocatorState({ ...ALLOCATOR_DEFAULTS, unit: "fte", amount: 100 })).toBe("?unit=fte");
  });

  it("falls back to the default for each malformed parameter and reports it", () => {
    const { state, issues } = parseAllocatorState("?amount=-3&level=region&need=income&k=9&unit=usd");
    expect(state).toEqual(ALLOCATOR_DEFAULTS);
    expect(issues.map((i) => i.name)).toEqual(["amount", "level", "need", "k", "unit"]);
    expect(issues.at(-1)).toEqual({ name: "unit", value: "usd" });
  });

  it("rejects values off the slider's steps and written oddly", () => {
    expect(parseAllocatorState("?k=0.25").issues).toEqual([{ name: "k", value: "0.25" }]);
    expect(parseAllocatorState("?k=1e0").issues).toHaveLength(1);
    expect(parseAllocatorState("?amount=1,000").issues).toHaveLength(1);
    expect(parseAllocatorState("?amount=10.5").issues).toHaveLength(1);
    expect(parseAllocatorState("?k=0&amount=2500000").state).toMatchObject({ k: 0, amount: 2_500_000 });
  });

  it("reads the first of a parameter given twice and reports it", () => {
    const { state, issues, repeated } = parseAllocatorState("?level=commune&need=bim_share&level=bassin");
    expect(state.level).toBe("commune");
    expect(issues).toEqual([]);
    expect(repeated).toEqual([{ name: "level", count: 2, value: "commune" }]);
  });
});

describe("divergingScale(values)", () => {
  it("puts values within ±0.5 % in the neutral class and splits the rest symmetrically", () => {
    const scale = divergingScale([-0.3, -0.1, 0, 0.004, 0.12, 0.25]);
    expect(niceStep(0.1)).toBe(0.1);
    expect(scale.classOf(0)).toBe(3);
    expect(scale.classOf(0.004)).toBe(3);
    expect(scale.classOf(0.05)).toBe(4);
    expect(scale.classOf(0.25)).toBe(6);
    expect(scale.classOf(-0.3)).toBe(0);
    expect(scale.classes.reduce((n, c) => n + c.count, 0)).toBe(6);
  });

  it("keeps every value neutral at k = 0", () => {
    const scale = divergingScale([0, 0, 0]);
    expect(scale.classes.filter((c) => c.count > 0).map((c) => c.colour)).toEqual(["#f7f7f7"]);
  });
});
