import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { QUARTIER_CODE } from "../territory/territorial-model.ts";

/** The Monitoring des Quartiers full export (long format, Dutch indicator names). */
export const MONITORING_EXPORT = "ibsa-monitoring-export";

export interface MonitoringRow {
  /** Spreadsheet row (header = row 1), for errors found later. */
  row: number;
  quartier: string;
  /** The indicator's Dutch name, as the export spells it. */
  indicator: string;
  year: number;
  /** Null where the export leaves the value empty. */
  value: number | null;
}

export interface MonitoringExport {
  file: string;
  rows: MonitoringRow[];
}

/** Every row of the export; a bad code, name, year or value names file, row and column. */
export function readMonitoringExport(context: PipelineContext): MonitoringExport {
  const table = readSourceCsv(context, sourcePath(context, MONITORING_EXPORT), {
    columns: ["mdrc", "indicator_nl", "year", "value", "flag"],
  });
  const rows = Array.from({ length: table.length }, (_, i): MonitoringRow => ({
    row: table.rowNumber(i),
    quartier: table.code(i, "mdrc", QUARTIER_CODE, "quartier code"),
    indicator: table.required(i, "indicator_nl"),
    year: table.integer(i, "year"),
    value: table.optionalNumber(i, "value"),
  }));
  return { file: table.file, rows };
}
