import type { CsvRow } from "../../src/lib/published.ts";
import { readCsvTable } from "../../src/data/observatory-data.ts";

/**
 * The `indicators` rows pages show, as text: the catalogue's reference year of each indicator (or
 * a territory's latest row before it), one per level, territory and indicator. The table holds
 * every year; tests comparing a page with the CSV compare with these.
 */
export function headlineCsvRows(): CsvRow[] {
  const reference = new Map(readCsvTable("indicator_catalog").map((r) => [r.indicator_id!, Number(r.reference_year)]));
  const chosen = new Map<string, CsvRow>();
  for (const row of readCsvTable("indicators")) {
    const year = Number(row.year);
    if (year > reference.get(row.indicator_id!)!) continue;
    const key = `${row.level}/${row.territory_code}/${row.indicator_id}`;
    const known = chosen.get(key);
    if (!known || year > Number(known.year)) chosen.set(key, row);
  }
  return [...chosen.values()];
}
