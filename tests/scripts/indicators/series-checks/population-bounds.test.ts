import { describe, expect, it } from "vitest";
import {
  detectPopulationExcess,
  type PopulationParts,
} from "../../../../scripts/indicators/series-checks/population-bounds.ts";
import type { SeriesCell } from "../../../../scripts/indicators/series-checks/series.ts";

const parts: PopulationParts = {
  population: "population",
  counts: [{ name: "men and women", indicators: ["men", "women"] }],
  shares: [{ name: "age groups", indicators: ["aged 65-79", "aged 80+"] }],
  shareTolerance: 0.5,
};
const cell = (indicator: string, value: number, row: number, area = "7", year = 2024): SeriesCell => ({
  row,
  area,
  indicator,
  year,
  value,
});

describe("detectPopulationExcess(cells, parts)", () => {
  it("finds counts of residents above the same year's population", () => {
    const cells = [cell("population", 1000, 2), cell("men", 600, 3), cell("women", 401, 4)];
    expect(detectPopulationExcess(cells, parts)).toEqual([
      {
        kind: "exceeds_population",
        indicators: ["men", "women"],
        area: "7",
        year: 2024,
        row: 3,
        total: 1001,
        limit: 1000,
        rule: "men and women: a count of residents above the population (population)",
      },
    ]);
  });

  it("finds disjoint shares adding up to more than 100 % plus the rounding tolerance", () => {
    expect(detectPopulationExcess([cell("aged 65-79", 60, 2), cell("aged 80+", 40.4, 3)], parts)).toEqual([]);
    expect(detectPopulationExcess([cell("aged 65-79", 60, 2), cell("aged 80+", 40.6, 3)], parts)).toMatchObject([
      {
        area: "7",
        year: 2024,
        row: 2,
        total: 100.6,
        limit: 100.5,
        rule: "age groups: shares of the residents adding up to more than 100 %",
      },
    ]);
  });

  it("does not compare counts with the population of another year or area", () => {
    const cells = [cell("population", 1000, 2), cell("men", 5000, 3, "7", 2023), cell("men", 5000, 4, "8", 2024)];
    expect(detectPopulationExcess(cells, parts)).toEqual([]);
  });
});
