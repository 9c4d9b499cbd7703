/**
 * Texts of the card a first tap on a phone shows (name, value, rank, "open profile"): browser-safe.
 */
import type { Language } from "../../core/languages.ts";

type Translate = (key: string, params?: Record<string, string | number>) => string;

const ENGLISH_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/** "1er", "3e" in French; "3e" in Dutch; "1st", "22nd", "3rd", "11th" in English. */
export function ordinal(language: Language, n: number): string {
  if (language === "fr") return n === 1 ? "1er" : `${n}e`;
  if (language === "nl") return `${n}e`;
  return `${n}${ENGLISH_SUFFIX[new Intl.PluralRules("en", { type: "ordinal" }).select(n)] ?? "th"}`;
}

/** "3e sur 116", "3rd of 116"; "not ranked" for an area without a rank. */
export function rankText(t: Translate, language: Language, rank: number | null, count: number): string {
  return rank === null ? t("map.card.noRank") : t("map.card.rank", { ordinal: ordinal(language, rank), count });
}
