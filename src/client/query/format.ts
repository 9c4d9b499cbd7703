/**
 * Numbers, counts and durations in the page's language (fr-BE, nl-BE, en-GB): "1 246 136" in
 * French, "1.246.136" in Dutch, "1,246,136" in English. Codes and years keep their digits
 * together (grouping starts at five digits).
 */
import type { Language } from "../../core/languages.ts";
import { locale as localeOf } from "../../lib/format.ts";
import type { Cell } from "./cells.ts";

export interface Formatters {
  cell(value: Cell): string;
  count(value: number | bigint): string;
  duration(milliseconds: number): string;
  number(value: number): string;
}

export function formatters(language: Language): Formatters {
  const locale = localeOf(language);
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
