import { join } from "node:path";
import { languages, type Language, type Localized } from "../../../src/core/languages.ts";
import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { readCsv, type CsvTable } from "../../sources/read-csv.ts";
import { factKey } from "./fact-status.ts";

/** The reviewed FR/NL/EN texts of each GP fact's statement, caveat, period and publisher. */
export const FACT_TEXTS_FILE = "gp-fact-texts.csv";

/** Languages a verbatim quote may be in (the pages quote French, Dutch and English sources). */
export const QUOTE_LANGUAGES = ["fr", "nl", "en"] as const;

/** One published fact as transcribed in English, and what its translations are checked against. */
export interface FactToTranslate {
  sourceId: string;
  file: string;
  row: number;
  /** The raw file's column holding the statement, named when its translation is missing. */
  statementColumn: string;
  statement: string;
  caveat: string | null;
  period: string;
  publisher: string;
  /** The quote shown verbatim: it needs a language when it has words. */
  quote: string;
  /** Every text of the raw row (and of its conflict note): the only place a translation's figures may come from. */
  rawTexts: string[];
}

export interface FactTexts {
  quoteLanguage: string | null;
  statement: Localized;
  caveat: Localized | null;
  period: Localized;
  publisher: Localized;
}

const PARTS = ["statement", "caveat", "period", "publisher"] as const;
type Part = (typeof PARTS)[number];

/**
 * The translations of every fact, by "source id/row". Each row pins the English transcription it
 * translates (a changed raw row invalidates it), a fact without a row stops the run naming its raw
 * file and row, a row whose fact is gone stops it too, and a translation may only repeat the
 * figures of its raw row: no number is typed by hand.
 */
export function readFactTexts(context: PipelineContext, facts: readonly FactToTranslate[]): Map<string, FactTexts> {
  const path = join(context.referenceDir, FACT_TEXTS_FILE);
  const columns = PARTS.flatMap((part) => [`${part}_as_transcribed`, ...languages.map((l) => `${part}_${l}`)]);
  const csv = readCsv(path, { columns: ["source_id", "row", "quote_language", ...columns] });
  const byKey = new Map(facts.map((fact) => [factKey(fact.sourceId, fact.row), fact]));
  const texts = new Map<string, FactTexts>();
  for (let i = 0; i < csv.length; i++) {
    const key = factKey(csv.required(i, "source_id"), csv.integer(i, "row"));
    const fact = byKey.get(key);
    if (!fact) throw csv.error(i, "row", `no GP fact ${key}: the row was removed or moved; review the translation`);
    if (texts.has(key)) throw csv.error(i, "row", `${key} is listed twice`);
    const figures = new Set(fact.rawTexts.flatMap(digitRuns));
    const part = (name: Part, transcribed: string | null) => translated(csv, i, key, name, transcribed, figures);
    texts.set(key, {
      quoteLanguage: quoteLanguage(csv, i, fact),
      statement: part("statement", fact.statement)!,
      caveat: part("caveat", fact.caveat),
      period: part("period", fact.period)!,
      publisher: part("publisher", fact.publisher)!,
    });
  }
  for (const [key, fact] of byKey)
    if (!texts.has(key))
      throw new InputError(
        fact.file,
        `GP fact ${key} has no translation in data/reference/${FACT_TEXTS_FILE}: add a row (statement, caveat, period and publisher in ${languages.join(", ")})`,
        { row: fact.row, column: fact.statementColumn },
      );
  return texts;
}

/** One part's three texts, checked against the transcription it translates; null when the fact has none. */
function translated(
  csv: CsvTable,
  i: number,
  key: string,
  part: Part,
  transcribed: string | null,
  figures: ReadonlySet<string>,
): Localized | null {
  const pinned = `${part}_as_transcribed`;
  if (csv.text(i, pinned) !== (transcribed ?? ""))
    throw csv.error(
      i,
      pinned,
      `${key} now reads ${JSON.stringify(transcribed ?? "")}: the translation no longer matches the file; review it`,
    );
  if (transcribed === null) {
    for (const language of languages)
      if (csv.text(i, `${part}_${language}`) !== "")
        throw csv.error(i, `${part}_${language}`, `${key} has no ${part}: leave the translation empty`);
    return null;
  }
  const entries = languages.map((language): [Language, string] => {
    const column = `${part}_${language}`;
    const text = csv.required(i, column);
    const typed = digitRuns(text).find((run) => !figures.has(run));
    if (typed !== undefined)
      throw csv.error(
        i,
        column,
        `the figure ${typed} is not in ${key}'s raw row: a translation may only repeat the file's figures`,
      );
    return [language, text];
  });
  return Object.fromEntries(entries) as Localized;
}

/** fr, nl or en for a quote with words; empty for a bare figure, which has no language. */
function quoteLanguage(csv: CsvTable, i: number, fact: FactToTranslate): string | null {
  const language = csv.text(i, "quote_language");
  const words = /\p{L}/u.test(fact.quote);
  if (!words && language !== "")
    throw csv.error(i, "quote_language", `the quote ${JSON.stringify(fact.quote)} has no words: leave it empty`);
  if (words && !(QUOTE_LANGUAGES as readonly string[]).includes(language))
    throw csv.error(
      i,
      "quote_language",
      `${JSON.stringify(language)} is not the language of a quote (expected ${QUOTE_LANGUAGES.join(", ")})`,
    );
  return language || null;
}

function digitRuns(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}
