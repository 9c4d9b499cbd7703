/**
 * Every number and date the site writes, in the page's language (fr-BE, nl-BE, en-GB), at build
 * time and in the browser alike: values in their unit, integers, ordinals, dates, file sizes, the
 * policy tools' figures and the query workspace's cells. Browser-safe: no data access.
 */
import type { Language } from "../core/languages.ts";

const locales: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

export function locale(language: Language): string {
  return locales[language];
}

export function formatInteger(value: number, language: Language): string {
  return formatter(language, "integer", { maximumFractionDigits: 0 }).format(value);
}

const englishSuffixes: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const englishRules = new Intl.PluralRules("en-GB", { type: "ordinal" });

/** An ordinal as written in running text: "1er", "2e" (fr); "1e", "2e" (nl); "1st", "22nd" (en). */
export function ordinal(n: number, language: Language): string {
  const number = formatInteger(n, language);
  if (language === "en") return `${number}${englishSuffixes[englishRules.select(n)] ?? "th"}`;
  if (language === "fr") return `${number}${n === 1 ? "er" : "e"}`;
  return `${number}e`;
}

/** Decimals shown per unit: enough to compare areas, no false precision. */
const DECIMALS: Record<string, number> = {
  percent: 1,
  euros: 0,
  per_1000: 2,
  per_10000: 1,
  metres: 0,
  rank_0_1: 2,
  rank: 0,
  count: 1,
  persons: 0,
  index_region_1: 2,
};

/** Decimals shown for a unit (also the precision of a change in it, src/lib/explorer/change.ts). */
export function unitDecimals(unit: string): number {
  return DECIMALS[unit] ?? 2;
}

const unitFormats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and the big tables format thousands of values: keep one per use. */
function formatter(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}|${key}`;
  if (!unitFormats.has(id)) unitFormats.set(id, new Intl.NumberFormat(locales[language], options));
  return unitFormats.get(id)!;
}

/** A value in its unit, in the page's language: "12,3 %", "21 060 €", "205 m". */
export function formatValue(value: number, unit: string, language: Language): string {
  const digits = DECIMALS[unit] ?? 2;
  if (unit === "euros")
    return formatter(language, "euros", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  if (unit === "percent")
    return formatter(language, "percent", {
      style: "percent",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value / 100);
  const whole = unit === "count" && Number.isInteger(value);
  const number = formatter(language, `${unit}|${whole}`, {
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(value);
  return unit === "metres" ? `${number} m` : number;
}

/** A full ISO date ("2024-01-01"), the only form formatDate rewrites; "2023" or "2023-Q4" stay as published. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, language: Language): string {
  if (!isIsoDate(isoDate)) return isoDate;
  let format = dateFormats.get(language);
  if (!format)
    dateFormats.set(
      language,
      (format = new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" })),
    );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A file size with Intl units (decimal, 1 kB = 1000 bytes): "57,7 ko", "6.3 MB". */
export function formatBytes(bytes: number, language: Language): string {
  const [unit, divisor] = bytes >= 1e6 ? ["megabyte", 1e6] : ["kilobyte", 1e3];
  // Built once per language and unit: the workspace writes sizes while DuckDB downloads.
  return formatter(language, `bytes-${unit}`, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(bytes / divisor);
}

/** The policy tools' numbers for a locale ("fr-BE"), as the rest of the site writes them. */
export interface NumberFormats {
  integer: (value: number) => string;
  decimal: (value: number, digits: number) => string;
  /** At most `digits` decimals, trailing zeros dropped: "0,5", "600". */
  upTo: (value: number, digits: number) => string;
  percent: (ratio: number, digits?: number) => string;
  /** A signed percentage: "+12,5 %", "−3,0 %". */
  signedPercent: (ratio: number, digits?: number) => string;
  signedInteger: (value: number) => string;
  euros: (value: number) => string;
}

/** One set per locale for the page's life: tables call this per row, and formatters are costly to build. */
const byLocale = new Map<string, NumberFormats>();

export function numberFormats(locale: string): NumberFormats {
  let formats = byLocale.get(locale);
  if (!formats) byLocale.set(locale, (formats = buildNumberFormats(locale)));
  return formats;
}

function buildNumberFormats(locale: string): NumberFormats {
  const cache = new Map<string, Intl.NumberFormat>();
  const get = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  return {
    integer: (value) => get("int", { maximumFractionDigits: 0 }).format(value),
    decimal: (value, digits) =>
      get(`dec${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    upTo: (value, digits) => get(`upto${digits}`, { maximumFractionDigits: digits }).format(value),
    percent: (ratio, digits = 1) =>
      get(`pct${digits}`, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        ratio,
      ),
    signedPercent: (ratio, digits = 1) =>
      get(`spct${digits}`, {
        style: "percent",
        signDisplay: "exceptZero",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(ratio),
    signedInteger: (value) => get("sint", { maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(value),
    euros: (value) => get("eur", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value),
  };
}

/** A value of a query result (src/client/query/cells.ts): BIGINT stays a bigint. */
type ResultCell = string | number | bigint | boolean | null;

/**
 * The query workspace's numbers, counts and durations: "1 246 136" in French, "1.246.136" in
 * Dutch, "1,246,136" in English. Codes and years keep their digits together (grouping starts at
 * five digits).
 */
export interface Formatters {
  cell(value: ResultCell): string;
  count(value: number | bigint): string;
  duration(milliseconds: number): string;
  number(value: number): string;
}

export function formatters(language: Language): Formatters {
  const locale = locales[language];
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: "min2" });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    cell: (cell) => {
      if (cell === null) return "NULL";
      if (typeof cell === "number" || typeof cell === "bigint") return value.format(cell);
      return String(cell);
    },
    count: (n) => count.format(n),
    // SI symbols, the same in every language, after a no-break space.
    duration: (ms) => (ms < 1000 ? `${count.format(ms)}\u00a0ms` : `${tenths.format(ms / 1000)}\u00a0s`),
    number: (n) => value.format(n),
  };
}
