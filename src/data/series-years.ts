/**
 * The years the site offers for an indicator at a level: those of its series with at least one
 * value there (a rebuilt aggregate may lack coverage in early years), when there are two or more.
 * The explorer's year controls (through the client catalogue) and the static change maps use it.
 */
import { MAP_LEVELS } from "../core/levels.ts";
import type { SeriesYears } from "../lib/explorer/series.ts";
import { cached, indicatorSeries } from "./observatory-data.ts";
import { multiYearSeries } from "./series-paths.ts";

export function offeredYears(level: string, indicatorId: string): SeriesYears | null {
  return cached(`offered-years:${level}:${indicatorId}`, () => {
    const series = indicatorSeries(level, indicatorId);
    if (!series) return null;
    const values = Object.values(series.values);
    const years = series.years.filter((_, i) => values.some((column) => column[i] !== null));
    return years.length > 1 ? { years, breaks: series.breaks } : null;
  });
}

/** The years offered at each map level where an indicator has several. */
export function offeredYearsByLevel(indicatorId: string): Record<string, SeriesYears> {
  const byLevel: Record<string, SeriesYears> = {};
  for (const { level, indicator } of multiYearSeries()) {
    if (indicator !== indicatorId || !MAP_LEVELS.includes(level)) continue;
    const years = offeredYears(level, indicatorId);
    if (years) byLevel[level] = years;
  }
  return byLevel;
}
