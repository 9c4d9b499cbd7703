import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sourcePath } from "../../../../scripts/lib/context.ts";
import { buildGeometry, lambert72, type SectorPoint } from "../../../../scripts/territory/geometry.ts";
import { buildServices, type ServicesOutput } from "../../../../scripts/indicators/coverage/services.ts";
import { HOSPITAL_BORDER_TOLERANCE_M } from "../../../../scripts/indicators/coverage/service-candidates.ts";
import { SERVICE_SOURCES } from "../../../../scripts/indicators/coverage/service-types.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";

const context = realContext();
const model = buildTerritorialModel(context);
let sectorPoints: Map<string, SectorPoint>;
let output: ServicesOutput;

beforeAll(async () => {
  sectorPoints = (await buildGeometry(model)).sectorPoints;
  output = buildServices(context, model, sectorPoints);
});

const ofType = (type: string) => output.services.filter((s) => s.type === type);

/** Planar ray casting in lon/lat: an independent check of the d3-geo containment the stage uses. */
function insidePolygon(lon: number, lat: number, polygons: [number, number][][][]): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

describe("buildServices on the real data", () => {
  it("keeps the 533 active AFMPS pharmacies of 592, minus those outside the sectors (none), and notes the 59 suspended", () => {
    const afmps = JSON.parse(readFileSync(sourcePath(context, SERVICE_SOURCES.afmps), "utf8")) as { status: string }[];
    expect(afmps).toHaveLength(592);
    const active = afmps.filter((p) => p.status === "ACTIVE").length;
    expect(active).toBe(533);
    const outside = output.quality.filter((q) => q.source_id === SERVICE_SOURCES.afmps && q.issue === "outside_region");
    expect(ofType("pharmacy")).toHaveLength(active - outside.length);
    expect(outside).toHaveLength(0);
    const suspended = output.quality.find((q) => q.source_id === SERVICE_SOURCES.afmps && q.issue === "excluded")!;
    expect(suspended.detail).toMatch(/^59 of 592 pharmacies of the register are TEMPORARILY_SUSPENDED/);
    expect(
      ofType("pharmacy").every(
        (s) =>
          s.service_id.startsWith("pharmacy-afmps-") &&
          s.completeness === "official-register" &&
          s.reference_date === "2022-03-08",
      ),
    ).toBe(true);
  });

  it("uses the register's coordinates: Pharmacie Anspach (authorization 210708) is where the EPSG:4326 entry puts it", () => {
    const anspach = output.services.find((s) => s.service_id === "pharmacy-afmps-210708")!;
    expect(anspach.name).toBe("Pharmacie Anspach");
    expect(anspach.lon).toBeCloseTo(4.348028340963605, 6);
    expect(anspach.lat).toBeCloseTo(50.84712603387559, 6);
    expect([anspach.x_l72, anspach.y_l72]).toEqual(lambert72(anspach.lon, anspach.lat));
    expect(anspach.commune_code).toBe("21004");
  });

  it("has the 14 GISCO sites with a general emergency department and all 37 sites as hospitals", () => {
    // 16 sites have emergency = yes; the cancer institute (1510) and the children's hospital (3440) are specialised.
    expect(ofType("hospital_emergency")).toHaveLength(14);
    expect(ofType("hospital_emergency").map((s) => s.service_id)).not.toContain("hospital_emergency-gisco-1510");
    expect(ofType("hospital_emergency").map((s) => s.service_id)).not.toContain("hospital_emergency-gisco-3440");
    expect(ofType("hospital")).toHaveLength(37);
    expect(
      ofType("hospital").every((s) => s.completeness === "official-dated" && s.reference_date === "2020-02-01"),
    ).toBe(true);
    const emergencyIds = new Set(
      ofType("hospital_emergency").map((s) => s.service_id.replace(/^hospital_emergency-/, "")),
    );
    for (const id of emergencyIds) expect(output.services.some((s) => s.service_id === `hospital-${id}`)).toBe(true);
  });

  it("keeps Cliniques universitaires Saint-Luc, just outside the region, and says so", () => {
    const stLuc = output.services.filter((s) => s.service_id.endsWith("-gisco-4190"));
    expect(stLuc.map((s) => s.type).sort()).toEqual(["hospital", "hospital_emergency"]);
    expect(stLuc.every((s) => s.location === "outside_region_kept" && s.commune_code === "21018")).toBe(true);
    const note = output.quality.find((q) => q.issue === "outside_region_kept")!;
    expect(note.detail).toContain("CLINIQUES UNIVERSITAIRES ST.-LUC");
    expect(note.detail).toMatch(new RegExp(`lies \\d+(\\.\\d)? m outside the Brussels sectors`));
    expect(Number(/lies ([\d.]+) m/.exec(note.detail)![1])).toBeLessThanOrEqual(HOSPITAL_BORDER_TOLERANCE_M);
    expect(note.territory_code).toBe(stLuc[0]!.sector_code);
  });

  it("places every service inside its Brussels sector polygon, or notes it as kept outside", () => {
    const shapes = new Map(
      model.geometry.get("sector")!.map((f) => {
        const g = f.geometry!;
        return [
          String(f.properties.code),
          (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as [number, number][][][],
        ];
      }),
    );
    const sectors = new Map(model.sectors.map((s) => [s.code, s]));
    for (const s of output.services) {
      const sector = sectors.get(s.sector_code)!;
      expect(sector, s.service_id).toBeDefined();
      expect(s.quartier_code).toBe(sector.codes.quartier);
      expect(s.commune_code).toBe(sector.codes.commune);
      if (s.location === "in_sector") {
        expect(insidePolygon(s.lon, s.lat, shapes.get(s.sector_code)!), s.service_id).toBe(true);
      } else {
        expect(
          [...shapes.values()].some((polygons) => insidePolygon(s.lon, s.lat, polygons)),
          s.service_id,
        ).toBe(false);
        expect(
          output.quality.some(
            (q) =>
              q.issue === "outside_region_kept" && q.source_id === s.source_id && q.territory_code === s.sector_code,
          ),
        ).toBe(true);
      }
    }
    expect(
      output.services
        .filter((s) => s.location !== "in_sector")
        .map((s) => s.service_id)
        .sort(),
    ).toEqual(["hospital-gisco-4190", "hospital_emergency-gisco-4190"]);
  });

  it("drops the OSM points outside the region with one note each (4 dentists)", () => {
    const dropped = output.quality.filter((q) => q.issue === "outside_region");
    expect(dropped.map((q) => q.detail.slice(0, q.detail.indexOf(" ("))).sort()).toEqual([
      'dentist "(no name)"',
      'dentist "Isabelle Stefanescu"',
      'dentist "Stockel Dental"',
      'dentist "Sven De Greef"',
    ]);
    expect(
      dropped.every(
        (q) =>
          q.source_id === SERVICE_SOURCES.osmPoi &&
          /lies [\d.]+ m outside the Brussels sectors: excluded/.test(q.detail),
      ),
    ).toBe(true);
    expect(ofType("dentist")).toHaveLength(126);
  });

  it("has stable, unique ids and rows sorted by type then id", () => {
    const ids = output.services.map((s) => s.service_id);
    expect(new Set(ids).size).toBe(ids.length);
    const order = ["pharmacy", "hospital_emergency", "hospital", "maison_medicale", "dentist"];
    const sorted = [...output.services].sort(
      (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || (a.service_id < b.service_id ? -1 : 1),
    );
    expect(output.services).toEqual(sorted);
    expect(ofType("dentist").every((s) => /^dentist-osm--?\d+\.\d{6},-?\d+\.\d{6}$/.test(s.service_id))).toBe(true);
    expect(buildServices(context, model, sectorPoints)).toEqual(output);
  });

  it("publishes a services table with every column described in three languages", () => {
    expect(output.table.name).toBe("services");
    expect(output.table.rows).toHaveLength(output.services.length);
    expect(output.table.columns.map((c) => c.name)).toEqual(Object.keys(output.table.rows[0]!));
    for (const c of output.table.columns)
      for (const text of Object.values(c.description)) expect(text.length).toBeGreaterThan(3);
  });

  it("cross-checks the AFMPS pharmacies against OpenStreetMap, as a note only", () => {
    expect(output.crossCheck).toEqual({ afmpsActive: 533, afmpsWithOsm: 389, osmInRegion: 414, osmWithAfmps: 391 });
    const note = output.quality.find((q) => q.issue === "cross_check")!;
    expect(note.detail).toContain("389 of 533 active AFMPS pharmacies have an OSM pharmacy within 50 m");
    expect(output.services.some((s) => s.source_id === SERVICE_SOURCES.osmPharmacies)).toBe(false);
  });
});

describe("maisons médicales on the real data", () => {
  it("keeps these 37 real OSM names (the duplicate Jean Jaurès point, 47 m away, is counted once)", () => {
    expect(
      ofType("maison_medicale")
        .map((s) => s.name)
        .sort(),
    ).toEqual([
      "Maison Medicale de Auderghem",
      'Maison Médicale "Le Noyer"',
      "Maison Médicale Galilée",
      "Maison Médicale Jean Jaurès",
      "Maison Médicale Meulebeik",
      "Maison Médicale Racines",
      "Maison Médicale Saint-Guidon",
      "Maison de santé du Triangle",
      "Maison médicale ASaSo",
      "Maison médicale Albert II",
      "Maison médicale Alliance santé",
      "Maison médicale Alpha Santé",
      "Maison médicale Anneessens",
      "Maison médicale Antenne Tournesol",
      "Maison médicale Avicenne",
      "Maison médicale Botanique",
      "Maison médicale Cité Santé",
      "Maison médicale Couleurs Santé",
      "Maison médicale Cureghem",
      "Maison médicale Galilée",
      "Maison médicale Jubilé",
      "Maison médicale La Passerelle - Wijkgezondheidscentrum De Brug",
      "Maison médicale Le Pavillon",
      "Maison médicale Neptune",
      "Maison médicale S.O.S Medical Consult",
      "Maison médicale Santé+",
      "Maison médicale St-Guidon",
      "Maison médicale Univers Santé",
      "Maison médicale d'Evere",
      "Maison médicale d'Ixelles",
      "Maison médicale de Forest – Site Britannique",
      "Maison médicale de Forest – Site Saint-Antoine",
      "Maison médicale de Forest – Site Saint-Denis",
      "Maison médicale du Béguinage",
      "Maison médicale du Maelbeek",
      "Maison médicale du Midi",
      "Wijkgezondheidscentrum MediKuregem",
    ]);
    expect(
      ofType("maison_medicale").every(
        (s) => s.completeness === "community-mapped-partial" && s.reference_date === "2026-05-16",
      ),
    ).toBe(true);
    const duplicate = output.quality.filter((q) => q.issue === "duplicate");
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]!.detail).toContain(
      '"Maison médicale Jean Jaurès" (feature 708) is 47.1 m from "Maison Médicale Jean Jaurès" (feature 707)',
    );
  });

  it("does not count the school health service (Centre de santé PSE) as a maison médicale", () => {
    expect(ofType("maison_medicale").some((s) => s.name === "Centre de santé PSE")).toBe(false);
  });
});
