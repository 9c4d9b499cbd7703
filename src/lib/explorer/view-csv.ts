/**
 * The CSV of the explorer's view when it shows another year than the headline, or a change: the
 * static CSV beside the map holds the headline year only, and "the data shown" must be the data
 * shown. Same columns as the static map CSV for one year; both years, both values and the change
 * for a change.
 */
import type { Language } from "../../core/languages.ts";
import type { ClientCatalogEntry } from "../client-data.ts";
import { toCsv } from "../csv.ts";
import { relativeChange } from "./change.ts";

export interface YearColumn {
  year: number;
  values: (number | null)[];
  flags: (string | null)[];
}

export interface ViewCsvInput {
  level: string;
  indicator: ClientCatalogEntry;
  language: Language;
  codes: string[];
  names: string[];
  to: YearColumn;
  from?: YearColumn;
}

/** Rounded to remove floating-point noise of a subtraction (0.1 + 0.2), not the published precision. */
const clean = (value: number) => Number(value.toPrecision(12));

export function viewCsv({ level, indicator, language, codes, names, to, from }: ViewCsvInput): string {
  const label = indicator.label[language];
  if (!from)
    return toCsv(
      ["level", "code", "name", "indicator_id", "indicator", "unit", "year", "value", "flag", "sources"],
      codes.map((code, i) => [
        level,
        code,
        names[i],
        indicator.id,
        label,
        indicator.unit,
        to.year,
        to.values[i],
        to.flags[i],
        indicator.citation[language],
      ]),
    );
  return toCsv(
    [
      "level",
      "code",
      "name",
      "indicator_id",
      "indicator",
      "unit",
      "year_from",
      "year_to",
      "value_from",
      "value_to",
      "change_abs",
      "change_rel_pct",
      "flag_from",
      "flag_to",
      "sources",
    ],
    codes.map((code, i) => {
      const [a, b] = [from.values[i] ?? null, to.values[i] ?? null];
      const both = a !== null && b !== null;
      const relative = both ? relativeChange(a, b, indicator.unit) : null;
      return [
        level,
        code,
        names[i],
        indicator.id,
        label,
        indicator.unit,
        from.year,
        to.year,
        a,
        b,
        both ? clean(b - a) : null,
        relative === null ? null : clean(relative),
        from.flags[i],
        to.flags[i],
        indicator.citation[language],
      ];
    }),
  );
}
