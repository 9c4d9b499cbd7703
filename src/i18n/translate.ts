import en from "./en.json";
import fr from "./fr.json";
import nl from "./nl.json";

export const languages = ["fr", "nl", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "fr";

export const languageNames: Record<Language, string> = { fr: "Français", nl: "Nederlands", en: "English" };

/** French is the reference: every other language must have exactly its keys (tests/i18n.test.ts). */
export type MessageKey = keyof typeof fr;
export const messages: Record<Language, Record<MessageKey, string>> = { fr, nl, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** One `t(key, params)` per language, as in Starlight: no UI string is written in a component. */
export function createTranslator(language: Language) {
  const table = messages[language];
  return (key: MessageKey, params: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translator = ReturnType<typeof createTranslator>;
