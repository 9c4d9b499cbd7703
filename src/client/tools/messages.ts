/**
 * The tools' texts in the browser: the page embeds its language's `tools.*` messages (and the
 * few shared ones it needs) as JSON, so the scripts carry no text of their own.
 */
import { readClientMessages, translatorFrom, type Translate } from "../../i18n/format-message.ts";
import { type Language, isLanguage } from "../../core/languages.ts";
import { locale } from "../../lib/format.ts";

export interface PageText {
  language: Language;
  locale: string;
  t: Translate;
}

export function readPageText(root: Document): PageText {
  const lang = root.documentElement.lang;
  const language = isLanguage(lang) ? lang : "en";
  return {
    language,
    locale: locale(language),
    t: translatorFrom(readClientMessages(root, "tools-messages"), language),
  };
}
