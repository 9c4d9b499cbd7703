import { join } from "node:path";
import { readSourceCsv, type PipelineContext } from "../../lib/context.ts";
import type { CsvTable } from "../../sources/read-csv.ts";
import { InvariantError } from "../../lib/errors.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { PORTAL_EXPORT } from "../../raw/ibsa-monitoring-vulnerability.ts";
import { QUARTIER_CODE } from "../../territory/territorial-model.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import type { QuartierComponents } from "./components.ts";
import type { SeriesDecision } from "../series-checks/validate.ts";

/** The reviewed list of the Monitoring export's known defects (data/reference/). */
export const CORRECTIONS_FILE = "ibsa-export-corrections.csv";

interface Correction {
  quartier: string;
  issue: "misplaced-duplicate" | "absent";
}

/** The list's columns: the series-check decisions use indicator_nl, year and other_quartier_code. */
const COLUMNS = [
  "source_id",
  "quartier_code",
  "issue",
  "action",
  "indicator_nl",
  "year",
  "other_quartier_code",
  "detail",
  "detail_fr",
  "detail_nl",
];
const ROW_ISSUES = ["misplaced-duplicate", "absent"] as const;
const SERIES_ISSUES = { "definition-break": "keep-reference-block", "copied-series": "drop-identical-cells" } as const;

function readCorrections(context: PipelineContext) {
  const table = readSourceCsv(context, join(context.referenceDir, CORRECTIONS_FILE), { columns: COLUMNS });
  for (let i = 0; i < table.length; i++) {
    const issue = table.required(i, "issue");
    if (!(ROW_ISSUES as readonly string[]).includes(issue) && !Object.hasOwn(SERIES_ISSUES, issue))
      throw table.error(i, "issue", `unknown issue "${issue}"`);
  }
  return table;
}

/** A decision's French or Dutch detail, required where it is published. */
function translatedDetail(table: CsvTable, i: number, column: "detail_fr" | "detail_nl"): string {
  const text = table.text(i, column);
  if (!text)
    throw table.error(
      i,
      column,
      `the decision has no ${column === "detail_fr" ? "French" : "Dutch"} text, which method_parameters publishes`,
    );
  return text;
}

/** The reviewed decisions on the series checks' findings (series-checks/validate.ts). */
export function seriesDecisions(context: PipelineContext): SeriesDecision[] {
  const table = readCorrections(context);
  const decisions: SeriesDecision[] = [];
  for (let i = 0; i < table.length; i++) {
    const issue = table.required(i, "issue");
    if (!Object.hasOwn(SERIES_ISSUES, issue)) continue;
    const action = table.required(i, "action");
    const expected = SERIES_ISSUES[issue as keyof typeof SERIES_ISSUES];
    if (action !== expected)
      throw table.error(i, "action", `action "${action}" is not "${expected}", the only one for ${issue}`);
    const [row, detail] = [table.rowNumber(i), table.required(i, "detail")];
    if (issue === "definition-break")
      decisions.push({
        issue,
        action: "keep-reference-block",
        indicator: table.required(i, "indicator_nl"),
        year: table.inRange(i, "year", table.integer(i, "year"), 1900, 2100, "a reference year"),
        row,
        detail,
        // A definition break's reason is published in method_parameters: in every language.
        detail_fr: translatedDetail(table, i, "detail_fr"),
        detail_nl: translatedDetail(table, i, "detail_nl"),
      });
    else
      decisions.push({
        issue: "copied-series",
        action: "drop-identical-cells",
        area: table.code(i, "quartier_code", QUARTIER_CODE, "quartier code"),
        original: table.code(i, "other_quartier_code", QUARTIER_CODE, "quartier code"),
        row,
        detail,
      });
  }
  return decisions;
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
  const table = readCorrections(context);
  const corrections: Correction[] = [];
  for (let i = 0; i < table.length; i++) {
    const issue = table.required(i, "issue");
    if (issue !== "misplaced-duplicate" && issue !== "absent") continue;
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

/**
 * The row corrections of the list as data-quality notes, so that every correction is visible next
 * to the data (the series decisions have their own notes, one per area and indicator).
 */
export function correctionNotes(context: PipelineContext): DataQualityNote[] {
  const table = readCorrections(context);
  const rows = Array.from({ length: table.length }, (_, i) => i).filter(
    (i) => !Object.hasOwn(SERIES_ISSUES, table.required(i, "issue")),
  );
  return rows.map((i) => ({
    source_id: table.required(i, "source_id"),
    level: "quartier",
    territory_code: table.required(i, "quartier_code"),
    indicator_id: null,
    issue: table.required(i, "issue") === "absent" ? "absent_from_source" : "corrected",
    detail: table.required(i, "detail"),
  }));
}
