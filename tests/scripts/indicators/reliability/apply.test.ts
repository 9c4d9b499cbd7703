import { describe, expect, it } from "vitest";
import type { IndicatorDefinition, IndicatorValue } from "../../../../scripts/indicators/indicator-model.ts";
import { applyReliability } from "../../../../scripts/indicators/reliability/apply.ts";
import { compareWithRegion, decimalsOf, intervalOf } from "../../../../scripts/indicators/reliability/compare.ts";
import { withReliabilityNote } from "../../../../scripts/indicators/reliability/parameters.ts";
import { reliabilityNotes } from "../../../../scripts/indicators/reliability/quality-notes.ts";
import { treatmentOf, withFlag, type TerritoryResidents } from "../../../../scripts/indicators/reliability/rule.ts";

const definition = (id: string, unit: string, polarity: IndicatorDefinition["polarity"]): IndicatorDefinition => ({
  id,
  family: "coverage",
  label: { fr: id, nl: id, en: id },
  unit,
  polarity,
  year: 2024,
  method: { fr: "Méthode.", nl: "Methode.", en: "Method." },
  sources: [],
  status: "published",
});

const DEFINITIONS = [
  definition("rate", "per_10000", "higher_is_better"),
  definition("share", "percent", "higher_is_better"),
  definition("distance", "metres", "higher_is_worse"),
  definition("population", "persons", "neutral"),
  definition("neutral_share", "percent", "neutral"),
];

// A residential quartier above the threshold, one below, a park below and an industrial zone above.
const TERRITORIES: TerritoryResidents[] = [
  { level: "region", code: "R", population: 100_000, residential: true },
  { level: "quartier", code: "big", population: 5_000, residential: true },
  { level: "quartier", code: "small", population: 329, residential: true },
  { level: "quartier", code: "park", population: 4, residential: false },
  { level: "quartier", code: "industry", population: 1_903, residential: false },
  { level: "sector", code: "s1", population: 12, residential: true },
];

const row = (
  level: string,
  code: string,
  indicator: string,
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
  flag: string | null = null,
): IndicatorValue => ({
  level,
  territory_code: code,
  indicator_id: indicator,
  year: 2024,
  value,
  numerator,
  denominator,
  flag,
});

const apply = (values: IndicatorValue[]) =>
  applyReliability(values, DEFINITIONS, TERRITORIES, { minResidents: 1000, regionLevel: "region" });

describe("applyReliability(values, definitions, territories, settings)", () => {
  const values = apply([
    row("region", "R", "rate", 4.3, 43, 100_000),
    row("region", "R", "share", 95, 95_000, 100_000),
    row("quartier", "big", "rate", 20, 10, 5_000),
    row("quartier", "small", "rate", 91.19, 3, 329),
    row("quartier", "small", "share", 22.19, 73, 329, "partial_source"),
    row("quartier", "park", "share", 100, 4, 4),
    row("quartier", "industry", "share", 95.1, 1_810, 1_903),
    row("quartier", "small", "distance", 209.3),
    row("quartier", "small", "population", 329),
    row("quartier", "small", "share", null, null, null, "not_applicable"),
    row("sector", "s1", "distance", 350),
  ]);
  const find = (code: string, indicator: string, value?: number | null) =>
    values.find(
      (v) => v.territory_code === code && v.indicator_id === indicator && (value === undefined || v.value === value),
    )!;

  it("withholds a rate per 10,000 of a territory below the threshold and says why, keeping its count", () => {
    expect(find("small", "rate")).toMatchObject({
      value: null,
      numerator: 3,
      denominator: 329,
      flag: "suppressed_small_denominator",
      ci_low: null,
      ci_high: null,
      region_comparison: null,
    });
  });

  it("publishes a share below the threshold with small_denominator after the existing flag, and its interval", () => {
    expect(find("small", "share", 22.19)).toMatchObject({
      value: 22.19,
      flag: "partial_source;small_denominator",
      ci_low: 18,
      ci_high: 27,
      region_comparison: "worse",
    });
  });

  it("flags a mean below the threshold, and leaves counts of persons and a sector's distance alone", () => {
    expect(find("small", "distance").flag).toBe("small_denominator");
    expect(find("small", "population").flag).toBeNull();
    expect(find("s1", "distance").flag).toBeNull();
  });

  it("marks non-residential quartiers, whatever their residents", () => {
    expect(find("park", "share").flag).toBe("non_residential;small_denominator");
    expect(find("industry", "share").flag).toBe("non_residential");
  });

  it("leaves a missing value as it was", () => {
    expect(find("small", "share", null)).toMatchObject({ flag: "not_applicable", ci_low: null });
  });

  it("publishes a Byar interval for a rate and calls it similar when it contains the region's value", () => {
    // 10 events among 5,000: Byar 4.7874–18.3915 events, so 9.5–36.8 per 10,000.
    expect(find("big", "rate")).toMatchObject({ ci_low: 9.5, ci_high: 36.8, region_comparison: "better" });
    expect(find("R", "rate")).toMatchObject({ ci_low: 3.1, ci_high: 5.8, region_comparison: null });
  });

  it("stops on a value whose indicator or territory is unknown", () => {
    expect(() => apply([row("quartier", "big", "unknown", 1)])).toThrow("indicators: unknown has no catalogue entry");
    expect(() => apply([row("quartier", "nowhere", "rate", 1)])).toThrow(
      "indicators: quartier nowhere is not a territory",
    );
  });
});

