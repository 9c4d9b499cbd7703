import { languages, type Language, type Localized } from "../../src/core/languages.ts";

/** A text written once per language from one template: the same figures in each. */
export function inEachLanguage(make: (language: Language) => string): Localized {
  return Object.fromEntries(languages.map((language) => [language, make(language)])) as Localized;
}

/**
 * A number as a sentence in the language writes it: 0.624 / 0,624. Written out rather than
 * toLocaleString, whose output depends on the ICU data of the runtime; no thousands grouping.
 */
export function decimalIn(language: Language, value: number): string {
  return language === "en" ? String(value) : String(value).replace(".", ",");
}
