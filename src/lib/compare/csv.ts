/**
 * The CSV of a comparison: exactly the table shown, one line per indicator and area (the site's
 * long form, as the profile and map CSVs), with the year, flag, interval, rank, the reference and
 * the verdict, and the indicator's sources. Browser-safe, pure.
 */
import type { Language } from "../../core/languages.ts";
import { toCsv, type CsvDialect } from "../csv.ts";
import type { ComparisonTable } from "./table.ts";

export const COMPARE_CSV_HEADER = [
  "family",
  "indicator_id",
  "indicator",
  "unit",
  "polarity",
  "level",
  "code",
  "name",
  "year",
  "value",
  "flag",
  "ci_low",
  "ci_high",
  "rank",
  "rank_of",
  "reference",
  "comparison",
  "comparison_basis",
  "sources",
] as const;

export function comparisonCsv(
  table: ComparisonTable,
  language: Language,
  dialect: CsvDialect = "international",
): string {
  const rows = table.groups.flatMap((group) =>
    group.rows.flatMap((row) =>
      row.cells.map((cell, i) => {
        const column = table.columns[i]!;
        const verdict = cell.verdict;
        return [
          group.family,
          row.indicator.id,
          row.indicator.label[language],
          row.indicator.unit,
          row.indicator.polarity,
          column.data.level,
          column.code,
          column.data.names[language][column.index],
          cell.cell?.y ?? null,
          cell.cell?.v ?? null,
          cell.cell === null ? "not_published_at_level" : (cell.cell.f ?? null),
          cell.cell?.lo ?? null,
          cell.cell?.hi ?? null,
          cell.rank?.rank ?? null,
          cell.rank?.pool ?? null,
          table.referenceKey,
          // As in the table: no verdict where the level publishes no value.
          cell.cell === null ? null : verdict === "reference" ? "reference" : verdict.verdict,
          cell.cell === null || verdict === "reference" ? null : verdict.reason,
          row.indicator.citation[language],
        ];
      }),
    ),
  );
  return toCsv(COMPARE_CSV_HEADER, rows, dialect);
}
