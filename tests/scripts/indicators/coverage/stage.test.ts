import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sourcePath } from "../../../../scripts/lib/context.ts";
import { COVERAGE_INPUTS, coverageStage } from "../../../../scripts/indicators/coverage/stage.ts";
import { BASE_OFFER_ID, COVERAGE_RADII_M, COVERAGE_TYPES } from "../../../../src/core/indicator-ids.ts";
import { buildGeometry, lambert72, type SectorPoint } from "../../../../scripts/territory/geometry.ts";
import type { IndicatorStageOutput, IndicatorValue } from "../../../../scripts/indicators/indicator-model.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";

const SECTOR_POPULATION = 1_246_136;
const context = realContext();
const model = buildTerritorialModel(context);
let sectorPoints: Map<string, SectorPoint>;
let output: IndicatorStageOutput;
let stageMs: number;

beforeAll(async () => {
  sectorPoints = (await buildGeometry(model)).sectorPoints;
  const start = performance.now();
  output = coverageStage(context, model, sectorPoints);
  stageMs = performance.now() - start;
});

const valuesOf = (id: string, level?: string) =>
  output.values.filter((v) => v.indicator_id === id && (level === undefined || v.level === level));
const value = (id: string, level: string, code: string): IndicatorValue => {
  const found = output.values.find((v) => v.indicator_id === id && v.level === level && v.territory_code === code);
  if (!found) throw new Error(`no value ${id} for ${level} ${code}`);
  return found;
};
const upperLevels = () => model.levels.filter((l) => l.kind !== "sector").map((l) => l.id);

