import { join } from "node:path";
import { readSourceCsv, type PipelineContext } from "../../lib/context.ts";
import { InvariantError } from "../../lib/errors.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { PORTAL_EXPORT } from "../../raw/ibsa-monitoring-vulnerability.ts";
import { QUARTIER_CODE } from "../../territory/territorial-model.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import type { QuartierComponents } from "./components.ts";

/** The reviewed list of the Monitoring export's known defects (data/reference/). */
export const CORRECTIONS_FILE = "ibsa-export-corrections.csv";

interface Correction {
  quartier: string;
  issue: "misplaced-duplicate" | "absent";
}

/**
 * The correction list is explicit: every quartier missing from the export must be listed as
 * absent, and every listed misplaced duplicate is cross-checked against the portal export.
 */
export function applyCorrections(
  context: PipelineContext,
  components: QuartierComponents,
  exported: Set<string>,
  crossCheck: Map<string, number>,
  quartierCodes: string[],
): void {
  const path = join(context.referenceDir, CORRECTIONS_FILE);
  const table = readSourceCsv(context, path, { columns: ["source_id", "quartier_code", "issue", "action", "detail"] });
  const corrections: Correction[] = [];
  for (let i = 0; i < table.length; i++) {
    const issue = table.required(i, "issue");
    if (issue !== "misplaced-duplicate" && issue !== "absent")
      throw table.error(i, "issue", `unknown issue "${issue}"`);
    corrections.push({ quartier: table.code(i, "quartier_code", QUARTIER_CODE, "quartier code"), issue });
  }
  const listedAbsent = new Set(corrections.filter((c) => c.issue === "absent").map((c) => c.quartier));
  const residential = quartierCodes.filter((code) => Number(code) < 700);
  const absent = residential.filter((code) => !exported.has(code));
  const unlisted = absent.filter((code) => !listedAbsent.has(code));
  if (unlisted.length)
    throw new InvariantError(
      `${MONITORING_EXPORT}: quartier(s) ${unlisted.join(", ")} absent from the export but not in ${CORRECTIONS_FILE}`,
    );
  const present = [...listedAbsent].filter((code) => exported.has(code));
  if (present.length)
    throw new InvariantError(
      `${CORRECTIONS_FILE} lists quartier(s) ${present.join(", ")} as absent, but the export has them: review the list`,
    );

  for (const { quartier } of corrections.filter((c) => c.issue === "misplaced-duplicate")) {
    for (const id of ["unemployment_rate", "cpas_share", "bim_share"] as const) {
      const portalValue = components.get(id)!.get(quartier);
      const exportValue = crossCheck.get(`${quartier}/${id}`);
      if (portalValue && exportValue !== undefined && Math.abs(portalValue.value - exportValue) > 0.01) {
        throw new InvariantError(
          `quartier ${quartier}: ${id} is ${exportValue} in ${MONITORING_EXPORT} but ${portalValue.value} in ${PORTAL_EXPORT}: the misplaced-row correction no longer holds`,
        );
      }
    }
  }
}

/** The correction list as data-quality notes, so that every correction is visible next to the data. */
export function correctionNotes(context: PipelineContext): DataQualityNote[] {
  const table = readSourceCsv(context, join(context.referenceDir, CORRECTIONS_FILE), {
    columns: ["source_id", "quartier_code", "issue", "detail"],
  });
  return Array.from({ length: table.length }, (_, i) => ({
    source_id: table.required(i, "source_id"),
    level: "quartier",
    territory_code: table.required(i, "quartier_code"),
    indicator_id: null,
    issue: table.required(i, "issue") === "absent" ? "absent_from_source" : "corrected",
    detail: table.required(i, "detail"),
  }));
}
