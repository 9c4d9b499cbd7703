import { join } from "node:path";
import type { PipelineContext } from "../../lib/context.ts";
import { MONITORING_EXPORT, readMonitoringExport, type MonitoringRow } from "../../raw/ibsa-monitoring-export.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { MONITORING_POPULATION_PARTS } from "../series-checks/parameters.ts";
import { cellKey } from "../series-checks/series.ts";
import { validateSeries } from "../series-checks/validate.ts";
import { CORRECTIONS_FILE, seriesDecisions } from "./export-corrections.ts";

export interface CheckedMonitoringExport {
  file: string;
  /** The export's rows without the values the decisions set aside (empty values kept). */
  rows: MonitoringRow[];
  /** What the decisions set aside, one note per quartier and indicator. */
  notes: DataQualityNote[];
}

const checked = new WeakMap<PipelineContext, CheckedMonitoringExport>();

/**
 * The Monitoring export after the series checks (series-checks/validate.ts) and the reviewed
 * decisions of the correction list; once per context, since components and notes both need it.
 * `indicatorId` names the published indicator an export series feeds, for the notes.
 */
export function checkedMonitoringExport(
  context: PipelineContext,
  indicatorId: (indicator: string) => string | null,
): CheckedMonitoringExport {
  const cached = checked.get(context);
  if (cached) return cached;
  const monitoring = readMonitoringExport(context);
  const cells = monitoring.rows.flatMap(({ row, quartier, indicator, year, value }) =>
    value === null ? [] : [{ row, area: quartier, indicator, year, value }],
  );
  const { kept, notes } = validateSeries(
    {
      file: monitoring.file,
      sourceId: MONITORING_EXPORT,
      decisionsFile: join(context.referenceDir, CORRECTIONS_FILE),
      level: "quartier",
      indicatorId,
      populationParts: MONITORING_POPULATION_PARTS,
      valueColumn: () => "value",
    },
    cells,
    seriesDecisions(context),
  );
  const keep = new Set(kept.map((c) => cellKey(c.area, c.indicator, c.year)));
  const rows = monitoring.rows.filter((r) => r.value === null || keep.has(cellKey(r.quartier, r.indicator, r.year)));
  const result = { file: monitoring.file, rows, notes };
  checked.set(context, result);
  return result;
}
