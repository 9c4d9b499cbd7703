import { join } from "node:path";
import { column, type Table } from "../../src/core/table-schema.ts";
import type { PipelineContext } from "../lib/context.ts";
import { readCsv } from "../sources/read-csv.ts";
import type { TerritorialModel } from "./territorial-model.ts";

export const CLSS_FILE = "clss.csv";
const MATCHES = ["whole-quartier", "part-of-quartier", "one-of-several-quartiers", "whole-commune"] as const;

/**
 * The contrats locaux social-santé matched to Monitoring quartiers. The public bodies name CLSS
 * in their own words; the reviewed reference table states how each name maps to quartiers.
 */
export function clssTable(context: PipelineContext, model: TerritorialModel): Table {
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
      "source",
    ],
  });
  const quartiers = new Map(model.territories.get("quartier")!.map((q) => [q.code, q]));
  const seen = new Set<string>();
  const rows = [];
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
      note: csv.text(i, "note") || null,
      source: csv.required(i, "source"),
    });
  }
  return {
    name: "clss",
    description: {
      fr: "Contrats locaux social-santé (CLSS) tels que nommés par Vivalis et les bassins, rapprochés des quartiers du Monitoring, une ligne par CLSS et quartier, avec la nature du rapprochement.",
      nl: "Lokale sociale-gezondheidscontracten (LSGC/CLSS) zoals genoemd door Vivalis en de zorgbassins, gekoppeld aan de wijken van de Wijkmonitoring, één rij per contract en wijk, met de aard van de koppeling.",
      en: "Contrats locaux social-santé (CLSS, local social-health contracts) as named by Vivalis and the bassins, matched to Monitoring quartiers, one row per CLSS and quartier, with how the match was made.",
    },
    columns: [
      column("clss_id", "VARCHAR", { fr: "Identifiant du CLSS", nl: "Id van het contract", en: "CLSS id" }),
      column("name_as_stated", "VARCHAR", {
        fr: "Nom tel que publié",
        nl: "Naam zoals gepubliceerd",
        en: "Name as published",
      }),
      column("commune_as_stated", "VARCHAR", {
        fr: "Commune telle que publiée",
        nl: "Gemeente zoals gepubliceerd",
        en: "Commune as published",
      }),
      column("bassin_as_stated", "VARCHAR", {
        fr: "Bassin tel que publié",
        nl: "Zorgbassin zoals gepubliceerd",
        en: "Bassin as published",
      }),
      column("wave_as_stated", "VARCHAR", {
        fr: "Vague (2023, ou « not stated »)",
        nl: "Golf (2023, of 'not stated')",
        en: "Wave (2023, or 'not stated')",
      }),
      column("quartier_code", "VARCHAR", {
        fr: "Code du quartier du Monitoring",
        nl: "Code van de wijk (Wijkmonitoring)",
        en: "Monitoring quartier code",
      }),
      column("quartier_name_fr", "VARCHAR", {
        fr: "Nom du quartier (FR)",
        nl: "Naam van de wijk (FR)",
        en: "Quartier name (FR)",
      }),
      column("quartier_name_nl", "VARCHAR", {
        fr: "Nom du quartier (NL)",
        nl: "Naam van de wijk (NL)",
        en: "Quartier name (NL)",
      }),
      column("match", "VARCHAR", {
        fr: "Rapprochement : whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune",
        nl: "Koppeling: whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune",
        en: "Match: whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune",
      }),
      column("note", "VARCHAR", {
        fr: "Justification du rapprochement (en anglais)",
        nl: "Verantwoording van de koppeling (in het Engels)",
        en: "Why the match was made",
      }),
      column("source", "VARCHAR", { fr: "Page(s) source", nl: "Bronpagina('s)", en: "Source page(s)" }),
    ],
    rows,
  };
}
