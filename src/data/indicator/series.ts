/**
 * Build-time series of an indicator at a level, in the shape of the site data file
 * `/site-data/series/<level>/<indicator>.json` (src/lib/indicator/series.ts), and its trend rows.
 * Profiles' sparklines and the indicator pages' line and slope charts read them here.
 */
import { readTable, cached } from "../observatory-data.ts";
import { indicators as indicatorValues } from "../../core/tables/indicators.ts";
import type { IndicatorSeries, TrendRow } from "../../lib/indicator/series.ts";
import { territories } from "../site-data.ts";

/** Every year of one indicator at one level, territory by territory; undefined when it has no value there. */
export function seriesAt(level: string, indicatorId: string): IndicatorSeries | undefined {
  return cached(`series:${level}:${indicatorId}`, () => {
    const rows = readTable(indicatorValues).filter((r) => r.level === level && r.indicator_id === indicatorId);
    if (!rows.some((r) => r.value !== null)) return undefined;
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const values: IndicatorSeries["values"] = {};
    const flags: IndicatorSeries["flags"] = {};
    for (const territory of territories(level)) {
      values[territory.code] = years.map(() => null);
      flags[territory.code] = years.map(() => null);
    }
    for (const row of rows) {
      const i = years.indexOf(row.year);
      (values[row.territory_code] ??= years.map(() => null))[i] = row.value;
      (flags[row.territory_code] ??= years.map(() => null))[i] = row.flag;
    }
    const breaks = breakRows(rows, years);
    const region = regionLine(indicatorId, years);
    return { indicator: indicatorId, level, years, breaks, values, flags, region };
  });
}

/** The breaks of a level's series: each year some territory marks as not comparable with the year before. */
function breakRows(rows: readonly Record<string, unknown>[], years: number[]): IndicatorSeries["breaks"] {
  const kinds = new Map<number, string>();
  for (const row of rows) {
    const kind = row.series_break;
    if (typeof kind === "string" && kind !== "" && !kinds.has(row.year as number)) kinds.set(row.year as number, kind);
  }
  return years.filter((y) => kinds.has(y)).map((year) => ({ year, kind: kinds.get(year)! }));
}

function regionLine(indicatorId: string, years: number[]): (number | null)[] {
  const rows = readTable(indicatorValues).filter((r) => r.level === "region" && r.indicator_id === indicatorId);
  return years.map((year) => rows.find((r) => r.year === year)?.value ?? null);
}

/** The `indicator_trends` row of a territory, undefined where the pipeline published none. */
export function trendAt(_level: string, _code: string, _indicatorId: string): TrendRow | undefined {
  return undefined;
}
