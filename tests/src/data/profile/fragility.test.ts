import { describe, expect, it } from "vitest";
import { fragilityOf, stability, weightingIds } from "../../../../src/data/profile/fragility.ts";
import { ordinal } from "../../../../src/lib/format.ts";
import { PROFILE_CSV_HEADER, profileCsv } from "../../../../src/data/profile/csv.ts";
import { profileRows } from "../../../../src/data/profile/rows.ts";
import { findArea } from "../../../../src/data/profile/territory.ts";

describe("stability(best, worst, pool)", () => {
  it("calls a rank solid up to a spread of 10 % of the pool, fairly solid up to 25 %", () => {
    expect(stability(10, 21, 116)).toBe("stable"); // 11 / 116 = 9.5 %
    expect(stability(10, 39, 116)).toBe("moderate"); // 29 / 116 = 25.0 %
    expect(stability(15, 68, 116)).toBe("sensitive"); // 53 / 116 = 45.7 %
  });
});

describe("fragilityOf(area)", () => {
  // share_65_alone left the index (two definitions in the export) and quartier 108 is no longer
  // ranked (its age shares were 109's): 115 ranked, nine weightings, 58 moves from 32nd to 23rd.
  it("gives quartier 58's rank and its range over the nine weightings", () => {
    const f = fragilityOf(findArea("quartier", "58"))!;
    expect(f.pool).toBe(115);
    expect(f.ranked).toMatchObject({ index: 0.807, rank: 23, best: 15, worst: 52, stability: "sensitive" });
    expect(f.ranked!.variants).toHaveLength(9);
    expect(weightingIds()[0]).toBe("default");
    expect(Math.min(...f.ranked!.variants.map((v) => v.rank))).toBe(15);
    expect(f.components.map((c) => c.id)).toEqual([
      "bim_share",
      "cpas_share",
      "unemployment_rate",
      "median_income",
      "share_80_plus",
    ]);
    expect(f.components.find((c) => c.id === "bim_share")).toMatchObject({ percentile: 0.807, worstDecile: false });
  });

  it("flags components in the most fragile decile (Marolles)", () => {
    const f = fragilityOf(findArea("quartier", "8"))!;
    expect(f.components.filter((c) => c.worstDecile).map((c) => c.id)).toEqual([
      "bim_share",
      "cpas_share",
      "unemployment_rate",
      "median_income",
    ]);
  });

  it("says why a quartier is not ranked", () => {
    expect(fragilityOf(findArea("quartier", "900"))!.unranked).toEqual({ kind: "not_residential", type: "park" });
    expect(fragilityOf(findArea("quartier", "6"))!.unranked).toEqual({
      kind: "too_few_residents",
      population: 329,
      minimum: 1000,
    });
    expect(fragilityOf(findArea("quartier", "115"))!.unranked).toEqual({
      kind: "incomplete_data",
      missing: ["median_income", "share_80_plus"],
    });
  });
});

describe("ordinal(n, language)", () => {
  it("writes ranks as in running text", () => {
    expect([1, 2, 3, 11, 22, 32].map((n) => ordinal(n, "en"))).toEqual(["1st", "2nd", "3rd", "11th", "22nd", "32nd"]);
    expect([1, 2, 32].map((n) => ordinal(n, "fr"))).toEqual(["1er", "2e", "32e"]);
    expect([1, 32].map((n) => ordinal(n, "nl"))).toEqual(["1e", "32e"]);
  });
});

describe("profileCsv(level, code, language)", () => {
  it("has one line per chart row, with the published values", () => {
    const lines = profileCsv("quartier", "58", "en")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(PROFILE_CSV_HEADER.join(","));
    expect(lines).toHaveLength(profileRows("quartier", "58").length + 1);
    expect(lines.find((l) => l.includes(",bim_share,"))).toContain(",38.11,,28.18,38.14,region,28.18,worse,similar,");
  });

  it("names a commune's indicators in the page's language, with its region and bassin comparisons", () => {
    const lines = profileCsv("commune", "21001", "fr")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines.find((l) => l.includes(",bim_share,"))).toBe(
      "commune,21001,Anderlecht,fragility,bim_share,Bénéficiaires de l'intervention majorée (BIM),percent,higher_is_worse,2024,36.93,partial_coverage,28.18,38.14,region,28.18,worse,similar,19,10.83,18.685,28.02,32.91,43.76,ibsa-monitoring-vulnerability",
    );
  });
});
