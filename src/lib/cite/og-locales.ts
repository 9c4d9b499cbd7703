/** Open Graph locales (language_TERRITORY, https://ogp.me/#optional) of the site's languages: Belgian French and Dutch. */
import type { Language } from "../../core/languages.ts";

export const OG_LOCALES: Record<Language, string> = { fr: "fr_BE", nl: "nl_BE", en: "en_GB" };
