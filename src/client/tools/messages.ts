/**
 * The tools' texts in the browser: the page embeds its language's `tools.*` messages (and the
 * few shared ones it needs) as JSON, so the scripts carry no text of their own.
 */
export type Language = "fr" | "nl" | "en";
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const LOCALES: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

export interface PageText {
  language: Language;
  locale: string;
  t: Translate;
}

/** Same contract as src/i18n/translate.ts: a missing key is an error, never an empty label. */
export function translator(table: Record<string, string>, language: string): Translate {
  return (key, params = {}) => {
    const text = table[key];
    if (text === undefined) throw new Error(`Missing ${language} translation for "${key}"`);
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

export function readPageText(root: Document): PageText {
  const element = root.getElementById("tools-messages");
  if (!element?.textContent) throw new Error("the page has no #tools-messages");
  const language = root.documentElement.lang as Language;
  return { language, locale: LOCALES[language] ?? "en-GB", t: translator(JSON.parse(element.textContent) as Record<string, string>, language) };
}
