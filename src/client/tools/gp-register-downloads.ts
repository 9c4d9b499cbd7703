/**
 * The register page's downloads, each marked "computed from your file" in its content and its
 * name: the results as CSV and XLSX (every level and indicator, before and after the edits), and
 * the map as PNG (a standalone picture whose title and footer say so). Made in the page, saved
 * through a blob: URL; nothing is uploaded.
 */
import { toCsv } from "../../lib/csv.ts";
import { writeXlsx } from "../../lib/xlsx.ts";
import { saveBlob } from "../save-blob.ts";

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

/** Rasterises an SVG string at twice its size on a white background. */
export async function savePng(svg: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), "image/png"));
    saveBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
