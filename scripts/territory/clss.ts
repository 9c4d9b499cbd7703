import { join } from "node:path";
import type { RowOf } from "../../src/core/table-schema.ts";
import type { clss } from "../../src/core/tables/clss.ts";
import type { PipelineContext } from "../lib/context.ts";
import { readCsv } from "../sources/read-csv.ts";
import type { TerritorialModel } from "./territorial-model.ts";

export const CLSS_FILE = "clss.csv";
const MATCHES = ["whole-quartier", "part-of-quartier", "one-of-several-quartiers", "whole-commune"] as const;

/**
 * The contrats locaux social-santé matched to Monitoring quartiers, read and checked from the
 * reviewed reference table. The public bodies name CLSS in their own words; the table states how
 * each name maps to quartiers.
 */
export function clssRows(context: PipelineContext, model: TerritorialModel): RowOf<typeof clss>[] {
  const path = join(context.referenceDir, CLSS_FILE);
  const csv = readCsv(path, {
    columns: [
      "clss_id",
      "clss_name_as_stated",
      "commune_as_stated",
      "bassin_as_stated",
      "wave_as_stated",
      "quartier_code",
      "match",
      "note",
      "note_fr",
      "note_nl",
      "source",
    ],
  });
  const quartiers = new Map(model.territories.get("quartier")!.map((q) => [q.code, q]));
  const seen = new Set<string>();
  const rows: RowOf<typeof clss>[] = [];
  for (let i = 0; i < csv.length; i++) {
    const id = csv.code(i, "clss_id", /^[a-z0-9-]+$/, "CLSS id (lower-case slug)");
    const quartierCode = csv.required(i, "quartier_code");
    const quartier = quartiers.get(quartierCode);
    if (!quartier) throw csv.error(i, "quartier_code", `unknown quartier code ${quartierCode}`);
    if (seen.has(`${id}/${quartierCode}`))
      throw csv.error(i, "quartier_code", `CLSS ${id} lists quartier ${quartierCode} twice`);
    seen.add(`${id}/${quartierCode}`);
    const match = csv.required(i, "match");
    if (!(MATCHES as readonly string[]).includes(match))
      throw csv.error(i, "match", `unknown match "${match}" (expected ${MATCHES.join(", ")})`);
    const note = csv.text(i, "note") || null;
    // A reviewer's note is published in the three languages: one without its French or Dutch text stops the run.
    const translated = (column: "note_fr" | "note_nl") => {
      const text = csv.text(i, column) || null;
      if (note && !text)
        throw csv.error(i, column, `the note has no ${column === "note_fr" ? "French" : "Dutch"} text`);
      return text;
    };
    rows.push({
      clss_id: id,
      name_as_stated: csv.required(i, "clss_name_as_stated"),
      commune_as_stated: csv.required(i, "commune_as_stated"),
      bassin_as_stated: csv.required(i, "bassin_as_stated"),
      wave_as_stated: csv.required(i, "wave_as_stated"),
      quartier_code: quartierCode,
      quartier_name_fr: quartier.name_fr,
      quartier_name_nl: quartier.name_nl,
      match,
      note,
      note_fr: translated("note_fr"),
      note_nl: translated("note_nl"),
      note_en: note,
      source: csv.required(i, "source"),
    });
  }
  return rows;
}
