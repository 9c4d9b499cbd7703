/**
 * The register page's downloads, each marked "computed from your file" in its content and its
 * name: the results as CSV and XLSX (every level and indicator, before and after the edits), and
 * the map as PNG (the map on screen, whose title says so, at print resolution through the figure's
 * export: the subtitle says it is not a published figure). Made in the page, saved through a blob:
 * URL; nothing is uploaded.
 */
import { toCsv } from "../../lib/csv.ts";
import { writeXlsx } from "../../lib/xlsx.ts";
import { saveBlob } from "../save-blob.ts";
import { describeFigureExport } from "../figure-tools.ts";
import type { PageText } from "./messages.ts";

/** A file name from the user's file name: letters, digits and dashes only. */
export function downloadName(userFile: string, suffix: string): string {
  const stem =
    userFile
      .replace(/\.[^.]*$/, "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "register";
  return `gp-shortage-computed-from-your-file-${stem}${suffix}`;
}

export function saveCsv(header: string[], rows: (string | number | null)[][], fileName: string): void {
  saveBlob(new Blob([toCsv(header, rows)], { type: "text/csv;charset=utf-8" }), fileName);
}

export function saveXlsx(
  about: string[],
  header: string[],
  rows: (string | number | null)[][],
  sheetNames: { about: string; results: string },
  fileName: string,
): void {
  const bytes = writeXlsx([
    { name: sheetNames.about, rows: about.map((line) => [line]) },
    { name: sheetNames.results, rows: [header, ...rows] },
  ]);
  saveBlob(
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    fileName,
  );
}

/** The map's PNG export: named like the other downloads, marked "not published" under its title. */
export function describeGpRegisterMapExport(mapFrame: HTMLElement, fileName: string, text: PageText): void {
  describeFigureExport(mapFrame.closest("figure")!, { file: fileName, details: text.t("gpr.download.notPublished") });
}
