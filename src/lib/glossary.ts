/**
 * The glossary (/{lang}/glossary/): its terms, in the order the page lists them, and the words
 * that name them in running text, so that a page can link a term's first use (browser-safe).
 * The names and definitions are messages (src/i18n/messages/i15-glossary.json).
 */
import type { Language } from "../core/languages.ts";

export const GLOSSARY_TERMS = [
  "bim",
  "cpas",
  "clss",
  "bassin",
  "quartier",
  "sector",
  "percentile",
  "quantile",
  "interval",
  "2sfca",
  "inami",
  "fragility",
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export function glossaryPath(language: string, term?: GlossaryTerm): string {
  return `/${language}/glossary/${term ? `#${term}` : ""}`;
}

/** Abbreviations that name a term as they are written on the pages, in each language. */
export const TERM_WORDS: Record<Language, readonly (readonly [string, GlossaryTerm])[]> = {
  fr: [
    ["BIM", "bim"],
    ["CPAS", "cpas"],
    ["CLSS", "clss"],
    ["2SFCA", "2sfca"],
    ["INAMI", "inami"],
  ],
  nl: [
    ["VT", "bim"],
    ["OCMW", "cpas"],
    ["LSGC", "clss"],
    ["2SFCA", "2sfca"],
    ["RIZIV", "inami"],
  ],
  en: [
    ["BIM", "bim"],
    ["CPAS", "cpas"],
    ["CLSS", "clss"],
    ["2SFCA", "2sfca"],
    ["INAMI", "inami"],
  ],
};

export type Segment = { text: string; term?: GlossaryTerm };

/**
 * Splits a text so that the first use of each term (among those not yet in `seen`) becomes a
 * segment of its own with its term; `seen` is updated, so later texts of the page link no more.
 */
export function termSegments(text: string, language: Language, seen: Set<GlossaryTerm>): Segment[] {
  let best: { index: number; word: string; term: GlossaryTerm } | null = null;
  for (const [word, term] of TERM_WORDS[language]) {
    if (seen.has(term)) continue;
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "u").exec(text);
    if (match && (best === null || match.index < best.index)) best = { index: match.index, word, term };
  }
  if (best === null) return text ? [{ text }] : [];
  seen.add(best.term);
  const before = text.slice(0, best.index);
  const after = text.slice(best.index + best.word.length);
  return [
    ...(before ? [{ text: before }] : []),
    { text: best.word, term: best.term },
    ...termSegments(after, language, seen),
  ];
}
