/**
 * The whole result as a CSV file (see src/lib/csv.ts), built a chunk at a time with pauses so
 * that a large result never freezes the page, then handed to the browser as a download.
 */
import { csvChunks, type CsvDialect } from "../../lib/csv.ts";
import { sheetXlsx, type SheetAbout } from "../../lib/data/spreadsheet.ts";
import { saveBlob } from "../save-blob.ts";
import type { ResultSet } from "./result-set.ts";

async function csvBlob(result: ResultSet, dialect: CsvDialect): Promise<Blob> {
  const parts: string[] = [];
  let since = performance.now();
  for (const chunk of csvChunks(
    result.columns.map((column) => column.name),
    result.rows(),
    1000,
    dialect,
  )) {
    parts.push(chunk);
    // Let the page answer clicks and keys between slices of about one frame.
    if (performance.now() - since > 16) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
}

/** International (comma, decimal point) or Excel Belgium/France (semicolon, decimal comma, BOM). */
export async function downloadCsv(
  result: ResultSet,
  filename: string,
  dialect: CsvDialect = "international",
): Promise<void> {
  saveBlob(await csvBlob(result, dialect), filename);
}

/** The result as a workbook: the columns as named in the query, and a sheet giving the query and address. */
export function downloadXlsx(result: ResultSet, filename: string, about: SheetAbout): void {
  const table = {
    columns: result.columns.map((c) => ({
      name: c.name,
      label: c.name,
      numeric: c.kind === "number",
      description: c.type,
    })),
    rows: [...result.rows()],
  };
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  saveBlob(new Blob([new Uint8Array(sheetXlsx(table, about))], { type }), filename);
}
