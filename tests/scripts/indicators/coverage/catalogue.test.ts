import { describe, expect, it } from "vitest";
import { coverageDefinitions, coverageParameters } from "../../../../scripts/indicators/coverage/catalogue.ts";
import { BASE_OFFER_ID, COVERAGE_TYPES } from "../../../../src/core/indicator-ids.ts";

const dates = {
  "afmps-pharmacies": "2022-03-08",
  "gisco-hospitals": "2020-02-01",
  "osm-health-poi": "2026-05-16",
  "osm-pharmacies": "2026-07-01",
};

describe("coverage catalogue", () => {
  it("lists the indicators in reading order: per type distance, shares, mean distance, rate; then the base offer", () => {
    const ids = coverageDefinitions(new Map(COVERAGE_TYPES.map((t) => [t, 1])), dates).map((d) => d.id);
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

  it("writes every label and method text in the three languages", () => {
    for (const d of coverageDefinitions(new Map(), dates)) {
      expect(d.family).toBe("coverage");
      for (const text of [...Object.values(d.label), ...Object.values(d.method)])
        expect(text.length).toBeGreaterThan(3);
    }
    expect(coverageParameters().every((p) => p.family === "coverage")).toBe(true);
  });
});
