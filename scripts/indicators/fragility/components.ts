import { InputError } from "../../lib/errors.ts";
import type { PipelineContext } from "../../lib/context.ts";
import { MONITORING_EXPORT } from "../../raw/ibsa-monitoring-export.ts";
import { PORTAL_EXPORT, readPortalExport, type PortalRate } from "../../raw/ibsa-monitoring-vulnerability.ts";
import { CORRECTIONS_FILE, applyCorrections } from "./export-corrections.ts";
import { checkedMonitoringExport } from "./monitoring-series.ts";
import { validateSeries } from "../series-checks/validate.ts";
import { join } from "node:path";

/** The quartier-level inputs of the fragility index and of GP need, by IBSA indicator. */
export const COMPONENT_SOURCES = {
  bim_share: { source: PORTAL_EXPORT, column: "bim_rate" },
  cpas_share: { source: PORTAL_EXPORT, column: "cpas_rate" },
  unemployment_rate: { source: PORTAL_EXPORT, column: "unemployment_rate" },
  median_income: { source: MONITORING_EXPORT, indicator: "Mediaan belastbaar inkomen der aangiften" },
  share_65_79: { source: MONITORING_EXPORT, indicator: "Aandeel van de 65-79 jarigen in de totale bevolking" },
  share_80_plus: { source: MONITORING_EXPORT, indicator: "Aandeel van de 80 jaar en ouder in de totale bevolking" },
  share_65_alone: {
    source: MONITORING_EXPORT,
    indicator: "Aandeel alleenwonenden van 65 jaar en meer in het totaal aantal private huishoudens",
  },
} as const satisfies Record<string, { source: string; column: PortalRate } | { source: string; indicator: string }>;

export type ComponentId = keyof typeof COMPONENT_SOURCES;
export const COMPONENT_IDS = Object.keys(COMPONENT_SOURCES) as ComponentId[];

export interface ComponentValue {
  value: number;
  year: number;
}

/** Component values by component id, then quartier code. Absent = missing in the source. */
export type QuartierComponents = Map<ComponentId, Map<string, ComponentValue>>;

/**
 * Combines the two IBSA exports into per-quartier components, each at its latest year per
 * quartier, and applies the reviewed correction list for the known defects of the Monitoring
 * export (export-corrections.ts).
 */
export function readQuartierComponents(context: PipelineContext, quartierCodes: string[]): QuartierComponents {
  const components: QuartierComponents = new Map(COMPONENT_IDS.map((id) => [id, new Map()]));
  const portal = readPortalExport(context);
  checkPortalSeries(context, portal);
  for (const { row, quartier, rates } of portal.rows) {
    for (const id of COMPONENT_IDS) {
      const spec = COMPONENT_SOURCES[id];
      if (!("column" in spec)) continue;
      const rate = rates[spec.column];
      if (rate !== null)
        components.get(id)!.set(quartier, {
          value: checkRange(portal.file, row, spec.column, rate.value, id),
          year: rate.year,
        });
    }
  }

  // The export as the series checks leave it: values the reviewed decisions set aside are missing.
  const monitoring = checkedMonitoringExport(context, componentOfIndicator);
  const seen = new Set<string>();
  const exported = new Set<string>();
  const crossCheck = new Map<string, number>();
  for (const { row, quartier: code, indicator: name, year, value } of monitoring.rows) {
    exported.add(code);
    const key = `${code}/${name}/${year}`;
    if (seen.has(key))
      throw new InputError(
        monitoring.file,
        `quartier ${code} has two rows for "${name}" in ${year} (a misplaced duplicate row not in ${CORRECTIONS_FILE}?)`,
        { row, column: "mdrc" },
      );
    seen.add(key);
    const portalTwin = PORTAL_TWINS[name];
    if (portalTwin && portalTwin.year === year && value !== null) crossCheck.set(`${code}/${portalTwin.id}`, value);
    const id = WANTED.get(name);
    if (!id || value === null) continue;
    const known = components.get(id)!.get(code);
    // Latest year per quartier: the export fills some years for only part of the quartiers.
    if (!known || year > known.year)
      components.get(id)!.set(code, { value: checkRange(monitoring.file, row, "value", value, id), year });
  }
  applyCorrections(context, components, exported, crossCheck, quartierCodes);
  return components;
}

/**
 * The portal export's three rates go through the same series checks as the Monitoring export
 * (one year each today, so only a new block of years or a copied row could be found). No
 * decision exists for them: any finding stops the run.
 */
function checkPortalSeries(context: PipelineContext, portal: ReturnType<typeof readPortalExport>): void {
  const cells = portal.rows.flatMap(({ row, quartier, rates }) =>
    Object.entries(rates).flatMap(([indicator, rate]) =>
      rate === null ? [] : [{ row, area: quartier, indicator, year: rate.year, value: rate.value }],
    ),
  );
  validateSeries(
    {
      file: portal.file,
      sourceId: PORTAL_EXPORT,
      decisionsFile: join(context.referenceDir, CORRECTIONS_FILE),
      level: "quartier",
      indicatorId: (column) =>
        COMPONENT_IDS.find((id) => (COMPONENT_SOURCES[id] as { column?: string }).column === column) ?? null,
      populationParts: { population: "", counts: [], shares: [], shareTolerance: 0 },
      // The portal export has one column per rate.
      valueColumn: (column) => column,
    },
    cells,
    [],
  );
}

/** The component each Monitoring indicator feeds. */
const WANTED = new Map(
  COMPONENT_IDS.flatMap((id) => {
    const spec = COMPONENT_SOURCES[id];
    return "indicator" in spec ? [[spec.indicator as string, id] as const] : [];
  }),
);

/** The component a Monitoring indicator feeds, or null: the indicator_id of a series-check note. */
export const componentOfIndicator = (indicator: string): ComponentId | null => WANTED.get(indicator) ?? null;

export function checkRange(file: string, row: number, column: string, value: number, id: ComponentId): number {
  const max = id === "median_income" ? 1_000_000 : 100;
  if (value < 0 || value > max)
    throw new InputError(file, `${value} is outside the possible range 0-${max} for ${id}`, { row, column });
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
