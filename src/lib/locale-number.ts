/**
 * Numbers as a visitor types them in the page's language: French and Dutch write `2,5` and
 * `1.000.000` (or `1 000 000`), English `2.5` and `1,000,000`. A `<input type="number">` reads
 * `2,5` as 25 or nothing depending on the browser, so the tools take text and read it here.
 * Whatever cannot be read one way only is refused, never guessed: `2,5,3`, `1.000,5.3`, and a
 * separator the language does not use for decimals (`2.5` on a French page, `2,5` on an
 * English one), since `1.500` would then mean 1500 and `1.50` 1.5.
 */
import type { Language } from "../core/languages.ts";

export type LocaleNumber =
  | { ok: true; value: number }
  /** `empty`: nothing typed; `unreadable`: not a number in this language's writing. */
  | { ok: false; reason: "empty" | "unreadable" };

/** Spaces that may group thousands: ordinary, no-break (U+00A0) and narrow no-break (U+202F). */
const SPACE = "[ \u00a0\u202f]";

interface Separators {
  decimal: string;
  /** The thousands separators the language writes besides spaces. */
  group: string;
}

const SEPARATORS: Record<Language, Separators> = {
  fr: { decimal: ",", group: "." },
  nl: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The whole typed text, trimmed; a minus sign (hyphen or U+2212) is read so that a range check can refuse it by name. */
function pattern(language: Language): RegExp {
  const { decimal, group } = SEPARATORS[language];
  const d = escape(decimal);
  // Either plain digits, or groups of three after one to three digits, all with the same separator.
  const grouped = [escape(group), SPACE].map((g) => `\\d{1,3}(?:${g}\\d{3})+`).join("|");
  return new RegExp(`^([-\u2212]?)(\\d+|${grouped})(?:${d}(\\d+))?$`);
}

const PATTERNS: Record<Language, RegExp> = { fr: pattern("fr"), nl: pattern("nl"), en: pattern("en") };

export function parseLocaleNumber(text: string, language: Language): LocaleNumber {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  const match = PATTERNS[language].exec(trimmed);
  if (!match) return { ok: false, reason: "unreadable" };
  const [, sign, whole, fraction] = match;
  const digits = whole!.replace(/\D/g, "") + (fraction === undefined ? "" : `.${fraction}`);
  const value = Number(digits);
  return { ok: true, value: sign === "" ? value : -value };
}

/** A number written the way the page's language writes it in a form field (no grouping: `2,5`, `1000000`). */
export function writeLocaleNumber(value: number, language: Language): string {
  const plain = String(value);
  return SEPARATORS[language].decimal === "," ? plain.replace(".", ",") : plain;
}
