/**
 * The whole result as a CSV file (see src/lib/csv.ts), built a chunk at a time with pauses so
 * that a large result never freezes the page, then handed to the browser as a download.
 */
import { csvChunks } from "../../lib/csv.ts";
import { saveBlob } from "../save-blob.ts";
import type { ResultSet } from "./result-set.ts";

async function csvBlob(result: ResultSet): Promise<Blob> {
  const parts: string[] = [];
  let since = performance.now();
  for (const chunk of csvChunks(
    result.columns.map((column) => column.name),
    result.rows(),
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

export async function downloadCsv(result: ResultSet, filename: string): Promise<void> {
  saveBlob(await csvBlob(result), filename);
}
