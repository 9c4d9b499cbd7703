import { describe, expect, it } from "vitest";
import { planarDistance } from "../../../src/core/distance.ts";
import {
  BASE_OFFER_ID,
  COVERAGE_RADII_M,
  distanceId,
  meanDistanceId,
  servicesPerId,
  shareWithinId,
} from "../../../src/core/indicator-ids.ts";
import { isLanguage, languages } from "../../../src/core/languages.ts";
import { FAMILIES, rankIn } from "../../../src/core/polarity.ts";

describe("languages and isLanguage(value)", () => {
  it("accepts the three site languages only", () => {
    expect(languages).toEqual(["fr", "nl", "en"]);
    expect(languages.every(isLanguage)).toBe(true);
    expect(isLanguage("de")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});

describe("rankIn(order, item)", () => {
  it("places listed families in reading order and unknown ones last", () => {
    expect(rankIn(FAMILIES, "fragility")).toBe(0);
    expect(rankIn(FAMILIES, "population")).toBe(3);
    expect(rankIn(FAMILIES, "housing")).toBe(FAMILIES.length);
  });
});

describe("coverage indicator ids", () => {
  it("builds the published ids from the type and the radius", () => {
    expect(COVERAGE_RADII_M.map((radius) => shareWithinId(radius, "pharmacy"))).toEqual([
      "share_within_500m_pharmacy",
      "share_within_1000m_pharmacy",
    ]);
    expect(distanceId("dentist")).toBe("distance_dentist_m");
    expect(meanDistanceId("maison_medicale")).toBe("mean_distance_maison_medicale_m");
    expect(servicesPerId("hospital_emergency")).toBe("services_per_10000_hospital_emergency");
    expect(BASE_OFFER_ID).toBe("base_offer_types_within_1km");
  });
});

describe("planarDistance(a, b)", () => {
  it("is the straight-line distance in the coordinates' units", () => {
    expect(planarDistance({ x: 0, y: 0 }, { x: 300, y: 400 })).toBe(500);
  });
});
