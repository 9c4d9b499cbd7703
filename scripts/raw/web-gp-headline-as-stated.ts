import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { addresses, type StatedFact } from "./web-gp-statements-as-stated.ts";

/** Regional GP headline figures (OSS 2017 study, Vivalis 2025 cartography), transcribed by hand. */
export const GP_HEADLINE_SOURCE = "web-gp-headline-as-stated";

/** The region's NIS code, as the statement files write it for region-wide rows. */
export const REGION_NIS_CODE = "04000";

/**
 * Every headline figure. The file's documented scope is the Brussels-Capital Region (SOURCES.md
 * section 16), so every row is a region-wide fact. A value is a plain decimal, or a statement in
 * words (a list of zones): a value without a letter must be a number, so "12,5" or "1 000" is
 * refused instead of being published as text.
 */
export function readGpHeadlineFigures(context: PipelineContext): StatedFact[] {
  const file = sourcePath(context, GP_HEADLINE_SOURCE);
  const table = readSourceCsv(context, file, {
    columns: ["indicator", "value", "reference", "publisher_as_stated", "source_url"],
  });
  const facts: StatedFact[] = [];
  for (let i = 0; i < table.length; i++) {
    const text = table.required(i, "value");
    const words = /\p{L}/u.test(text);
    const value = words ? null : table.number(i, "value");
    if (value !== null && value < 0)
      throw table.error(i, "value", `${value} is negative; a count, share or rate stated on a page cannot be`);
    facts.push({
      sourceId: GP_HEADLINE_SOURCE,
      file,
      row: table.rowNumber(i),
      geography: "region",
      area: null,
      territoryCode: REGION_NIS_CODE,
      indicator: table.required(i, "indicator"),
      value,
      valueAsStated: text,
      unit: null,
      period: table.required(i, "reference"),
      publisher: table.required(i, "publisher_as_stated"),
      urls: addresses(table, i, "source_url"),
      caveat: null,
    });
  }
  return facts;
}
