import { describe, expect, it } from "vitest";
import { POPULATION_IDS, populationIndicators } from "../../../../scripts/indicators/population/catalogue.ts";

describe("population catalogue", () => {
  it("defines every id the stage fills, once, in the population family", () => {
    const ids = populationIndicators.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.values(POPULATION_IDS).sort());
    expect(populationIndicators.every((d) => d.family === "population")).toBe(true);
  });
});
