import { sources } from "../../src/core/tables/sources.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { Source } from "../sources/registry.ts";
import { declaredTable } from "./declared-table.ts";

/** The raw sources the outputs rest on, with licence, attribution, date and checksum. */
export function sourcesTable(cited: Source[]): Table {
  const describe = (en: string, fr: string, nl: string) => ({ fr, nl, en });
  return declaredTable(
    sources,
    {
      fr: "Les sources de données brutes : éditeur, licence, attribution requise, date de référence, empreinte et limites connues.",
      nl: "De ruwe gegevensbronnen: uitgever, licentie, vereiste naamsvermelding, referentiedatum, checksum en bekende beperkingen.",
      en: "The raw data sources: publisher, licence, required attribution, reference date, checksum and known caveats.",
    },
    {
      source_id: describe("Source id", "Identifiant de la source", "Id van de bron"),
      title: describe("Title", "Titre", "Titel"),
      publisher: describe("Publisher", "Éditeur", "Uitgever"),
      official_url: describe("Official URL", "Adresse officielle", "Officieel adres"),
      licence: describe("Licence", "Licence", "Licentie"),
      attribution: describe(
        "Attribution text to reproduce",
        "Mention de la source à reproduire",
        "Te vermelden bronvermelding",
      ),
      reference_date: describe(
        "Reference date of the data",
        "Date de référence des données",
        "Referentiedatum van de gegevens",
      ),
      sha256: describe(
        "SHA-256 of the raw file the pipeline read",
        "SHA-256 du fichier brut lu par le pipeline",
        "SHA-256 van het ingelezen ruwe bestand",
      ),
      format: describe("File format", "Format de fichier", "Bestandsformaat"),
      acquisition: describe(
        "How the file was obtained (as-is copy, conversion, transcription...)",
        "Comment le fichier a été obtenu (copie telle quelle, conversion, transcription...)",
        "Hoe het bestand verkregen werd (ongewijzigde kopie, conversie, transcriptie...)",
      ),
      caveats: describe(
        "Known caveats, separated by ' | '",
        "Limites connues, séparées par « | »",
        "Bekende beperkingen, gescheiden door ' | '",
      ),
    },
    [...cited]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        source_id: s.id,
        title: s.title,
        publisher: s.publisher,
        official_url: s.official_url,
        licence: s.licence,
        attribution: s.attribution,
        reference_date: s.reference_date,
        sha256: s.sha256,
        format: s.format,
        acquisition: s.acquisition.type,
        caveats: s.caveats.join(" | "),
      })),
  );
}
