/**
 * A key figure's trend on a profile: the area's series, its bassin's and the region's on the
 * area's years, with the breaks and the `indicator_trends` row that words the change. Only for
 * indicators with more than one published year at the area's level.
 */
import type { IndicatorSeries, SeriesBreak, TrendRow } from "../../lib/indicator/series.ts";
import { valueIn } from "../../lib/indicator/series.ts";
import { seriesAt, trendAt } from "../indicator/series.ts";
import { comparisonBassin, type Area } from "./territory.ts";

export interface KeyTrend {
  years: number[];
  breaks: SeriesBreak[];
  area: (number | null)[];
  bassin: (number | null)[] | null;
  region: (number | null)[] | null;
  trend: TrendRow | undefined;
}

function on(years: number[], series: IndicatorSeries | undefined, line: (number | null)[] | undefined) {
  if (!series || !line) return null;
  const aligned = years.map((year) => valueIn(series, line, year));
  return aligned.some((v) => v !== null) ? aligned : null;
}

/**
 * The trend of one key figure, undefined with fewer than two years. `withBenchmarks` is false for
 * indicators ranked within a level (the fragility index): a bassin's or the region's value is on
 * another scale, so only the area's line is drawn.
 */
export function keyTrend(area: Area, indicatorId: string, withBenchmarks: boolean): KeyTrend | undefined {
  const series = seriesAt(area.level, indicatorId);
  const own = series?.values[area.code];
  if (!series || !own || series.years.length < 2 || own.filter((v) => v !== null).length < 2) return undefined;
  const bassinCode = comparisonBassin(area);
  const bassinSeries = withBenchmarks && bassinCode ? seriesAt("bassin", indicatorId) : undefined;
  return {
    years: series.years,
    breaks: series.breaks,
    area: own,
    bassin: bassinCode ? on(series.years, bassinSeries, bassinSeries?.values[bassinCode]) : null,
    region: withBenchmarks ? on(series.years, series, series.region) : null,
    trend: trendAt(area.level, area.code, indicatorId),
  };
}
