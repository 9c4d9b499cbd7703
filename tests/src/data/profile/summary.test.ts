import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { readCsvTable } from "../../../../src/data/observatory-data.ts";
import { fragilityStanding, position, summaryInput } from "../../../../src/data/profile/summary.ts";
import { sectionSourceLine, shortSourceNames } from "../../../../src/data/profile/source-line.ts";
import { findArea } from "../../../../src/data/profile/territory.ts";
import { indicator } from "../../../../src/data/site-data.ts";

describe("the summary's facts on the published data", () => {
  it("rank quartier 58 as the fragility table does", () => {
    const row = readCsvTable("fragility").find((r) => r.level === "quartier" && r.territory_code === "58")!;
    expect(fragilityStanding(findArea("quartier", "58"))).toEqual({
      kind: "ranked",
      rank: Number(row.rank),
      pool: Number(row.pool_size),
    });
  });

  it("place a value among the ranked values from both ends, in the indicator's direction", () => {
    const shares = readCsvTable("indicators_latest")
      .filter((r) => r.level === "commune" && r.bim_share_value !== "")
      .map((r) => Number(r.bim_share_value));
    expect(shares).toHaveLength(19);
    const highest = Math.max(...shares);
    expect(position("commune", "bim_share", highest, null, "higher_is_worse")).toEqual({
      fromWorst: 1,
      fromBest: shares.length,
      pool: shares.length,
    });
    expect(position("commune", "bim_share", highest, null, "higher_is_better")).toMatchObject({ fromBest: 1 });
    expect(position("commune", "bim_share", highest, "small_denominator", "higher_is_worse")).toBeNull();
    // Ties take the last place of their group: a shared 100 % is no decile claim.
    const full = readCsvTable("indicators_latest")
      .filter((r) => r.level === "quartier" && r.share_within_500m_pharmacy_value !== "")
      .map((r) => Number(r.share_within_500m_pharmacy_value));
    const atFull = full.filter((v) => v === 100).length;
    expect(atFull).toBeGreaterThan(1);
    const shared = position("quartier", "share_within_500m_pharmacy", 100, null, "higher_is_better")!;
    expect(shared.fromBest).toBeGreaterThan(shared.pool * 0.1);
    expect(shared.fromBest).toBeLessThanOrEqual(atFull);
    expect(position("commune", "bim_share", null, null, "higher_is_worse")).toBeNull();
  });

  it("give every key figure of a commune with a verdict against the region only", () => {
    const input = summaryInput(createTranslator("nl"), "nl", findArea("commune", "21004"));
    expect(input.levels).toBe("gemeenten");
    expect(input.facts.length).toBeGreaterThan(2);
    for (const fact of input.facts) expect(["worse", "similar", "better", "not_compared"]).toContain(fact.comparison);
  });

  it("name the producers of a section in short, with the reference year", () => {
    expect(shortSourceNames([indicator("bim_share")], "fr")).toBe("IBSA / perspective.brussels");
    expect(shortSourceNames([indicator("bim_share")], "nl")).toBe("BISA / perspective.brussels");
    expect(shortSourceNames([indicator("share_within_500m_pharmacy")], "nl")).toBe("FAGG, Statbel");
    expect(sectionSourceLine(createTranslator("fr"), "fr", [indicator("bim_share")])).toBe(
      `Sources : IBSA / perspective.brussels ; année de référence ${indicator("bim_share").year}.`,
    );
  });
});
