/**
 * Build-time series of an indicator at a level and their trend rows, as the profiles' sparklines
 * and the indicator pages' line and slope charts read them: the pipeline's tables through
 * src/data/observatory-data.ts (indicatorSeries, indicatorTrend), in the shape of the site data
 * file `/site-data/series/<level>/<indicator>.json` (src/lib/indicator/series.ts).
 */
import { indicatorSeries, indicatorTrend } from "../observatory-data.ts";
import type { IndicatorSeries, TrendRow } from "../../lib/indicator/series.ts";

/** Every year of one indicator at one level, territory by territory; undefined when it has no value there. */
export function seriesAt(level: string, indicatorId: string): IndicatorSeries | undefined {
  const series = indicatorSeries(level, indicatorId);
  if (!series || !Object.values(series.values).some((line) => line.some((v) => v !== null))) return undefined;
  return series;
}

const DIRECTIONS = new Set(["improved", "worsened", "no_clear_change"]);

/** The `indicator_trends` row of a territory, undefined where the pipeline published none. */
export function trendAt(level: string, code: string, indicatorId: string): TrendRow | undefined {
  const row = indicatorTrend(level, code, indicatorId);
  if (!row) return undefined;
  // An unknown direction would print a missing message: refuse it at build time instead.
  if (row.direction !== null && !DIRECTIONS.has(row.direction))
    throw new Error(`indicator_trends: unknown direction "${row.direction}" for ${level} ${code} ${indicatorId}`);
  return { ...row, direction: row.direction as TrendRow["direction"] };
}
