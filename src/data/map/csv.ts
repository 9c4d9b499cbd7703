/** The CSV behind a map view: one row per territory, with the value, its year, flag and unit. */
import type { Language } from "../../core/languages.ts";
import { toCsv } from "../../lib/csv.ts";
import { indicator, levelValues, territories } from "../site-data.ts";

export function mapCsv(indicatorId: string, level: string, language: Language): string {
  const info = indicator(indicatorId);
  const cells = levelValues(level).get(indicatorId);
  return toCsv(
    ["level", "code", "name", "indicator_id", "indicator", "unit", "year", "value", "flag", "sources"],
    territories(level).map((t) => {
      const cell = cells?.get(t.code);
      return [
        level,
        t.code,
        t.name[language],
        indicatorId,
        info.label[language],
        info.unit,
        cell?.year ?? info.year,
        cell?.value ?? null,
        cell?.flag ?? null,
        info.sources.join(";"),
      ];
    }),
  );
}
