/** The site's languages, in the order pages offer them; every label and message exists in each. */
export const languages = ["fr", "nl", "en"] as const;
export type Language = (typeof languages)[number];

/** Text in the three languages of the site. */
export type Localized = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}
