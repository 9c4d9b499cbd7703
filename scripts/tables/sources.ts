import { sources } from "../../src/core/tables/sources.ts";
import type { Localized } from "../../src/core/languages.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { Source } from "../sources/registry.ts";
import type { LocalizedSourceTexts, SourceTexts } from "../sources/source-texts.ts";
import { declaredTable } from "./declared-table.ts";

const LANGUAGES = ["fr", "nl", "en"] as const;
const LANGUAGE_NAMES = {
  fr: { fr: "en français", nl: "in het Frans", en: "in French" },
  nl: { fr: "en néerlandais", nl: "in het Nederlands", en: "in Dutch" },
  en: { fr: "en anglais", nl: "in het Engels", en: "in English" },
} as const;

/** The description of a column and of its `_fr`, `_nl`, `_en` versions. */
function withLanguages(name: string, description: Localized): Record<string, Localized> {
  const columns: Record<string, Localized> = {
    [name]: {
      fr: `${description.fr} (texte d'origine, en anglais ; voir ${name}_fr, ${name}_nl)`,
      nl: `${description.nl} (oorspronkelijke tekst, in het Engels; zie ${name}_fr, ${name}_nl)`,
      en: `${description.en} (the original text, in English)`,
    },
  };
  for (const language of LANGUAGES)
    columns[`${name}_${language}`] = {
      fr: `${description.fr}, ${LANGUAGE_NAMES[language].fr}`,
      nl: `${description.nl}, ${LANGUAGE_NAMES[language].nl}`,
      en: `${description.en}, ${LANGUAGE_NAMES[language].en}`,
    };
  return columns;
}

function textColumns(texts: LocalizedSourceTexts) {
  const row: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const t: SourceTexts = texts[language];
    row[`title_${language}`] = t.title;
    row[`publisher_${language}`] = t.publisher;
    row[`licence_${language}`] = t.licence;
    row[`attribution_${language}`] = t.attribution;
    row[`reference_date_${language}`] = t.reference_date;
    row[`caveats_${language}`] = t.caveats.join(" | ");
  }
  return row;
}

/**
 * The raw sources the outputs rest on, with licence, attribution, date and checksum. The texts
 * are published as the registry states them (English) and in each language (`_fr`, `_nl`, `_en`).
 */
export function sourcesTable(cited: Source[], texts: ReadonlyMap<string, LocalizedSourceTexts>): Table {
  const describe = (en: string, fr: string, nl: string) => ({ fr, nl, en });
  const descriptions: Record<string, Localized> = {
    source_id: describe("Source id", "Identifiant de la source", "Id van de bron"),
    ...withLanguages("title", describe("Title", "Titre", "Titel")),
    ...withLanguages("publisher", describe("Publisher", "Éditeur", "Uitgever")),
    official_url: describe("Official URL", "Adresse officielle", "Officieel adres"),
    ...withLanguages("licence", describe("Licence", "Licence", "Licentie")),
    ...withLanguages(
      "attribution",
      describe("Attribution text to reproduce", "Mention de la source à reproduire", "Te vermelden bronvermelding"),
    ),
    ...withLanguages(
      "reference_date",
      describe("Reference date of the data", "Date de référence des données", "Referentiedatum van de gegevens"),
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
    ...withLanguages(
      "caveats",
      describe(
        "Known caveats, separated by ' | '",
        "Limites connues, séparées par « | »",
        "Bekende beperkingen, gescheiden door ' | '",
      ),
    ),
  };
  return declaredTable(
    sources,
    {
      fr: "Les sources de données brutes : éditeur, licence, attribution requise, date de référence, empreinte et limites connues, chaque texte aussi en français, néerlandais et anglais.",
      nl: "De ruwe gegevensbronnen: uitgever, licentie, vereiste naamsvermelding, referentiedatum, checksum en bekende beperkingen, elke tekst ook in het Frans, Nederlands en Engels.",
      en: "The raw data sources: publisher, licence, required attribution, reference date, checksum and known caveats, each text also in French, Dutch and English.",
    },
    descriptions,
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
        ...textColumns(texts.get(s.id)!),
      })),
  );
}
