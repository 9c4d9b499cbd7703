import type { Language } from "../i18n/translate.ts";

const locales: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 0 }).format(value);
}

export function formatDate(isoDate: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
