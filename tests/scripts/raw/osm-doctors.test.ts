import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/paths.ts";
import { readOsmDoctors } from "../../../scripts/raw/osm-doctors.ts";

describe("readOsmDoctors(path, source)", () => {
  it("keeps general practices, at a way's centre, dated by the registry when the answer is not", () => {
    const doctors = readOsmDoctors(join(projectRoot, "tests", "input", "gp-supply", "overpass.json"), {
      reference_date: "2026-11-01",
    });
    expect(doctors.map((d) => d.id)).toEqual(["node/101", "way/202", "node/404"]);
    expect(doctors[1]).toEqual({ id: "way/202", name: null, lon: 4.37, lat: 50.83, year: 2026 });
  });

  it("stops on a general practice without coordinates, naming file and element", () => {
    const path = join(mkdtempSync(join(tmpdir(), "obs-osm-")), "doctors.json");
    const element = { type: "node", id: 7, tags: { amenity: "doctors", "healthcare:speciality": "general" } };
    writeFileSync(path, JSON.stringify({ elements: [element] }));
    expect(() => readOsmDoctors(path, { reference_date: "2026" })).toThrow(
      `${path} (row 1, column "lat"): element node/7 has no coordinates`,
    );
  });

  it("stops on a practice name with a control character, naming file and element", () => {
    const path = join(mkdtempSync(join(tmpdir(), "obs-osm-")), "doctors.json");
    const tags = { amenity: "doctors", "healthcare:speciality": "general", name: "Dr\u0007 Dupont" };
    writeFileSync(path, JSON.stringify({ elements: [{ type: "node", id: 7, lat: 50.85, lon: 4.35, tags }] }));
    expect(() => readOsmDoctors(path, { reference_date: "2026" })).toThrow(
      `${path} (row 1, column "tags.name"): contains the control character U+0007 at character 3; text must be printable`,
    );
  });

  it("stops on an answer date that is not a date, instead of dating the supply year 0", () => {
    const path = join(mkdtempSync(join(tmpdir(), "obs-osm-")), "doctors.json");
    writeFileSync(path, JSON.stringify({ osm3s: { timestamp_osm_base: 2026 }, elements: [] }));
    expect(() => readOsmDoctors(path, { reference_date: "2026-11-01" })).toThrow(
      `${path} (column "osm3s.timestamp_osm_base"): expected a date such as "2026-11-01T00:00:00Z", found 2026`,
    );
  });
});
