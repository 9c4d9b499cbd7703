import { clss } from "../../src/core/tables/clss.ts";
import type { RowOf, Table } from "../../src/core/table-schema.ts";
import { declaredTable } from "./declared-table.ts";

/** The contrats locaux social-santé matched to Monitoring quartiers (rows read by scripts/territory/clss.ts). */
export function clssTable(rows: RowOf<typeof clss>[]): Table {
  return declaredTable(
    clss,
    {
      fr: "Contrats locaux social-santé (CLSS) tels que nommés par Vivalis et les bassins, rapprochés des quartiers du Monitoring, une ligne par CLSS et quartier, avec la nature du rapprochement.",
      nl: "Lokale sociale-gezondheidscontracten (LSGC/CLSS) zoals genoemd door Vivalis en de zorgbassins, gekoppeld aan de wijken van de Wijkmonitoring, één rij per contract en wijk, met de aard van de koppeling.",
      en: "Contrats locaux social-santé (CLSS, local social-health contracts) as named by Vivalis and the bassins, matched to Monitoring quartiers, one row per CLSS and quartier, with how the match was made.",
    },
    {
      clss_id: { fr: "Identifiant du CLSS", nl: "Id van het contract", en: "CLSS id" },
      name_as_stated: {
        fr: "Nom tel que publié",
        nl: "Naam zoals gepubliceerd",
        en: "Name as published",
      },
      commune_as_stated: {
        fr: "Commune telle que publiée",
        nl: "Gemeente zoals gepubliceerd",
        en: "Commune as published",
      },
      bassin_as_stated: {
        fr: "Bassin tel que publié",
        nl: "Zorgbassin zoals gepubliceerd",
        en: "Bassin as published",
      },
      wave_as_stated: {
        fr: "Vague (2023, ou « not stated »)",
        nl: "Golf (2023, of 'not stated')",
        en: "Wave (2023, or 'not stated')",
      },
      quartier_code: {
        fr: "Code du quartier du Monitoring",
        nl: "Code van de wijk (Wijkmonitoring)",
        en: "Monitoring quartier code",
      },
      quartier_name_fr: {
        fr: "Nom du quartier (FR)",
        nl: "Naam van de wijk (FR)",
        en: "Quartier name (FR)",
      },
      quartier_name_nl: {
        fr: "Nom du quartier (NL)",
        nl: "Naam van de wijk (NL)",
        en: "Quartier name (NL)",
      },
      match: {
        fr: "Rapprochement : whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune",
        nl: "Koppeling: whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune",
        en: "Match: whole-quartier, part-of-quartier, one-of-several-quartiers, whole-commune",
      },
      note: {
        fr: "Justification du rapprochement (texte d'origine, en anglais ; voir note_fr, note_nl)",
        nl: "Verantwoording van de koppeling (oorspronkelijke tekst, in het Engels; zie note_fr, note_nl)",
        en: "Why the match was made (the original text, in English)",
      },
      note_fr: {
        fr: "Justification du rapprochement, en français",
        nl: "Verantwoording van de koppeling, in het Frans",
        en: "Why the match was made, in French",
      },
      note_nl: {
        fr: "Justification du rapprochement, en néerlandais",
        nl: "Verantwoording van de koppeling, in het Nederlands",
        en: "Why the match was made, in Dutch",
      },
      note_en: {
        fr: "Justification du rapprochement, en anglais",
        nl: "Verantwoording van de koppeling, in het Engels",
        en: "Why the match was made, in English",
      },
      source: { fr: "Page(s) source", nl: "Bronpagina('s)", en: "Source page(s)" },
    },
    rows,
  );
}
