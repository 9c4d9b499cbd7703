/** Numbers in the page's language (fr-BE, nl-BE, en-GB), as the rest of the site writes them. */
export interface NumberFormats {
  integer: (value: number) => string;
  decimal: (value: number, digits: number) => string;
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
    decimal: (value, digits) => get(`dec${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    percent: (ratio, digits = 1) => get(`pct${digits}`, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio),
    signedPercent: (ratio, digits = 1) => get(`spct${digits}`, { style: "percent", signDisplay: "exceptZero", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio),
    signedInteger: (value) => get("sint", { maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(value),
    euros: (value) => get("eur", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value),
  };
}
