/**
 * Contrats locaux social-santé (CLSS) touching a territory, from the clss table: each CLSS as
 * named in its source, matched to Monitoring quartiers with a match type and a reviewer's note.
 */
import { clss as clssTable } from "../../core/tables/clss.ts";
import type { Language } from "../../core/languages.ts";
import { readTable } from "../observatory-data.ts";
import type { Area } from "./territory.ts";

export interface ClssMatch {
  quartierCode: string;
  /** whole-quartier, part-of-quartier, one-of-several-quartiers or whole-commune. */
  match: string;
  /** The reviewer's note, in the page's language. */
  note: string;
}

export interface Clss {
  id: string;
  name: string;
  commune: string;
  source: string;
  matches: ClssMatch[];
}

/**
 * A quartier's CLSS are those matched to it; a commune's are those whose source names the
 * commune (the clss table states the commune as written in the source, in French).
 */
export function clssFor(area: Area, language: Language): Clss[] {
  const selected = readTable(clssTable).filter((r) =>
    area.level === "quartier"
      ? r.quartier_code === area.code
      : area.level === "commune" && r.commune_as_stated === area.name.fr,
  );
  const byId = new Map<string, Clss>();
  for (const r of selected) {
    const clss =
      byId.get(r.clss_id) ??
      byId
        .set(r.clss_id, {
          id: r.clss_id,
          name: r.name_as_stated,
          commune: r.commune_as_stated,
          source: r.source,
          matches: [],
        })
        .get(r.clss_id)!;
    clss.matches.push({ quartierCode: r.quartier_code, match: r.match, note: r[`note_${language}`] ?? r.note ?? "" });
  }
  return [...byId.values()];
}
