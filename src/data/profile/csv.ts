/** The CSV behind a profile's spine chart: the rows shown, with the spread they are drawn against. */
import type { Language } from "../../core/languages.ts";
import { toCsv } from "../../lib/csv.ts";
import { profileRows } from "./rows.ts";
import { areaName, findArea } from "./territory.ts";

export const PROFILE_CSV_HEADER = [
  "level",
  "code",
  "name",
  "family",
  "indicator_id",
  "indicator",
  "unit",
  "polarity",
  "year",
  "value",
  "flag",
  "region",
  "bassin",
  "benchmark",
  "benchmark_value",
  "comparison",
  "bassin_comparison",
  "territories",
  "min",
  "p25",
  "median",
  "p75",
  "max",
  "sources",
];

export function profileCsv(level: string, code: string, language: Language): string {
  const area = findArea(level, code);
  return toCsv(
    PROFILE_CSV_HEADER,
    profileRows(level, code).map((row) => [
      level,
      code,
      areaName(area, language),
      row.indicator.family,
      row.indicator.id,
      row.indicator.label[language],
      row.indicator.unit,
      row.indicator.polarity,
      row.year,
      row.value,
      row.cell?.flag ?? null,
      row.region,
      row.bassin,
      row.benchmark.kind,
      row.benchmark.value,
      row.comparison,
      row.bassin === null ? null : row.bassinComparison,
      row.stats?.n ?? null,
      row.stats?.min ?? null,
      round(row.stats?.p25),
      row.stats ? round(row.stats.median) : null,
      round(row.stats?.p75),
      row.stats?.max ?? null,
      row.indicator.sources.join(";"),
    ]),
  );
}

/** Interpolated percentiles get four decimals; published values are written as published. */
function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 10_000) / 10_000;
}
