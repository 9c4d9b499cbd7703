import { describe, expect, it } from "vitest";
import { benchmarkFor, chartIndicators, profileRow, profileRows } from "../../../../src/data/profile/rows.ts";
import { spinePosition, spinePositions, spineStats } from "../../../../src/lib/profile/spine.ts";
import { indicator } from "../../../../src/data/site-data.ts";

describe("spineStats(values)", () => {
  it("gives range, quartiles and median by linear interpolation (R-7), worked by hand", () => {
    // Sorted 1 2 3 4 5: the quartiles fall on values.
    expect(spineStats([4, 1, 3, 2, 5])).toEqual({ n: 5, min: 1, p25: 2, median: 3, p75: 4, max: 5 });
    // Sorted 10 20 30 40: p25 at position 0.75 → 10 + 0.75 × 10 = 17.5; median 25; p75 at 2.25 → 32.5.
    expect(spineStats([40, 10, 30, 20])).toEqual({ n: 4, min: 10, p25: 17.5, median: 25, p75: 32.5, max: 40 });
    expect(spineStats([7])).toEqual({ n: 1, min: 7, p25: 7, median: 7, p75: 7, max: 7 });
    expect(spineStats([])).toBeNull();
  });
});

describe("spinePosition(value, stats, polarity)", () => {
  const stats = spineStats([10, 20, 30, 40])!;

  it("puts the worst value on the left: flipped when higher is worse", () => {
    expect(spinePosition(10, stats, "higher_is_better")).toBe(0);
    expect(spinePosition(40, stats, "higher_is_better")).toBe(1);
    expect(spinePosition(17.5, stats, "higher_is_better")).toBe(0.25);
    expect(spinePosition(10, stats, "higher_is_worse")).toBe(1);
    expect(spinePosition(40, stats, "higher_is_worse")).toBe(0);
    expect(spinePosition(17.5, stats, "higher_is_worse")).toBe(0.75);
  });

  it("runs neutral indicators from lowest to highest", () => {
    expect(spinePosition(32.5, stats, "neutral")).toBe(0.75);
  });

  it("clamps a benchmark outside the range and centres a row without spread", () => {
    expect(spinePosition(100, stats, "higher_is_better")).toBe(1);
    expect(spinePosition(100, stats, "higher_is_worse")).toBe(0);
    expect(spinePosition(3, spineStats([3, 3, 3])!, "higher_is_worse")).toBe(0.5);
  });

  it("places value, benchmark and quartile band of a row", () => {
    const row = spinePositions(stats, 25, 30, "higher_is_worse");
    expect(row).toMatchObject({ value: 0.5, p25: 0.75, p75: 0.25 });
    expect(row.benchmark).toBeCloseTo(1 / 3, 12);
    expect(spinePositions(stats, null, null, "higher_is_better")).toEqual({
      value: null,
      benchmark: null,
      p25: 0.25,
      p75: 0.75,
    });
  });
});

describe("profileRows(level, code)", () => {
  it("charts every published indicator of the level once, by family, without the ranks or the unavailable GP supply", () => {
    const ids = chartIndicators("quartier").map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain("fragility_rank");
    expect(ids).not.toContain("gp_per_1000");
    expect(ids.slice(0, 2)).toEqual(["fragility_index", "fragility_socioeconomic"]);
    const families = chartIndicators("quartier").map((i) => i.family);
    expect([...new Set(families)]).toEqual(["fragility", "gp", "coverage", "population"]);
    expect(profileRows("quartier", "58")).toHaveLength(ids.length);
  });

  it("builds quartier 58's BIM row from the published tables", () => {
    const row = profileRow("quartier", "58", "bim_share")!;
    expect(row.value).toBe(38.11);
    expect(row.region).toBe(28.18);
    expect(row.bassin).toBe(38.14);
    expect(row.benchmark).toEqual({ kind: "region", value: 28.18 });
    expect(row.comparison).toBe("worse");
    expect(row.bassinComparison).toBe("similar");
    const { min, max } = row.stats!;
    // BIM is "higher is worse": position = (max − value) / (max − min).
    expect(row.positions!.value).toBeCloseTo((max - 38.11) / (max - min), 10);
    expect(row.positions!.benchmark).toBeCloseTo((max - 28.18) / (max - min), 10);
  });

  it("compares the fragility index with the median of the level, never with a bassin", () => {
    const row = profileRow("quartier", "58", "fragility_index")!;
    // Recomputed without share_65_alone (two definitions in the export) and without quartier 108.
    expect(row.value).toBe(0.807);
    expect(row.benchmark.kind).toBe("median");
    expect(row.benchmark.value).toBe(row.stats!.median);
    expect(row.stats!.n).toBe(115);
    expect(row.bassin).toBeNull();
    expect(row.comparison).toBe("worse");
  });

  it("gives totals no benchmark and no verdict", () => {
    expect(benchmarkFor(indicator("population"), "quartier")).toEqual({ kind: "none", value: null });
    const row = profileRow("quartier", "58", "population")!;
    expect(row.value).toBe(14879);
    expect(row.comparison).toBe("not_compared");
    expect(row.positions!.benchmark).toBeNull();
  });

  it("keeps the rows of a park, with no value where indicators do not apply", () => {
    const row = profileRow("quartier", "900", "bim_share")!;
    expect(row.value).toBeNull();
    expect(row.cell!.flag).toBe("not_applicable");
    expect(row.comparison).toBe("not_compared");
    expect(row.positions!.value).toBeNull();
  });

  it("compares a bassin with the region only", () => {
    const row = profileRow("bassin", "CO", "unemployment_rate")!;
    expect(row.value).toBe(20.56);
    expect(row.bassin).toBeNull();
    expect(row.comparison).toBe("worse");
  });
});
