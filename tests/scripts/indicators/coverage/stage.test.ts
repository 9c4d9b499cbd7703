import { readFileSync } from "node:fs";
import { join } from "node:path";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { buildServices } from "../../../../scripts/indicators/coverage/services.ts";
import { sectorAccess } from "../../../../scripts/indicators/coverage/access.ts";
import { sectorResidents } from "../../../../scripts/indicators/coverage/population-grid.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { sourcePath } from "../../../../scripts/lib/context.ts";
import { COVERAGE_INPUTS, coverageStage, serviceTargets } from "../../../../scripts/indicators/coverage/stage.ts";
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

  it("gives every sector a mean distance (tens of metres) for every type, and a base offer from 0 to 4 (one decimal)", () => {
    expect(model.sectors).toHaveLength(724);
    for (const type of COVERAGE_TYPES) {
      const distances = valuesOf(`distance_${type}_m`, "sector");
      expect(distances).toHaveLength(724);
      for (const v of distances) {
        expect(v.value, `${type} ${v.territory_code}`).not.toBeNull();
        expect(v.value! % 10 === 0 && v.value! >= 0, `${type} ${v.territory_code} ${v.value}`).toBe(true);
      }
    }
    const base = valuesOf(BASE_OFFER_ID, "sector");
    expect(base).toHaveLength(724);
    expect(base.every((v) => Math.round(v.value! * 10) === v.value! * 10 && v.value! >= 0 && v.value! <= 4)).toBe(true);
  });

  it("publishes no coverage figure more precisely than stated: shares in whole points, mean distances in tens of metres", () => {
    const parameters = new Map((output.parameters ?? []).map((p) => [p.parameter, p.value]));
    expect(parameters.get("share_step_pct")).toBe(1);
    expect(parameters.get("mean_distance_step_m")).toBe(10);
    for (const v of output.values) {
      if (v.value === null) continue;
      if (v.indicator_id.startsWith("share_within_"))
        expect(Number.isInteger(v.value), `${v.indicator_id} ${v.level} ${v.territory_code} ${v.value}`).toBe(true);
      if (v.indicator_id.startsWith("mean_distance_"))
        expect(v.value % 10, `${v.indicator_id} ${v.territory_code}`).toBe(0);
    }
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
      // Each territory's residents within are rounded to whole residents: the sums agree to that rounding.
      const list = valuesOf("share_within_1000m_dentist", level);
      const within = list.reduce((acc, v) => acc + v.numerator!, 0);
      expect(
        Math.abs(within - value("share_within_1000m_dentist", "region", "04000").numerator!),
        level,
      ).toBeLessThanOrEqual(list.length / 2);
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
    // The 61 OpenStreetMap pharmacies beyond the border count for distances, never here; the
    // cancer institute and the children's hospital are not general emergency departments.
    expect(value("services_per_10000_hospital_emergency", "region", "04000").numerator).toBe(14);
  });

  it("recomputes Saint-Josse's share within 1 km of a general emergency department from its own 50 m grid (ray casting here)", () => {
    const general = readFileSync(join(referenceDir, "emergency-departments.csv"), "utf8")
      .split("\n")
      .filter((line) => /^\d+,.*,general,/.test(line))
      .map((line) => Number(line.split(",")[0]));
    expect(general).toHaveLength(14);
    const sites = readFileSync(sourcePath(context, "gisco-hospitals"), "utf8").split("\n").slice(1).filter(Boolean);
    const departments = sites
      .map((line) => line.split(","))
      .filter((cells) => general.includes(Number(cells[0])))
      .map((cells) => {
        // Columns id, hospital_name, site_name, lat, lon: these rows' names hold no comma.
        const [x, y] = lambert72(Number(cells[4]), Number(cells[3]));
        return { x, y };
      });
    expect(departments).toHaveLength(14);
    const commune = model.territories.get("commune")!.find((t) => t.code === "21014")!;
    expect(commune.name_fr).toBe("Saint-Josse");
    let within = 0;
    for (const sector of commune.sectors) {
      const geometry = sector.geometry as { type: string; coordinates: unknown };
      const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as [
        number,
        number,
      ][][][];
      const rings = polygons.flat().map((ring) => ring.map(([lon, lat]) => lambert72(lon, lat)));
      const xs = rings.flat().map(([x]) => x);
      const ys = rings.flat().map(([, y]) => y);
      const points: { x: number; y: number }[] = [];
      for (let x = Math.floor(Math.min(...xs) / 50) * 50 + 25; x < Math.max(...xs); x += 50)
        for (let y = Math.floor(Math.min(...ys) / 50) * 50 + 25; y < Math.max(...ys); y += 50) {
          let inside = false;
          for (const ring of rings)
            for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
              const [xi, yi] = ring[i]!;
              const [xj, yj] = ring[j]!;
              if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
            }
          if (inside) points.push({ x, y });
        }
      expect(points.length, sector.code).toBeGreaterThan(0);
      const near = points.filter((p) => departments.some((d) => Math.hypot(d.x - p.x, d.y - p.y) <= 1000)).length;
      within += (sector.population * near) / points.length;
    }
    const share = value("share_within_1000m_hospital_emergency", "commune", "21014");
    expect(share.denominator).toBe(commune.population);
    expect(Math.abs(share.numerator! - within)).toBeLessThanOrEqual(1);
    expect(share.value).toBe(Math.round((100 * within) / commune.population));
    // One representative point per sector gave 76.0 % before; spreading the residents gives far less.
    expect(share.value!).toBeLessThan(70);
  });

  it("counts the pharmacies beyond the border for distances: Berchem-Sainte-Agathe's share within 500 m rises", () => {
    const { services, borderPharmacies } = buildServices(context, model, sectorPoints);
    expect(borderPharmacies).toHaveLength(61);
    const commune = model.territories.get("commune")!.find((t) => t.code === "21003")!;
    const residents = sectorResidents(model, sectorPoints).filter((r) =>
      commune.sectors.some((s) => s.code === r.code),
    );
    const share = (border: typeof borderPharmacies) =>
      sectorAccess(residents, serviceTargets(services, border), ["pharmacy"]).reduce(
        (sum, a) => sum + (a.population * a.within.pharmacy[500]!) / commune.population,
        0,
      );
    const published = value("share_within_500m_pharmacy", "commune", "21003");
    expect(published.value).toBe(Math.round(100 * share(borderPharmacies)));
    expect(share(borderPharmacies) - share([])).toBeGreaterThan(0.01);
  });

  it("publishes the sensitivity of every share and mean distance, in method_parameters and in the method text", () => {
    const parameters = new Map((output.parameters ?? []).map((p) => [p.parameter, p]));
    for (const d of output.definitions) {
      if (!d.id.startsWith("share_within_") && !d.id.startsWith("mean_distance_")) continue;
      const row = parameters.get(`sensitivity_${d.id}`);
      expect(row, d.id).toBeDefined();
      expect(String(row!.value)).toMatch(
        /^quartier max [\d.]+ \(\d+\) median [\d.]+; commune max [\d.]+ \(21\d{3}\) median [\d.]+; bassin max .*; region [\d.]+$/,
      );
      expect(d.method.fr).toContain("Sensibilité au placement des habitants");
      expect(d.method.nl).toContain("Gevoeligheid voor de plaatsing van de inwoners");
      expect(d.method.en).toContain("Sensitivity to where residents are placed");
    }
    // Saint-Josse moves the most between one point per sector and the grid (about 20 points).
    const ed = String(parameters.get("sensitivity_share_within_1000m_hospital_emergency")!.value);
    const [, max, where] = /commune max ([\d.]+) \((\d+)\)/.exec(ed)!;
    expect(where).toBe("21014");
    expect(Number(max)).toBeGreaterThan(15);
    expect(output.definitions.find((d) => d.id === "share_within_1000m_hospital_emergency")!.method.en).toContain(
      `municipalities: at most ${max} points (Saint-Josse)`,
    );
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
        expect(d.method.en).toContain("population grid");
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
    const beyond = output.quality.find((q) => q.issue === "beyond_border")!;
    expect(beyond.detail).toMatch(/^61 OpenStreetMap pharmacies \(2026-07-01\) lie outside every Brussels sector/);
    expect(beyond.detail).toContain(
      "emergency departments, maisons médicales and dentists just outside the region are not counted",
    );
    const edge = output.quality.find((q) => q.issue === "incomplete_data" && q.source_id === "osm-pharmacies")!;
    expect(edge.detail).toMatch(
      /^The OpenStreetMap pharmacy extract is cut to a rectangle \(longitude 4\.24 to 4\.49, latitude 50\.76 to 50\.92\), not to a buffer around the region: \d+ residents have no known pharmacy within 500 m/,
    );
    const parameters = new Map((output.parameters ?? []).map((p) => [p.parameter, p.value]));
    expect(parameters.get("share_radius_500_m")).toBe(500);
    expect(parameters.get("base_offer_radius_m")).toBe(1000);
    expect(parameters.get("hospital_border_tolerance_m")).toBe(100);
  });

  it("is deterministic and fast", () => {
    expect(coverageStage(context, model, sectorPoints)).toEqual(output);
    // The stage takes about 1 s (65,000 grid points, twice with the sensitivity); the bound only
    // catches an accidental quadratic blow-up on a busy machine.
    expect(stageMs).toBeLessThan(15000);
  });
});
