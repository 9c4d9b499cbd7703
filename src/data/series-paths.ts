import { indicators } from "../core/tables/indicators.ts";
import { cached, readTable } from "./observatory-data.ts";

/** The (level, indicator) pairs published for more than one year: one series JSON each. */
export function multiYearSeries(): { level: string; indicator: string }[] {
  return cached("multi-year-series", () => {
    const years = new Map<string, Set<number>>();
    for (const r of readTable(indicators)) {
      const key = `${r.level}\\u0000${r.indicator_id}`;
      (years.get(key) ?? years.set(key, new Set()).get(key)!).add(r.year);
    }
    return [...years]
      .filter(([, set]) => set.size > 1)
      .map(([key]) => {
        const [level, indicator] = key.split("\\u0000") as [string, string];
        return { level, indicator };
      })
      .sort((a, b) => a.level.localeCompare(b.level) || a.indicator.localeCompare(b.indicator));
  });
}

export function seriesStaticPaths() {
  return multiYearSeries().map((params) => ({ params }));
}
