import { join } from "node:path";
import { readSourceCsv, sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InvariantError } from "../../lib/errors.ts";
import type { CsvTable } from "../../sources/read-csv.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { QUARTIER_CODE } from "../../territory/territorial-model.ts";

export const PORTAL_EXPORT = "ibsa-monitoring-vulnerability";
export const MONITORING_EXPORT = "ibsa-monitoring-export";
export const CORRECTIONS_FILE = "ibsa-export-corrections.csv";

/** The quartier-level inputs of the fragility index and of GP need, by IBSA indicator. */
export const COMPONENT_SOURCES = {
  bim_share: { source: PORTAL_EXPORT, column: "bim_rate", yearColumn: "bim_year" },
  cpas_share: { source: PORTAL_EXPORT, column: "cpas_rate", yearColumn: "cpas_year" },
  unemployment_rate: { source: PORTAL_EXPORT, column: "unemployment_rate", yearColumn: "unemployment_year" },
  median_income: { source: MONITORING_EXPORT, indicator: "Mediaan belastbaar inkomen der aangiften" },
  share_65_79: { source: MONITORING_EXPORT, indicator: "Aandeel van de 65-79 jarigen in de totale bevolking" },
  share_80_plus: { source: MONITORING_EXPORT, indicator: "Aandeel van de 80 jaar en ouder in de totale bevolking" },
  share_65_alone: {
    source: MONITORING_EXPORT,
    indicator: "Aandeel alleenwonenden van 65 jaar en meer in het totaal aantal private huishoudens",
  },
} as const;

export type ComponentId = keyof typeof COMPONENT_SOURCES;
export const COMPONENT_IDS = Object.keys(COMPONENT_SOURCES) as ComponentId[];

export interface ComponentValue {
  value: number;
  year: number;
}

/** Component values by component id, then quartier code. Absent = missing in the source. */
export type QuartierComponents = Map<ComponentId, Map<string, ComponentValue>>;

/**
 * Reads the components, each at its latest year per quartier, and applies the reviewed
 * correction list for the known defects of the Monitoring export (data/reference/).
 */
export function readQuartierComponents(context: PipelineContext, quartierCodes: string[]): QuartierComponents {
  const components: QuartierComponents = new Map(COMPONENT_IDS.map((id) => [id, new Map()]));
  const portal = readSourceCsv(context, sourcePath(context, PORTAL_EXPORT), {
    columns: [
      "territory_code",
      ...COMPONENT_IDS.flatMap((id) => {
        const spec = COMPONENT_SOURCES[id];
        return "column" in spec ? [spec.column, spec.yearColumn] : [];
      }),
    ],
  });
  for (let i = 0; i < portal.length; i++) {
    const code = portal.code(i, "territory_code", QUARTIER_CODE, "quartier code");
    for (const id of COMPONENT_IDS) {
      const spec = COMPONENT_SOURCES[id];
      if (!("column" in spec)) continue;
      const value = portal.optionalNumber(i, spec.column);
      if (value !== null)
        components.get(id)!.set(code, {
          value: checkRange(portal, i, spec.column, value, id),
          year: portal.integer(i, spec.yearColumn),
        });
    }
  }

  const monitoring = readSourceCsv(context, sourcePath(context, MONITORING_EXPORT), {
    columns: ["mdrc", "indicator_nl", "year", "value", "flag"],
  });
  const wanted = new Map(
    COMPONENT_IDS.flatMap((id) => {
      const spec = COMPONENT_SOURCES[id];
      return "indicator" in spec ? [[spec.indicator as string, id] as const] : [];
    }),
  );
  const seen = new Set<string>();
  const exported = new Set<string>();
  const crossCheck = new Map<string, number>();
  for (let i = 0; i < monitoring.length; i++) {
    const code = monitoring.code(i, "mdrc", QUARTIER_CODE, "quartier code");
    exported.add(code);
    const name = monitoring.required(i, "indicator_nl");
    const year = monitoring.integer(i, "year");
    const key = `${code}/${name}/${year}`;
    if (seen.has(key))
      throw monitoring.error(
        i,
        "mdrc",
        `quartier ${code} has two rows for "${name}" in ${year} (a misplaced duplicate row not in ${CORRECTIONS_FILE}?)`,
      );
    seen.add(key);
    const portalTwin = PORTAL_TWINS[name];
    if (portalTwin && portalTwin.year === year) {
      const value = monitoring.optionalNumber(i, "value");
      if (value !== null) crossCheck.set(`${code}/${portalTwin.id}`, value);
    }
    const id = wanted.get(name);
    if (!id) continue;
    const value = monitoring.optionalNumber(i, "value");
    if (value === null) continue;
    const known = components.get(id)!.get(code);
    // Latest year per quartier: the export fills some years for only part of the quartiers.
    if (!known || year > known.year)
      components.get(id)!.set(code, { value: checkRange(monitoring, i, "value", value, id), year });
  }
  applyCorrections(context, components, exported, crossCheck, quartierCodes);
  return components;
}

function checkRange(table: CsvTable, index: number, column: string, value: number, id: ComponentId): number {
  const max = id === "median_income" ? 1_000_000 : 100;
  if (value < 0 || value > max)
    throw table.error(index, column, `${value} is outside the possible range 0-${max} for ${id}`);
  return value;
}

/** The Monitoring export repeats the portal's three rates: used to check the misplaced-row corrections. */
const PORTAL_TWINS: Record<string, { id: ComponentId; year: number }> = {
  Werkloosheidsgraad: { id: "unemployment_rate", year: 2023 },
  "Aandeel begunstigden van een OCMW-inkomen (leefloon of equivalent) in de bevolking": {
    id: "cpas_share",
    year: 2023,
  },
  "Aandeel van de rechthebbenden op de verhoogde tegemoetkoming in de totale bevolking": {
    id: "bim_share",
    year: 2024,
  },
};

interface Correction {
  quartier: string;
  issue: "misplaced-duplicate" | "absent";
}

/**
 * The correction list is explicit: every quartier missing from the export must be listed as
 * absent, and every listed misplaced duplicate is cross-checked against the portal export.
 */
function applyCorrections(
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