describe("coverageStage on the real data", () => {
  it("reads the four service sources", () => {
    expect([...COVERAGE_INPUTS].sort()).toEqual([
      "afmps-pharmacies",
      "gisco-hospitals",
      "osm-health-poi",
      "osm-pharmacies",
    ]);
  });

  it("gives every sector a distance for every type, and a base-offer count from 0 to 4", () => {
    expect(model.sectors).toHaveLength(724);
    for (const type of COVERAGE_TYPES) {
      const distances = valuesOf(`distance_${type}_m`, "sector");
      expect(distances).toHaveLength(724);
      for (const v of distances) {
        expect(v.value, `${type} ${v.territory_code}`).not.toBeNull();
        expect(Number.isInteger(v.value) && v.value! >= 0).toBe(true);
      }
    }
    const base = valuesOf(BASE_OFFER_ID, "sector");
    expect(base).toHaveLength(724);
    expect(base.every((v) => Number.isInteger(v.value) && v.value! >= 0 && v.value! <= 4)).toBe(true);
  });

  it("keeps shares within 0..100 and share within 1,000 m ≥ share within 500 m, for every territory and type", () => {
    for (const level of upperLevels()) {
      for (const territory of model.territories.get(level)!) {
        for (const type of COVERAGE_TYPES) {
          const [near, far] = COVERAGE_RADII_M.map((r) => value(`share_within_${r}m_${type}`, level, territory.code));
          for (const share of [near!, far!]) {
            expect(share.denominator).toBe(territory.population);
            if (territory.population === 0) {
              expect(share).toMatchObject({ value: null, flag: "no_residents" });
              continue;
            }
            expect(share.value!).toBeGreaterThanOrEqual(0);
            expect(share.value!).toBeLessThanOrEqual(100);
            expect(share.numerator!).toBeLessThanOrEqual(share.denominator!);
          }
          if (territory.population > 0) {
            expect(far!.value!, `${level} ${territory.code} ${type}`).toBeGreaterThanOrEqual(near!.value!);
            expect(far!.numerator!).toBeGreaterThanOrEqual(near!.numerator!);
          }
        }
      }
    }
  });

  it("uses the 1,246,136 sector residents as the region's denominators, and populations add up at every level", () => {
    const regionValues = output.values.filter((v) => v.level === "region");
    expect(regionValues).toHaveLength(COVERAGE_TYPES.length * 4 + 1);
    for (const v of regionValues) expect(v.denominator, v.indicator_id).toBe(SECTOR_POPULATION);
    for (const level of upperLevels()) {
      const sum = valuesOf("share_within_500m_pharmacy", level).reduce((acc, v) => acc + v.denominator!, 0);
      expect(sum, level).toBe(SECTOR_POPULATION);
      const within = valuesOf("share_within_1000m_dentist", level).reduce((acc, v) => acc + v.numerator!, 0);
      expect(within, level).toBe(value("share_within_1000m_dentist", "region", "04000").numerator);
    }
  });

  it("gives positive mean distances and services per 10,000 that add up to the service counts", () => {
    for (const type of COVERAGE_TYPES) {
      for (const v of valuesOf(`mean_distance_${type}_m`)) {
        if (v.flag === "no_residents") continue;
        expect(v.value!, `${v.level} ${v.territory_code}`).toBeGreaterThan(0);
      }
      const communes = valuesOf(`services_per_10000_${type}`, "commune").reduce((sum, v) => sum + v.numerator!, 0);
      expect(communes).toBe(value(`services_per_10000_${type}`, "region", "04000").numerator);
    }
    expect(value("services_per_10000_pharmacy", "region", "04000")).toMatchObject({
      numerator: 533,
      denominator: SECTOR_POPULATION,
      value: 4.28,
    });
    expect(value("services_per_10000_hospital_emergency", "region", "04000").numerator).toBe(16);
  });

  it("recomputes a quartier's share and mean from its sectors' published distances", () => {
    const quartier = model.territories.get("quartier")!.find((q) => q.sectors.some((s) => s.code === "21001A00-"))!;
    const distances = quartier.sectors.map((s) => ({
      population: s.population,
      distance: value("distance_pharmacy_m", "sector", s.code).value!,
    }));
    const within = distances.filter((d) => d.distance <= 500).reduce((sum, d) => sum + d.population, 0);
    const share = value("share_within_500m_pharmacy", "quartier", quartier.code);
    expect(share.numerator).toBe(within);
    expect(share.value).toBeCloseTo((100 * within) / quartier.population, 2);
    const mean = distances.reduce((sum, d) => sum + d.population * d.distance, 0) / quartier.population;
    expect(value("mean_distance_pharmacy_m", "quartier", quartier.code).value).toBeCloseTo(mean, 1);
  });

  it("finds the nearest active AFMPS pharmacy to sector 21001A00-'s representative point (computed here from the raw file)", () => {
    const point = sectorPoints.get("21001A00-")!;
    const register = JSON.parse(readFileSync(sourcePath(context, "afmps-pharmacies"), "utf8")) as {
      name: string;
      status: string;
      geo: { format: string; latitude?: number; longitude?: number }[];
    }[];
    let best = { name: "", distance: Infinity };
    for (const pharmacy of register) {
      if (pharmacy.status !== "ACTIVE") continue;
      const wgs = pharmacy.geo.find((g) => g.format === "epsg:4326")!;
      const [x, y] = lambert72(wgs.longitude!, wgs.latitude!);
      const distance = Math.hypot(x - point.x_l72, y - point.y_l72);
      if (distance < best.distance) best = { name: pharmacy.name, distance };
    }
    const published = value("distance_pharmacy_m", "sector", "21001A00-");
    expect(Math.abs(published.value! - best.distance)).toBeLessThanOrEqual(0.51);
    expect(published.flag).toBeNull();
    expect(best.distance).toBeGreaterThan(0);
    expect(best.distance).toBeLessThan(1000);
  });

  it("flags every value of the community-mapped layers as partial_source, and no official one", () => {
    for (const v of output.values) {
      const partial =
        v.indicator_id.includes("maison_medicale") ||
        v.indicator_id.includes("dentist") ||
        v.indicator_id === BASE_OFFER_ID;
      if (v.flag === "no_residents") {
        expect(v.value).toBeNull();
        continue;
      }
      expect(v.flag, `${v.indicator_id} ${v.level} ${v.territory_code}`).toBe(partial ? "partial_source" : null);
    }
    const empty = model.territories.get("quartier")!.filter((q) => q.population === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const q of empty)
      expect(value("mean_distance_pharmacy_m", "quartier", q.code)).toMatchObject({
        value: null,
        flag: "no_residents",
        denominator: 0,
      });
  });

  it("describes every indicator in three languages, with the straight-line method, the completeness grade and the vintage", () => {
    const ids = new Set(output.values.map((v) => v.indicator_id));
    expect(output.definitions.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(output.definitions).toHaveLength(COVERAGE_TYPES.length * 5 + 1);
    const years: Record<string, number> = {
      pharmacy: 2022,
      hospital_emergency: 2020,
      maison_medicale: 2026,
      dentist: 2026,
    };
    for (const d of output.definitions) {
      expect(d.family).toBe("coverage");
      expect(d.status).toBe("published");
      for (const language of ["fr", "nl", "en"] as const) expect(d.label[language].length).toBeGreaterThan(10);
      // Every indicator but the count per 10,000 residents rests on a distance.
      if (!d.id.startsWith("services_per_10000_")) {
        for (const language of ["fr", "nl", "en"] as const) expect(d.method[language]).toContain("EPSG:31370");
        expect(d.method.en).toMatch(/straight-line/i);
        expect(d.method.en).toContain("representative point");
        expect(d.method.fr).toContain("vol d'oiseau");
        expect(d.method.nl).toContain("vogelvlucht");
      }
      const type = COVERAGE_TYPES.find((t) => d.id.endsWith(`_${t}`) || d.id.endsWith(`_${t}_m`));
      if (!type) continue;
      expect(d.year, d.id).toBe(years[type]);
      const grade =
        type === "pharmacy"
          ? "official-register"
          : type === "hospital_emergency"
            ? "official-dated"
            : "community-mapped-partial";
      for (const language of ["fr", "nl", "en"] as const) {
        expect(d.method[language]).toContain(grade);
        expect(d.method[language]).toContain(String(years[type]));
      }
      if (grade === "community-mapped-partial") expect(d.method.en).toContain("gap in the map, not in the offer");
    }
    expect(output.definitions.find((d) => d.id === "share_within_500m_pharmacy")!.label).toEqual({
      fr: "Part des habitants à 500 m ou moins d'une pharmacie",
      nl: "Aandeel inwoners binnen 500 m van een apotheek",
      en: "Share of residents within 500 m of a pharmacy",
    });
  });

  it("publishes the services table and the quality notes", () => {
    expect(output.tables.map((t) => t.name)).toEqual(["services"]);
    expect(output.quality.some((q) => q.issue === "outside_region_kept")).toBe(true);
    expect(output.quality.every((q) => q.source_id && q.detail)).toBe(true);
    const parameters = new Map((output.parameters ?? []).map((p) => [p.parameter, p.value]));
    expect(parameters.get("share_radius_500_m")).toBe(500);
    expect(parameters.get("base_offer_radius_m")).toBe(1000);
    expect(parameters.get("hospital_border_tolerance_m")).toBe(100);
  });

  it("is deterministic and fast", () => {
    expect(coverageStage(context, model, sectorPoints)).toEqual(output);
    // The stage takes about 0.2 s; the bound only catches an accidental quadratic blow-up.
    expect(stageMs).toBeLessThan(3000);
  });
});
