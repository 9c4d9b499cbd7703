import { LEVEL_COLUMN, TERRITORY_CODE_COLUMN } from "../output/common-columns.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import { column, localizedColumns, type Table } from "../../src/core/table-schema.ts";
import type { Source } from "../sources/registry.ts";
import type {
  DataQualityNote,
  IndicatorDefinition,
  IndicatorValue,
  MethodParameter,
} from "../indicators/indicator-model.ts";

/** The long `indicators` table: one row per level × territory × indicator × year. */
export function indicatorsTable(values: IndicatorValue[], levelOrder: string[]): Table {
  const rank = new Map(levelOrder.map((level, index) => [level, index]));
  const sorted = [...values].sort(
    (a, b) =>
      rank.get(a.level)! - rank.get(b.level)! ||
      a.indicator_id.localeCompare(b.indicator_id) ||
      compareCodes(a.territory_code, b.territory_code) ||
      a.year - b.year,
  );
  return {
    name: "indicators",
    description: {
      fr: "Valeurs des indicateurs, format long : une ligne par niveau, territoire, indicateur et année. Définitions dans indicator_catalog.",
      nl: "Waarden van de indicatoren, lang formaat: één rij per niveau, gebied, indicator en jaar. Definities in indicator_catalog.",
      en: "Indicator values in long format: one row per level, territory, indicator and year. Definitions in indicator_catalog.",
    },
    columns: [
      LEVEL_COLUMN,
      TERRITORY_CODE_COLUMN,
      column("indicator_id", "VARCHAR", {
        fr: "Indicateur (table indicator_catalog)",
        nl: "Indicator (tabel indicator_catalog)",
        en: "Indicator (indicator_catalog table)",
      }),
      column("year", "INTEGER", { fr: "Année de référence", nl: "Referentiejaar", en: "Reference year" }),
      column("value", "DOUBLE", {
        fr: "Valeur (vide si non disponible ou non applicable : voir flag)",
        nl: "Waarde (leeg indien niet beschikbaar of niet van toepassing: zie flag)",
        en: "Value (empty when not available or not applicable: see flag)",
      }),
      column("numerator", "DOUBLE", {
        fr: "Numérateur, pour les taux",
        nl: "Teller, voor percentages",
        en: "Numerator, for rates",
      }),
      column("denominator", "DOUBLE", {
        fr: "Dénominateur, pour les taux",
        nl: "Noemer, voor percentages",
        en: "Denominator, for rates",
      }),
      column("flag", "VARCHAR", {
        fr: "Remarque de qualité ou raison d'une valeur absente",
        nl: "Kwaliteitsopmerking of reden van een ontbrekende waarde",
        en: "Quality note or reason for a missing value",
      }),
    ],
    rows: sorted.map((v) => ({ ...v })),
  };
}

export function catalogTable(
  definitions: IndicatorDefinition[],
  values: IndicatorValue[],
  levelOrder: string[],
): Table {
  const published = new Set(values.map((v) => `${v.indicator_id}/${v.level}`));
  const levelsOf = (id: string) => levelOrder.filter((level) => published.has(`${id}/${level}`));
  // The catalogue describes these columns in English in every language.
  const inEnglish = (what: string) => ({ fr: what, nl: what, en: what });
  return {
    name: "indicator_catalog",
    description: {
      fr: "Catalogue des indicateurs : libellés, unité, polarité, année, méthode et sources.",
      nl: "Catalogus van de indicatoren: labels, eenheid, polariteit, jaar, methode en bronnen.",
      en: "Indicator catalogue: labels, unit, polarity, year, method and sources.",
    },
    columns: [
      column("indicator_id", "VARCHAR", {
        fr: "Identifiant de l'indicateur",
        nl: "Id van de indicator",
        en: "Indicator id",
      }),
      column("family", "VARCHAR", {
        fr: "Famille : population, fragility, gp, coverage",
        nl: "Familie: population, fragility, gp, coverage",
        en: "Family: population, fragility, gp, coverage",
      }),
      ...localizedColumns("label", inEnglish("Label")),
      column("unit", "VARCHAR", { fr: "Unité", nl: "Eenheid", en: "Unit" }),
      column("polarity", "VARCHAR", {
        fr: "higher_is_worse, higher_is_better ou neutral : une valeur plus haute est-elle pire ou meilleure ?",
        nl: "higher_is_worse, higher_is_better of neutral: is een hogere waarde slechter of beter?",
        en: "higher_is_worse, higher_is_better or neutral: is a higher value worse or better?",
      }),
      column("reference_year", "INTEGER", { fr: "Année de référence", nl: "Referentiejaar", en: "Reference year" }),
      column("levels", "VARCHAR", {
        fr: "Niveaux publiés, séparés par « ; »",
        nl: "Gepubliceerde niveaus, gescheiden door ';'",
        en: "Published levels, separated by ';'",
      }),
      ...localizedColumns("method", inEnglish("Method")),
      column("source_ids", "VARCHAR", {
        fr: "Sources (table sources), séparées par « ; »",
        nl: "Bronnen (tabel sources), gescheiden door ';'",
        en: "Sources (sources table), separated by ';'",
      }),
      column("status", "VARCHAR", {
        fr: "published, ou not_available quand la méthode est prête mais les données manquent",
        nl: "published, of not_available wanneer de methode klaar is maar de gegevens ontbreken",
        en: "published, or not_available when the method is ready but its data are missing",
      }),
    ],
    rows: [...definitions]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((d) => ({
        indicator_id: d.id,
        family: d.family,
        label_fr: d.label.fr,
        label_nl: d.label.nl,
        label_en: d.label.en,
        unit: d.unit,
        polarity: d.polarity,
        reference_year: d.year,
        levels: levelsOf(d.id).join(";"),
        method_fr: d.method.fr,
        method_nl: d.method.nl,
        method_en: d.method.en,
        source_ids: d.sources.join(";"),
        status: d.status,
      })),
  };
}

