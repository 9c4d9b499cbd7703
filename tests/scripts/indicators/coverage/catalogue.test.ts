import { describe, expect, it } from "vitest";
import { coverageDefinitions, coverageParameters } from "../../../../scripts/indicators/coverage/catalogue.ts";
import type { SectorResidents } from "../../../../scripts/indicators/coverage/population-grid.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { BASE_OFFER_ID, COVERAGE_TYPES } from "../../../../src/core/indicator-ids.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";

const dates = {
  "afmps-pharmacies": "2022-03-08",
  "gisco-hospitals": "2020-02-01",
  "osm-health-poi": "2026-05-16",
  "osm-pharmacies": "2026-07-01",
};
const model = buildTerritorialModel(realContext());
const residents: SectorResidents[] = [
  { code: "21001A00-", population: 10, points: [{ x: 0, y: 0 }], representativeOnly: true },
  {
    code: "21001A01-",
    population: 10,
    points: [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
    ],
    representativeOnly: false,
  },
];
const sensitivity = new Map([
  [
    "share_within_500m_pharmacy",
    [
      { level: "commune", territories: 19, max: 6.7, maxTerritory: "21016", median: 0.9 },
      { level: "region", territories: 1, max: 0.1, maxTerritory: "04000", median: 0.1 },
    ],
  ],
]);

describe("coverage catalogue", () => {
  it("lists the indicators in reading order: per type distance, shares, mean distance, rate; then the base offer", () => {
    const ids = coverageDefinitions(
      new Map(COVERAGE_TYPES.map((t) => [t, 1])),
      dates,
      sensitivity,
      model,
      residents,
    ).map((d) => d.id);
    expect(ids.slice(0, 5)).toEqual([
      "distance_pharmacy_m",
      "share_within_500m_pharmacy",
      "share_within_1000m_pharmacy",
      "mean_distance_pharmacy_m",
      "services_per_10000_pharmacy",
    ]);
    expect(ids).toHaveLength(COVERAGE_TYPES.length * 5 + 1);
    expect(ids.at(-1)).toBe(BASE_OFFER_ID);
  });

  it("writes every label and method text in the three languages, with the sensitivity where it is known", () => {
    const definitions = coverageDefinitions(new Map(), dates, sensitivity, model, residents);
    for (const d of definitions) {
      expect(d.family).toBe("coverage");
      for (const text of [...Object.values(d.label), ...Object.values(d.method)])
        expect(text.length).toBeGreaterThan(3);
    }
    const share = definitions.find((d) => d.id === "share_within_500m_pharmacy")!;
    expect(share.method.en).toContain(
      "changes the value by — municipalities: at most 6.7 points (Uccle), median 0.9; region 0.1 points.",
    );
    expect(share.method.fr).toContain(
      "communes : au plus 6,7 points (Uccle), médiane 0,9 ; région 0,1 points.".replace(" ;", ";"),
    );
    expect(share.method.nl).toContain(
      "gemeenten: hoogstens 6,7 procentpunten (Ukkel), mediaan 0,9; gewest 0,1 procentpunten.",
    );
    expect(share.method.en).toContain("3 points), each carrying an equal share");
    expect(share.method.en).toContain("1 sectors too small for a grid point keep their representative point");
    const parameters = coverageParameters(sensitivity, residents);
    expect(parameters.every((p) => p.family === "coverage")).toBe(true);
    expect(parameters.find((p) => p.parameter === "sensitivity_share_within_500m_pharmacy")!.value).toBe(
      "commune max 6.7 (21016) median 0.9; region 0.1",
    );
    expect(parameters.find((p) => p.parameter === "population_grid_spacing_m")!.explanation.en).toContain(
      "1 sectors too small or thin for a grid point keep their representative point (21001A00-)",
    );
  });
});
