import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import type { CsvTable } from "../sources/read-csv.ts";
import { webAddresses } from "../sources/strict-values.ts";

/**
 * Statements about GP supply, shortage and GMD/DMG coverage as stated on public pages, transcribed
 * by hand (SOURCES.md sections 17 and 18): the three files share one layout, read here.
 */
export const GP_STATEMENT_SOURCES = [
  "web-gp-shortage-statements-as-stated",
  "web-gp-supply-as-stated",
  "web-dmg-coverage-as-stated",
] as const;

/** One figure or statement as a page states it, with the row it came from. */
export interface StatedFact {
  sourceId: string;
  file: string;
  /** Row in the file (header = row 1). */
  row: number;
  geography: string;
  /** Null where the file names no area (its documented scope is the whole region). */
  area: string | null;
  /** As in the file: empty, 04000 (the region) or commune NIS codes separated by ";". */
  territoryCode: string | null;
  indicator: string;
  value: number | null;
  /** The page's own phrase, verbatim. */
  valueAsStated: string;
  unit: string | null;
  period: string;
  publisher: string;
  urls: string[];
  caveat: string | null;
}

const COLUMNS = [
  "geography_level",
  "area_as_stated",
  "nis_code",
  "indicator",
  "value",
  "value_as_stated",
  "unit",
  "reference_period",
  "original_source_as_stated",
  "source_url",
  "notes",
];

/** Every row of one statements file; a number must be a plain decimal, and never negative. */
export function readStatedStatements(context: PipelineContext, sourceId: string): StatedFact[] {
  const file = sourcePath(context, sourceId);
  const table = readSourceCsv(context, file, { columns: COLUMNS });
  // Age group and sex qualify a figure where the file has them (GP use and GMD/DMG coverage by age).
  const qualifiers = ["age_group", "sex"].filter((column) => table.header.includes(column));
  const facts: StatedFact[] = [];
  for (let i = 0; i < table.length; i++) {
    const qualified = qualifiers
      .map((column) => [column, table.text(i, column)] as const)
      .filter(([, text]) => text !== "")
      .map(([column, text]) => `${column === "age_group" ? "ages" : "sex"} ${text}`);
    facts.push({
      sourceId,
      file,
      row: table.rowNumber(i),
      geography: table.required(i, "geography_level"),
      area: table.required(i, "area_as_stated"),
      territoryCode: table.text(i, "nis_code") || null,
      indicator: table.required(i, "indicator") + (qualified.length ? ` (${qualified.join(", ")})` : ""),
      value: nonNegative(table, i, "value"),
      valueAsStated: table.required(i, "value_as_stated"),
      unit: table.text(i, "unit") || null,
      period: table.required(i, "reference_period"),
      publisher: table.required(i, "original_source_as_stated"),
      urls: addresses(table, i, "source_url"),
      caveat: table.text(i, "notes") || null,
    });
  }
  return facts;
}

/** A stated number, which no statement of these files can make negative (counts, shares, rates). */
export function nonNegative(table: CsvTable, index: number, column: string): number | null {
  const value = table.optionalNumber(index, column);
  if (value !== null && value < 0)
    throw table.error(index, column, `${value} is negative; a count, share or rate stated on a page cannot be`);
  return value;
}

/** The cited pages of a row: at least one, each an http(s) address. */
export function addresses(table: CsvTable, index: number, column: string): string[] {
  const parsed = webAddresses(table.required(index, column));
  if ("problem" in parsed) throw table.error(index, column, parsed.problem);
  return parsed.urls;
}