export function sourcesTable(sources: Source[]): Table {
  const text = (name: string, en: string, fr: string, nl: string) => column(name, "VARCHAR", { fr, nl, en });
  return {
    name: "sources",
    description: {
      fr: "Les sources de données brutes : éditeur, licence, attribution requise, date de référence, empreinte et limites connues.",
      nl: "De ruwe gegevensbronnen: uitgever, licentie, vereiste naamsvermelding, referentiedatum, checksum en bekende beperkingen.",
      en: "The raw data sources: publisher, licence, required attribution, reference date, checksum and known caveats.",
    },
    columns: [
      text("source_id", "Source id", "Identifiant de la source", "Id van de bron"),
      text("title", "Title", "Titre", "Titel"),
      text("publisher", "Publisher", "Éditeur", "Uitgever"),
      text("official_url", "Official URL", "Adresse officielle", "Officieel adres"),
      text("licence", "Licence", "Licence", "Licentie"),
      text(
        "attribution",
        "Attribution text to reproduce",
        "Mention de la source à reproduire",
        "Te vermelden bronvermelding",
      ),
      text(
        "reference_date",
        "Reference date of the data",
        "Date de référence des données",
        "Referentiedatum van de gegevens",
      ),
      text(
        "sha256",
        "SHA-256 of the raw file the pipeline read",
        "SHA-256 du fichier brut lu par le pipeline",
        "SHA-256 van het ingelezen ruwe bestand",
      ),
      text("format", "File format", "Format de fichier", "Bestandsformaat"),
      text(
        "acquisition",
        "How the file was obtained (as-is copy, conversion, transcription...)",
        "Comment le fichier a été obtenu (copie telle quelle, conversion, transcription...)",
        "Hoe het bestand verkregen werd (ongewijzigde kopie, conversie, transcriptie...)",
      ),
      text(
        "caveats",
        "Known caveats, separated by ' | '",
        "Limites connues, séparées par « | »",
        "Bekende beperkingen, gescheiden door ' | '",
      ),
    ],
    rows: [...sources]
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
  };
}

