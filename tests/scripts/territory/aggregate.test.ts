import { describe, expect, it } from "vitest";
import type { LevelDefinition } from "../../../src/core/levels.ts";
import { aggregateCommuneCounts, aggregateQuartierValues } from "../../../scripts/territory/aggregate.ts";
import type { Sector, TerritorialModel, Territory } from "../../../scripts/territory/territorial-model.ts";

/**
 * A small model: commune A (quartiers q1, q2) and commune B (quartiers q3, q4).
 * Bassin N holds A and B's quartier q3; bassin S holds B's quartier q4.
 */
function smallModel(): TerritorialModel {
  const sector = (code: string, population: number, quartier: string, commune: string, bassin: string): Sector => ({
    code,
    name_fr: code,
    name_nl: code,
    population,
    area_ha: 1,
    sourceRow: 1,
    codes: { sector: code, quartier, commune, bassin, region: "R" },
    geometry: { type: "Polygon", coordinates: [] },
  });
  const sectors = [
    sector("a1", 1000, "q1", "A", "N"),
    sector("a2", 3000, "q2", "A", "N"),
    sector("b1", 2000, "q3", "B", "N"),
    sector("b2", 2000, "q4", "B", "S"),
  ];
  const level = (id: string, kind: LevelDefinition["kind"]) => ({ id, kind }) as LevelDefinition;
  const levels = [
    level("sector", "sector"),
    level("quartier", "quartier"),
    level("commune", "commune"),
    level("bassin", "reference"),
    level("region", "region"),
  ];
  const territories = new Map<string, Territory[]>();
  for (const { id } of levels) {
    const groups = new Map<string, Sector[]>();
    for (const s of sectors) groups.set(s.codes[id]!, [...(groups.get(s.codes[id]!) ?? []), s]);
    territories.set(
      id,
      [...groups].map(([code, members]) => ({
        level: id,
        code,
        name_fr: code,
        name_nl: code,
        name_en: code,
        type: null,
        sectors: members,
        population: members.reduce((sum, s) => sum + s.population, 0),
      })),
    );
  }
  return { levels, sectors, territories, geometry: new Map(), parameters: [] };
}

const model = smallModel();
// Quartier rates (%) weighted by the sectors' residents give commune A 15 %; its exact counts give
// 650 of 4,100 (15.85 %): the quartiers' own populations of the rate's year are not the sectors'
// residents of the weighting year, and Statbel counts residents not located in a sector.
const rates = new Map([
  ["q1", 30],
  ["q2", 10],
  ["q3", 20],
  ["q4", 40],
]);
const counts = new Map([
  ["A", { numerator: 650, denominator: 4100 }],
  ["B", { numerator: 820, denominator: 4100 }],
]);

describe("aggregateCommuneCounts(model, level, counts, quartierRates)", () => {
  it("gives a whole commune its exact count-based rate, not the weighted mean of its quartiers' rates", () => {
    const communes = aggregateCommuneCounts(model, "commune", counts, rates);
    expect(communes.get("A")).toEqual({
      value: (100 * 650) / 4100,
      numerator: 650,
      denominator: 4100,
      exact: true,
      partOf: [],
    });
    expect(aggregateQuartierValues(model, "commune", rates).get("A")!.value).toBe(15);
    expect(communes.get("B")).toEqual({ value: 20, numerator: 820, denominator: 4100, exact: true, partOf: [] });
  });

  it("adds up the communes' counts for the region", () => {
    const region = aggregateCommuneCounts(model, "region", counts, rates).get("R")!;
    expect(region).toEqual({ value: (100 * 1470) / 8200, numerator: 1470, denominator: 8200, exact: true, partOf: [] });
  });

  it("shares a split commune's counts among its parts, so that the parts add up to the commune", () => {
    const bassins = aggregateCommuneCounts(model, "bassin", counts, rates);
    // B's two sectors have equal residents: half of B's residents each. Its 820 aged residents are
    // shared as the quartier rates suggest (20 % and 40 % of 2,000): a third and two thirds.
    const n = bassins.get("N")!;
    expect([n.exact, n.partOf]).toEqual([false, ["B"]]);
    expect(n.denominator).toBe(4100 + 2050);
    expect(n.numerator).toBeCloseTo(650 + 820 / 3, 9);
    expect(n.value).toBeCloseTo((100 * (650 + 820 / 3)) / 6150, 9);
    const s = bassins.get("S")!;
    expect([s.denominator, s.exact]).toEqual([2050, false]);
    expect(s.numerator).toBeCloseTo((820 * 2) / 3, 9);
    expect(n.numerator + s.numerator).toBeCloseTo(650 + 820, 9);
  });

  it("refuses a territory whose commune has no counts", () => {
    expect(() => aggregateCommuneCounts(model, "commune", new Map([["A", counts.get("A")!]]), rates)).toThrow(
      "no counts for commune B",
    );
  });
});

describe("aggregateQuartierValues(model, level, values)", () => {
  it("is the mean of the quartier values weighted by residents, over the quartiers that have one", () => {
    expect(aggregateQuartierValues(model, "commune", rates).get("A")).toEqual({
      value: 15,
      covered: 4000,
      population: 4000,
    });
    const partial = new Map([...rates].filter(([code]) => code === "q1" || code === "q2"));
    expect(aggregateQuartierValues(model, "region", partial).get("R")).toEqual({
      value: 15,
      covered: 4000,
      population: 8000,
    });
  });
});
