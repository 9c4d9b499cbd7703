import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  EMERGENCY_DEPARTMENTS_FILE,
  emergencyDepartments,
} from "../../../../scripts/indicators/coverage/emergency-departments.ts";
import { hospitalCandidates } from "../../../../scripts/indicators/coverage/service-candidates.ts";
import { QualityNotes } from "../../../../scripts/indicators/coverage/quality-notes.ts";
import { readGiscoHospitals } from "../../../../scripts/raw/gisco-hospitals.ts";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";

const context = realContext();
const sites = readGiscoHospitals(context);

/** A copy of the reference folder whose emergency-department table is edited; the edit must apply. */
function withTable(edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "obs-ref-"));
  cpSync(referenceDir, dir, { recursive: true });
  const file = join(dir, EMERGENCY_DEPARTMENTS_FILE);
  const text = readFileSync(file, "utf8");
  const changed = edit(text);
  if (changed === text) throw new Error("fixture edit did not apply");
  writeFileSync(file, changed);
  return { context: { ...context, referenceDir: dir }, file };
}

describe("emergencyDepartments(context, sites)", () => {
  it("classifies the 16 GISCO emergency departments: 14 general, the cancer institute and the children's hospital specialised", () => {
    const departments = emergencyDepartments(context, sites);
    expect(departments.size).toBe(16);
    expect(sites.filter((s) => s.emergency)).toHaveLength(16);
    const specialised = [...departments.values()].filter((d) => d.scope === "specialised");
    expect(specialised.map((d) => [d.giscoId, d.speciality])).toEqual([
      [1510, { fr: "oncologie", nl: "oncologie", en: "oncology" }],
      [3440, { fr: "pédiatrie", nl: "pediatrie", en: "paediatrics" }],
    ]);
    expect(sites.find((s) => s.id === 1510)!.name).toBe("INSTITUT JULES BORDET");
    expect(sites.find((s) => s.id === 3440)!.name).toBe("HOPITAL UNIVERSITAIRE DES ENFANTS REINE FABIOLA (HUDERF)");
  });

  it("lists a specialised emergency department as a hospital only, with a note, and keeps the general ones", () => {
    const notes = new QualityNotes(buildTerritorialModel(context));
    const candidates = hospitalCandidates(context, notes);
    expect(candidates.find((c) => c.key === "gisco-1510")!.types).toEqual(["hospital"]);
    expect(candidates.find((c) => c.key === "gisco-3440")!.types).toEqual(["hospital"]);
    expect(candidates.find((c) => c.key === "gisco-1570")!.types).toEqual(["hospital", "hospital_emergency"]);
    expect(candidates.filter((c) => c.types.includes("hospital_emergency"))).toHaveLength(14);
    const excluded = notes.list.filter((n) => n.issue === "excluded");
    expect(excluded.map((n) => n.detail.split(" has an emergency department")[0])).toEqual([
      `"INSTITUT JULES BORDET" (row 9 (id 1510))`,
      `"HOPITAL UNIVERSITAIRE DES ENFANTS REINE FABIOLA (HUDERF)" (row 29 (id 3440))`,
    ]);
    expect(excluded[0]!.detail).toContain("specialised (oncology; source: www.bordet.be");
  });

  it("stops on an emergency department without a classification, naming the table and the site", () => {
    const { context: edited, file } = withTable((t) => t.replace(/^3440,.*\n/m, ""));
    expect(() => emergencyDepartments(edited, sites)).toThrow(
      `${file}: GISCO site(s) with an emergency department but no classification: 3440 (HOPITAL UNIVERSITAIRE DES ENFANTS REINE FABIOLA (HUDERF)). ` +
        "Add a row saying whether each is general or specialised, with its source.",
    );
  });

  it("stops on an unknown scope, a site without an emergency department, or a specialised row without its speciality", () => {
    const scope = withTable((t) =>
      t.replace(
        "1310,KLINIEK ST.-JAN - CLINIQUE ST. JEAN – KRUIDTUIN / BOTANIQUE,general",
        "1310,KLINIEK ST.-JAN - CLINIQUE ST. JEAN – KRUIDTUIN / BOTANIQUE,generl",
      ),
    );
    expect(() => emergencyDepartments(scope.context, sites)).toThrow(
      `${scope.file} (row 2, column "scope"): unknown scope "generl" (expected general or specialised)`,
    );
    const notEmergency = withTable((t) => t.replace(/^1310,/m, "1480,"));
    expect(() => emergencyDepartments(notEmergency.context, sites)).toThrow(
      `${notEmergency.file} (row 2, column "gisco_id"): GISCO site 1480 (KLINIEK ST.-JAN - CLINIQUE ST. JEAN – MERIDIEN / MIDDAGLIJN) has no emergency department (emergency = no)`,
    );
    const speciality = withTable((t) => t.replace("specialised,oncology", "specialised,"));
    expect(() => emergencyDepartments(speciality.context, sites)).toThrow(
      `${speciality.file} (row 6, column "speciality"): a specialised emergency department must name its speciality`,
    );
  });

  it("stops on a published text without its translation, naming the table, row and column", () => {
    const untranslated = withTable((t) => t.replace("oncology,oncologie,oncologie", "oncology,oncologie,"));
    expect(() => emergencyDepartments(untranslated.context, sites)).toThrow(
      `${untranslated.file} (row 6, column "speciality_nl"): the speciality has no Dutch text: add its translation`,
    );
  });
});