/** Every column of every table, described in three languages: the data page's codebook and the SQL workspace's schema panel. */
export function codebookTable(tables: Table[]): Table {
  const self: Table = {
    name: "codebook",
    description: {
      fr: "Description de chaque colonne de chaque table, en français, néerlandais et anglais.",
      nl: "Beschrijving van elke kolom van elke tabel, in het Frans, Nederlands en Engels.",
      en: "Description of every column of every table, in French, Dutch and English.",
    },
    columns: [
      column("table_name", "VARCHAR", { fr: "Table", nl: "Tabel", en: "Table" }),
      column("column_name", "VARCHAR", {
        fr: "Colonne (vide : la table elle-même)",
        nl: "Kolom (leeg: de tabel zelf)",
        en: "Column (empty: the table itself)",
      }),
      column("column_type", "VARCHAR", { fr: "Type SQL", nl: "SQL-type", en: "SQL type" }),
      column("description_fr", "VARCHAR", {
        fr: "Description en français",
        nl: "Beschrijving in het Frans",
        en: "Description in French",
      }),
      column("description_nl", "VARCHAR", {
        fr: "Description en néerlandais",
        nl: "Beschrijving in het Nederlands",
        en: "Description in Dutch",
      }),
      column("description_en", "VARCHAR", {
        fr: "Description en anglais",
        nl: "Beschrijving in het Engels",
        en: "Description in English",
      }),
    ],
    rows: [],
  };
  for (const table of [...tables, self]) {
    self.rows.push({
      table_name: table.name,
      column_name: null,
      column_type: null,
      description_fr: table.description.fr,
      description_nl: table.description.nl,
      description_en: table.description.en,
    });
    for (const c of table.columns) {
      self.rows.push({
        table_name: table.name,
        column_name: c.name,
        column_type: c.type,
        description_fr: c.description.fr,
        description_nl: c.description.nl,
        description_en: c.description.en,
      });
    }
  }
  return self;
}

/** Every value that is missing, corrected or excluded, with the reason: counted per indicator on the site. */
export function dataQualityTable(notes: DataQualityNote[]): Table {
  const rows = [...notes].sort(
    (a, b) =>
      (a.indicator_id ?? "").localeCompare(b.indicator_id ?? "") ||
      a.level.localeCompare(b.level) ||
      compareCodes(a.territory_code ?? "", b.territory_code ?? "") ||
      a.issue.localeCompare(b.issue),
  );
  return {
    name: "data_quality",
    description: {
      fr: "Valeurs manquantes, corrigées ou exclues, et pourquoi.",
      nl: "Ontbrekende, gecorrigeerde of uitgesloten waarden, en waarom.",
      en: "Values that are missing, corrected or excluded, and why.",
    },
    columns: [
      column("source_id", "VARCHAR", { fr: "Source concernée", nl: "Betrokken bron", en: "Source concerned" }),
      LEVEL_COLUMN,
      TERRITORY_CODE_COLUMN,
      column("indicator_id", "VARCHAR", {
        fr: "Indicateur concerné",
        nl: "Betrokken indicator",
        en: "Indicator concerned",
      }),
      column("issue", "VARCHAR", {
        fr: "Nature : missing_in_source, not_applicable, incomplete_data, corrected, excluded...",
        nl: "Aard: missing_in_source, not_applicable, incomplete_data, corrected, excluded...",
        en: "Kind: missing_in_source, not_applicable, incomplete_data, corrected, excluded...",
      }),
      column("detail", "VARCHAR", { fr: "Explication (en anglais)", nl: "Uitleg (in het Engels)", en: "Explanation" }),
    ],
    rows: rows.map((note) => ({ ...note })),
  };
}

/** Every weight, threshold and setting of every method, with its status and origin. */
export function methodParametersTable(parameters: MethodParameter[]): Table {
  return {
    name: "method_parameters",
    description: {
      fr: "Paramètres des méthodes (poids, seuils, réglages), avec leur statut (référence, dérivé d'un chiffre publié, hypothèse, choix de méthode) et leur origine.",
      nl: "Parameters van de methodes (gewichten, drempels, instellingen), met hun status (referentie, afgeleid van een gepubliceerd cijfer, veronderstelling, methodekeuze) en herkomst.",
      en: "Parameters of the methods (weights, thresholds, settings), with their status (reference, derived from a published figure, assumption, method choice) and origin.",
    },
    columns: [
      column("family", "VARCHAR", { fr: "Famille d'indicateurs", nl: "Indicatorfamilie", en: "Indicator family" }),
      column("parameter", "VARCHAR", { fr: "Paramètre", nl: "Parameter", en: "Parameter" }),
      column("value", "VARCHAR", { fr: "Valeur", nl: "Waarde", en: "Value" }),
      column("status", "VARCHAR", {
        fr: "reference, derived, assumption ou setting",
        nl: "reference, derived, assumption of setting",
        en: "reference, derived, assumption or setting",
      }),
      column("explanation", "VARCHAR", {
        fr: "Justification (en anglais)",
        nl: "Verantwoording (in het Engels)",
        en: "Why this value",
      }),
      column("source_id", "VARCHAR", {
        fr: "Source du chiffre cité",
        nl: "Bron van het aangehaalde cijfer",
        en: "Source of the cited figure",
      }),
    ],
    rows: parameters.map((p) => ({ ...p, value: String(p.value) })),
  };
}
