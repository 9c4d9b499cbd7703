/** Small number formats that profiles need beyond format.ts. */
import type { Language } from "../core/languages.ts";
import { formatInteger } from "./format.ts";

const englishSuffixes: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const englishRules = new Intl.PluralRules("en-GB", { type: "ordinal" });

/** An ordinal as written in running text: "1er", "2e" (fr); "1e", "2e" (nl); "1st", "22nd" (en). */
export function ordinal(n: number, language: Language): string {
  const number = formatInteger(n, language);
  if (language === "en") return `${number}${englishSuffixes[englishRules.select(n)] ?? "th"}`;
  if (language === "fr") return `${number}${n === 1 ? "er" : "e"}`;
  return `${number}e`;
}
