import type { Language } from "../core/languages.ts";

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

const formatters = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and the big tables format thousands of values: keep one per use. */
function formatter(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}|${key}`;
  if (!formatters.has(id)) formatters.set(id, new Intl.NumberFormat(locales[language], options));
  return formatters.get(id)!;
}

/** A value in its unit, in the page's language: "12,3 %", "21 060 €", "205 m". */
export function formatValue(value: number, unit: string, language: Language): string {
  const digits = DECIMALS[unit] ?? 2;
  if (unit === "euros") return formatter(language, "euros", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  if (unit === "percent") return formatter(language, "percent", { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / 100);
  const whole = unit === "count" && Number.isInteger(value);
  const number = formatter(language, `${unit}|${whole}`, { minimumFractionDigits: whole ? 0 : digits, maximumFractionDigits: digits }).format(value);
  return unit === "metres" ? `${number} m` : number;
}

/** A full ISO date ("2024-01-01"), the only form formatDate rewrites; "2023" or "2023-Q4" stay as published. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

export function formatDate(isoDate: string, language: Language): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
