/**
 * The French and Dutch versions of the registry's English texts (data/reference/source-texts.json),
 * so that the sources table, and every page citing a source, speaks the reader's language.
 * Keyed by the English text: a source sharing a licence or publisher with another shares its
 * translation, and an edited English text without its translation stops the run.
 */
import { InputError } from "../lib/errors.ts";
import { readJson } from "./read-text.ts";
import type { Source } from "./registry.ts";

export const SOURCE_TEXT_FIELDS = ["title", "publisher", "licence", "attribution", "reference_date"] as const;
export type SourceTextField = (typeof SOURCE_TEXT_FIELDS)[number];

/** One source's texts in one language; caveats in the registry's order. */
export type SourceTexts = Record<SourceTextField, string> & { caveats: string[] };
export type LocalizedSourceTexts = Record<"fr" | "nl" | "en", SourceTexts>;

export type SourceTextTable = ReadonlyMap<string, { fr: string; nl: string }>;

/** A date (YYYY-MM-DD) reads the same in every language: it needs no entry. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function loadSourceTexts(path: string): SourceTextTable {
  const list = (readJson(path) as { texts?: unknown }).texts;
  if (!Array.isArray(list)) throw new InputError(path, `expected an object with a "texts" array`);
  const table = new Map<string, { fr: string; nl: string }>();
  list.forEach((entry: Record<string, unknown>, index) => {
    for (const language of ["en", "fr", "nl"]) {
      if (typeof entry[language] !== "string" || (entry[language] as string).trim() === "")
        throw new InputError(path, `text entry has no "${language}" text`, { row: index + 1, column: language });
    }
    const en = entry.en as string;
    if (table.has(en))
      throw new InputError(path, `the English text "${en}" is given twice`, { row: index + 1, column: "en" });
    table.set(en, { fr: entry.fr as string, nl: entry.nl as string });
  });
  return table;
}

/**
 * A source's texts in French, Dutch and English. A source built by the pipeline (OBS_GP_SUPPLY)
 * brings its own; a registered one takes them from the table and stops the run, naming the
 * source and field, when one is missing.
 */
export function localizeSource(source: Source, table: SourceTextTable, tablePath: string): LocalizedSourceTexts {
  const en: SourceTexts = {
    title: source.title,
    publisher: source.publisher,
    licence: source.licence,
    attribution: source.attribution,
    reference_date: source.reference_date,
    caveats: [...source.caveats],
  };
  if (source.texts) return { ...source.texts, en };
  const translate = (text: string, field: string, language: "fr" | "nl") => {
    if (isoDate.test(text)) return text;
    const found = table.get(text);
    if (!found)
      throw new InputError(
        tablePath,
        `source "${source.id}" has no French and Dutch text for its ${field} "${text}": add an entry {"en", "fr", "nl"} for it`,
        { column: field },
      );
    return found[language];
  };
  const inLanguage = (language: "fr" | "nl"): SourceTexts => ({
    title: translate(source.title, "title", language),
    publisher: translate(source.publisher, "publisher", language),
    licence: translate(source.licence, "licence", language),
    attribution: translate(source.attribution, "attribution", language),
    reference_date: translate(source.reference_date, "reference_date", language),
    caveats: source.caveats.map((caveat) => translate(caveat, "caveats", language)),
  });
  return { fr: inLanguage("fr"), nl: inLanguage("nl"), en };
}
