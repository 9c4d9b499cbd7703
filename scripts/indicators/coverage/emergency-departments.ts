/**
 * Which emergency departments of the GISCO list serve everyone (general) and which serve one
 * group of patients (specialised: a cancer institute, a children's hospital). The classification is
 * a reference table, data/reference/emergency-departments.csv, one row per GISCO site with
 * emergency = yes, each with its source; the coverage indicator uses the general ones only.
 */
import { join } from "node:path";
import { readSourceCsv, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import type { GiscoHospitalSite } from "../../raw/gisco-hospitals.ts";
import type { Localized } from "../../../src/core/languages.ts";
import { translatedColumns, translatedText } from "../../sources/translated-columns.ts";

export const EMERGENCY_DEPARTMENTS_FILE = "emergency-departments.csv";

const SCOPES = ["general", "specialised"] as const;
export type EmergencyScope = (typeof SCOPES)[number];

export interface EmergencyDepartment {
  giscoId: number;
  scope: EmergencyScope;
  /** Null for general departments; "oncology", "paediatrics"... (with its translations) for specialised ones. */
  speciality: Localized | null;
  /** What the classification rests on: a source id, or the page read (with its translations). */
  source: Localized;
  /** Why the classification: published in the data_quality note of a specialised department. */
  note: Localized;
}

/**
 * The classification of every GISCO site with an emergency department, keyed by GISCO id. Stops on
 * a site without a row, a row for a site that is not an emergency department, an unknown scope, or
 * a specialised row without its speciality.
 */
export function emergencyDepartments(
  context: PipelineContext,
  sites: readonly GiscoHospitalSite[],
): Map<number, EmergencyDepartment> {
  const path = join(context.referenceDir, EMERGENCY_DEPARTMENTS_FILE);
  const table = readSourceCsv(context, path, {
    columns: [
      "gisco_id",
      "name",
      "scope",
      ...translatedColumns("speciality"),
      ...translatedColumns("source"),
      ...translatedColumns("note"),
    ],
  });
  const byId = new Map(sites.map((site) => [site.id, site]));
  const result = new Map<number, EmergencyDepartment>();
  for (let i = 0; i < table.length; i++) {
    const giscoId = table.integer(i, "gisco_id");
    const site = byId.get(giscoId);
    if (!site) throw table.error(i, "gisco_id", `GISCO id ${giscoId} is not in the GISCO hospital file`);
    if (!site.emergency)
      throw table.error(
        i,
        "gisco_id",
        `GISCO site ${giscoId} (${site.name}) has no emergency department (emergency = no)`,
      );
    if (result.has(giscoId)) throw table.error(i, "gisco_id", `GISCO id ${giscoId} is classified twice`);
    const scope = table.required(i, "scope");
    if (!(SCOPES as readonly string[]).includes(scope))
      throw table.error(i, "scope", `unknown scope "${scope}" (expected general or specialised)`);
    const speciality = table.text(i, "speciality");
    if (scope === "specialised" && !speciality)
      throw table.error(i, "speciality", "a specialised emergency department must name its speciality");
    if (scope === "general" && speciality)
      throw table.error(i, "speciality", `a general emergency department has no speciality (found "${speciality}")`);
    result.set(giscoId, {
      giscoId,
      scope: scope as EmergencyScope,
      speciality: speciality ? translatedText(table, i, "speciality") : null,
      source: translatedText(table, i, "source"),
      note: translatedText(table, i, "note"),
    });
  }
  const missing = sites.filter((site) => site.emergency && !result.has(site.id));
  if (missing.length)
    throw new InputError(
      path,
      `GISCO site(s) with an emergency department but no classification: ${missing
        .map((site) => `${site.id} (${site.name})`)
        .join(", ")}. Add a row saying whether each is general or specialised, with its source.`,
    );
  return result;
}
