/**
 * The sources as the pages present them, in the page's language: licence, required attribution, vintage, caveats and the
 * checksum of the raw file (manifest). A source id cited by the catalogue but missing from the
 * `sources` table is reported as such, never silently dropped.
 */
import { splitCaveats } from "../../lib/data/downloads.ts";
import { readManifest } from "../observatory-data.ts";
import type { Language } from "../../core/languages.ts";
import { sourceRows, sourceText } from "../site-data.ts";

export interface SourceInfo {
  id: string;
  /** False when the id is not in the published `sources` table. */
  registered: boolean;
  title: string;
  publisher: string;
  licence: string;
  attribution: string;
  referenceDate: string;
  url: string;
  caveats: string[];
  /** sha256 of the raw file, from the manifest (empty for live queries). */
  sha256: string;
}

export function sourceInfo(id: string, language: Language): SourceInfo {
  const row = sourceRows().find((r) => r.source_id === id);
  const vintage = readManifest().sources.find((s) => s.id === id);
  if (!row)
    return {
      id,
      registered: false,
      title: "",
      publisher: "",
      licence: "",
      attribution: "",
      referenceDate: vintage?.reference_date ?? "",
      url: "",
      caveats: [],
      sha256: vintage?.sha256 ?? "",
    };
  return {
    id,
    registered: true,
    title: sourceText(row, "title", language),
    publisher: sourceText(row, "publisher", language),
    licence: sourceText(row, "licence", language),
    attribution: sourceText(row, "attribution", language),
    referenceDate: sourceText(row, "reference_date", language) || (vintage?.reference_date ?? ""),
    url: row.official_url ?? "",
    caveats: splitCaveats(row[`caveats_${language}`] ?? row.caveats),
    sha256: vintage?.sha256 ?? row.sha256 ?? "",
  };
}

/** Every source of the `sources` table, in its order. */
export function allSources(language: Language): SourceInfo[] {
  return sourceRows().map((row) => sourceInfo(row.source_id!, language));
}
