import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { checkedMonitoringExport } from "../fragility/monitoring-series.ts";
import {
  COMPONENT_IDS,
  COMPONENT_SOURCES,
  checkRange,
  componentOfIndicator,
  type ComponentId,
} from "../fragility/components.ts";

/** The Monitoring export's series the observatory publishes year by year, by published id. */
export const EXPORT_SERIES: Record<ComponentId | "population", string> = {
  bim_share: "Aandeel van de rechthebbenden op de verhoogde tegemoetkoming in de totale bevolking",
  cpas_share: "Aandeel begunstigden van een OCMW-inkomen (leefloon of equivalent) in de bevolking",
  unemployment_rate: "Werkloosheidsgraad",
  median_income: COMPONENT_SOURCES.median_income.indicator,
  share_65_79: COMPONENT_SOURCES.share_65_79.indicator,
  share_80_plus: COMPONENT_SOURCES.share_80_plus.indicator,
  share_65_alone: COMPONENT_SOURCES.share_65_alone.indicator,
  population: "Totale bevolking",
};

export type SeriesId = keyof typeof EXPORT_SERIES;
export const SERIES_IDS = [...COMPONENT_IDS, "population"] as SeriesId[];

/** Quartier values of one series: year → quartier code → value. */
export type YearlyValues = Map<number, Map<string, number>>;

export interface ExportSeries {
  file: string;
  values: Map<SeriesId, YearlyValues>;
  /** Spreadsheet row of each value, for errors found later: `${id}/${quartier}/${year}`. */
  rows: Map<string, number>;
}

const cache = new WeakMap<PipelineContext, ExportSeries>();

/**
 * Every year of the published series, per quartier, as the series checks and the reviewed
 * decisions leave the export (monitoring-series.ts): the values they set aside are absent, as in
 * the headline year. A value outside its possible range names file, row and column.
 */
export function exportSeries(context: PipelineContext): ExportSeries {
  const cached = cache.get(context);
  if (cached) return cached;
  const monitoring = checkedMonitoringExport(context, componentOfIndicator);
  const idOf = new Map(Object.entries(EXPORT_SERIES).map(([id, name]) => [name, id as SeriesId]));
  const values = new Map<SeriesId, YearlyValues>(SERIES_IDS.map((id) => [id, new Map()]));
  const rows = new Map<string, number>();
  for (const { row, quartier, indicator, year, value } of monitoring.rows) {
    const id = idOf.get(indicator);
    if (!id || value === null) continue;
    const checked =
      id === "population"
        ? checkPopulation(monitoring.file, row, value)
        : checkRange(monitoring.file, row, "value", value, id);
    const byYear = values.get(id)!;
    (byYear.get(year) ?? byYear.set(year, new Map()).get(year)!).set(quartier, checked);
    rows.set(`${id}/${quartier}/${year}`, row);
  }
  const result = { file: monitoring.file, values, rows };
  cache.set(context, result);
  return result;
}

function checkPopulation(file: string, row: number, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100_000)
    throw new InputError(file, `${value} is not a quartier's residents count (a whole number from 0 to 100000)`, {
      row,
      column: "value",
    });
  return value;
}

/** The years of a series in ascending order. */
export function yearsOf(values: YearlyValues): number[] {
  return [...values.keys()].sort((a, b) => a - b);
}
