/**
 * UI strings live in src/i18n/messages/<area>.json, each holding the same keys in French, Dutch
 * and English; every page area owns one file. `t(key)` is the only way a component gets text.
 */
import type { Language } from "../core/languages.ts";
import { translatorFrom } from "./format-message.ts";

export const languageNames: Record<Language, string> = { fr: "Français", nl: "Nederlands", en: "English" };

export type Messages = Record<Language, Record<string, string>>;

const files = import.meta.glob<Messages>("./messages/*.json", { eager: true, import: "default" });

/** Every message file, by file name: tests/src/i18n/translate.test.ts checks each has the same keys in every language. */
export const messageFiles: Record<string, Messages> = Object.fromEntries(
  Object.entries(files).map(([path, content]) => [path.replace(/^.*\/(.*)\.json$/, "$1"), content]),
);

export const messages: Messages = {
  fr: Object.assign({}, ...Object.values(messageFiles).map((file) => file.fr)),
  nl: Object.assign({}, ...Object.values(messageFiles).map((file) => file.nl)),
  en: Object.assign({}, ...Object.values(messageFiles).map((file) => file.en)),
};

/** A missing key is a build error, never an empty label on a page. */
export function createTranslator(language: Language) {
  return translatorFrom(messages[language], language);
}

/**
 * The messages whose keys start with one of the prefixes, except those starting with one of
 * `omit`: what a page hands to its browser script (src/components/ClientMessages.astro).
 */
export function messagesFor(
  language: Language,
  prefixes: string[],
  omit: string[] = [],
): Readonly<Record<string, string>> {
  // Hundreds of pages ask for the same selections: filter the ~2,000 messages once per selection.
  const id = JSON.stringify([language, prefixes, omit]);
  let selection = selections.get(id);
  if (!selection) {
    const wanted = (key: string) => prefixes.some((p) => key.startsWith(p)) && !omit.some((p) => key.startsWith(p));
    selection = Object.freeze(Object.fromEntries(Object.entries(messages[language]).filter(([key]) => wanted(key))));
    selections.set(id, selection);
  }
  return selection;
}

const selections = new Map<string, Readonly<Record<string, string>>>();

export type Translator = ReturnType<typeof createTranslator>;
