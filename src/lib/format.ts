import type { Language } from "../i18n/translate.ts";

const locales: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

export function locale(language: Language): string {
  return locales[language];
}

export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 0 }).format(value);
}

/** Decimals shown per unit: enough to compare areas, no false precision. */
const DECIMALS: Record<string, number> = {
  percent: 1, euros: 0, per_1000: 2, per_10000: 1, metres: 0, rank_0_1: 2, rank: 0, count: 1, persons: 0, index_region_1: 2,
};

/** A value in its unit, in the page's language: "12,3 %", "21 060 €", "205 m". */
export function formatValue(value: number, unit: string, language: Language): string {
  const digits = DECIMALS[unit] ?? 2;
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: unit === "count" && Number.isInteger(value) ? 0 : digits, maximumFractionDigits: digits };
  if (unit === "euros") return new Intl.NumberFormat(locales[language], { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  const number = new Intl.NumberFormat(locales[language], options).format(value);
  if (unit === "percent") return new Intl.NumberFormat(locales[language], { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / 100);
  if (unit === "metres") return `${number} m`;
  return number;
}

export function formatDate(isoDate: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