describe("compareWithRegion(interval, region, polarity)", () => {
  it("says similar when the interval contains the region, otherwise better or worse by polarity", () => {
    expect(compareWithRegion({ low: 10, high: 20 }, 20, "higher_is_worse")).toBe("similar");
    expect(compareWithRegion({ low: 10, high: 20 }, 5, "higher_is_worse")).toBe("worse");
    expect(compareWithRegion({ low: 10, high: 20 }, 5, "higher_is_better")).toBe("better");
    expect(compareWithRegion({ low: 10, high: 20 }, 25, "higher_is_better")).toBe("worse");
    expect(compareWithRegion({ low: 10, high: 20 }, 25, "neutral")).toBe("lower");
    expect(compareWithRegion({ low: 10, high: 20 }, 5, "neutral")).toBe("higher");
  });
});

describe("intervalOf(unit, row)", () => {
  it("rounds outwards so that the published interval contains what it rounds", () => {
    // Wilson of 81/263: 25.53 % to 36.62 %.
    expect(intervalOf("percent", { numerator: 81, denominator: 263 })).toEqual({ low: 25.5, high: 36.7 });
    expect(intervalOf("percent", { numerator: 4, denominator: 4 })!.high).toBe(100);
  });

  it("is never finer than the indicator's published values", () => {
    // Shares published in whole points: 81/263 gives 25 to 37.
    expect(intervalOf("percent", { numerator: 81, denominator: 263 }, 0)).toEqual({ low: 25, high: 37 });
    expect(intervalOf("percent", { numerator: 81, denominator: 263 }, 2)).toEqual({ low: 25.5, high: 36.7 });
    expect(decimalsOf(100)).toBe(0);
    expect(decimalsOf(22.19)).toBe(2);
  });

  it("has no interval without a count and a denominator, or for another unit", () => {
    expect(intervalOf("percent", { numerator: null, denominator: 10 })).toBeNull();
    expect(intervalOf("percent", { numerator: 1, denominator: 0 })).toBeNull();
    expect(intervalOf("metres", { numerator: 100, denominator: 10 })).toBeNull();
  });
});

describe("treatmentOf(definition, level) and withFlag(flag, token)", () => {
  it("withholds rates, exempts persons and a sector's distances (means over its area), flags the rest", () => {
    expect(treatmentOf({ unit: "per_1000" }, "commune")).toBe("suppress");
    expect(treatmentOf({ unit: "persons" }, "quartier")).toBe("exempt");
    expect(treatmentOf({ unit: "metres" }, "sector")).toBe("exempt");
    expect(treatmentOf({ unit: "count" }, "sector")).toBe("flag");
    expect(treatmentOf({ unit: "count" }, "quartier")).toBe("flag");
    expect(treatmentOf({ unit: "rank_0_1" }, "quartier")).toBe("flag");
  });

  it("adds a token once, after the existing ones", () => {
    expect(withFlag(null, "a")).toBe("a");
    expect(withFlag("x;a", "a")).toBe("x;a");
    expect(withFlag("x", "a")).toBe("x;a");
  });
});

describe("withReliabilityNote(definition, levels)", () => {
  it("states each treatment the indicator receives in the three languages", () => {
    const note = withReliabilityNote(definition("d", "metres", "higher_is_worse"), ["sector", "quartier"]).method;
    expect(note.fr).toMatch(
      /^Méthode\. Règle des petits nombres : ne s'applique pas.*moins de 1000 habitants.*non_residential/,
    );
    expect(note.nl).toMatch(/minder dan 1000 inwoners/);
    expect(note.en).toMatch(/fewer than 1000 residents the value is published with the flag small_denominator/);
  });
});

describe("reliabilityNotes(values, territories, minResidents, populationSource)", () => {
  const values = apply([
    row("quartier", "small", "rate", 91.19, 3, 329),
    row("quartier", "small", "share", 22.19, 73, 329),
    row("quartier", "industry", "share", 95.1, 1_810, 1_903),
    row("quartier", "big", "share", 50, 2_500, 5_000),
    row("sector", "s1", "share", 50, 6, 12),
  ]);
  const notes = reliabilityNotes(values, TERRITORIES, 1000, "population-source");

  it("writes one note per territory the rule touched, saying what it withheld and flagged", () => {
    expect(notes.find((n) => n.territory_code === "small")).toEqual({
      source_id: "population-source",
      level: "quartier",
      territory_code: "small",
      indicator_id: null,
      issue: "small_denominator",
      detail:
        "329 residents, under the 1000 of reliability/min_residents. Withheld (suppressed_small_denominator): rate. Published with small_denominator: share.",
      detail_fr:
        "329 habitants, sous les 1000 de reliability/min_residents. Non publiés (suppressed_small_denominator) : rate. Publiés avec small_denominator : share.",
      detail_nl:
        "329 inwoners, onder de 1000 van reliability/min_residents. Niet gepubliceerd (suppressed_small_denominator): rate. Gepubliceerd met small_denominator: share.",
    });
    expect(notes.find((n) => n.territory_code === "industry")).toMatchObject({
      issue: "non_residential",
      detail: "Non-residential quartier (cemetery, industrial zone or park): kept out of rankings.",
    });
    expect(notes.some((n) => n.territory_code === "big")).toBe(false);
  });

  it("sums up the sectors in one note", () => {
    expect(notes.filter((n) => n.level === "sector")).toEqual([
      expect.objectContaining({
        territory_code: null,
        detail: expect.stringMatching(/^1 sectors have fewer than 1000/),
      }),
    ]);
  });
});
