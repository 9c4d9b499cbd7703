/**
 * The figure tools' "CSV for Excel" and "XLSX" files, written from a figure's CSV with
 * src/lib/data/spreadsheet.ts (and its XLSX writer). Imported by spreadsheet-downloads.ts only
 * when a visitor asks for one: a page that is only read never downloads the writer.
 */
import { csvTable, sheetCsv, sheetXlsx, type SheetAbout } from "../lib/data/spreadsheet.ts";
import { saveBlob } from "./save-blob.ts";

export interface SpreadsheetConfig {
  labels: { excel: string; xlsx: string; failed: string };
  /** Column headers in the page's language, by machine name. */
  columns: Record<string, string>;
  about: Omit<SheetAbout, "title" | "sources" | "url">;
}

/** The sources a CSV names in its "sources" column, each once. */
function sourcesOf(columns: string[], rows: unknown[][]): string[] {
  const at = columns.indexOf("sources");
  if (at < 0) return [];
  return [...new Set(rows.flatMap((row) => String(row[at] ?? "").split(";")).filter(Boolean))];
}

/** Saves `csv` (the figure's data, named after `link`) as an Excel-dialect CSV or an XLSX workbook. */
export function saveSpreadsheet(
  tools: HTMLElement,
  link: HTMLAnchorElement,
  csv: string,
  config: SpreadsheetConfig,
  variant: "excel" | "xlsx",
): void {
  const table = csvTable(csv, (name) => config.columns[name] ?? name);
  const base = (link.download || "data.csv").replace(/\.csv$/, "");
  if (variant === "excel") {
    saveBlob(new Blob([sheetCsv(table, "excel")], { type: "text/csv;charset=utf-8" }), `${base}_excel.csv`);
    return;
  }
  const about: SheetAbout = {
    ...config.about,
    title: tools.dataset.title ?? base,
    sources: sourcesOf(
      table.columns.map((c) => c.name),
      table.rows,
    ),
    url: location.href,
  };
  const bytes = sheetXlsx(table, about);
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  saveBlob(new Blob([new Uint8Array(bytes)], { type }), `${base}.xlsx`);
}
