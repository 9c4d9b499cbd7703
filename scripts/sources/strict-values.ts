/**
 * The one strict reading of raw values, shared by every reader (CSV, GeoJSON, JSON records):
 * nothing is coerced. `Number(" ")` is 0, `Number(true)` is 1, `Number("0x1F")` is 31 and
 * `Number([2812])` is 2812; each of those would publish a wrong figure without an error.
 */

/** A canonical decimal in a text source: optional minus, digits, optional fraction. */
const CANONICAL_DECIMAL = /^-?\d+(\.\d+)?$/;

/** The number a CSV or text cell spells, or undefined when it is not a canonical decimal. */
export function parseDecimal(text: string): number | undefined {
  if (!CANONICAL_DECIMAL.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** Why a CSV cell is not a number, for the reader's error. */
export function notADecimal(text: string): string {
  return `${JSON.stringify(text)} is not a number (expected a plain decimal such as 12 or -4.35)`;
}

/** A JSON value read where a number is required: only a finite JSON number is one. */
export function jsonNumber(value: unknown): { number: number } | { problem: string } {
  if (typeof value === "number" && Number.isFinite(value)) return { number: value };
  return { problem: `${shown(value)} is not a number (found ${kindOf(value)}; a JSON number is required)` };
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a non-finite number";
  return `a ${typeof value}`;
}

/** The value as its JSON text, shortened so that an error stays one readable line. */
export function shown(value: unknown): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * C0 and C1 controls (NUL, tab, line breaks, DEL...) and the bidirectional overrides and isolates:
 * none belongs in a name, and each can hide or reorder what a reader sees.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Why a text value is refused, or undefined when it is clean. */
export function controlCharacterProblem(text: string): string | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `contains the control character U+${code} at character ${match.index + 1}; text must be printable`;
}

/**
 * The web addresses of a cell listing one or more pages separated by " ; ", each optionally
 * labelled ("NL: https://…"), as the hand transcriptions cite them. Every one must be an http or
 * https address: a citation the reader cannot open is refused rather than published.
 */
export function webAddresses(text: string): { urls: string[] } | { problem: string } {
  const parts = text.split(/\s+;\s+/).map((part) => part.trim());
  const urls: string[] = [];
  for (const part of parts) {
    const address = part.replace(/^[A-Za-z-]+:\s+(?=https?:)/, "");
    let url: URL | undefined;
    try {
      url = new URL(address);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || /\s/.test(address))
      return {
        problem: `${shown(part)} is not a web address (expected http:// or https://, several separated by " ; ")`,
      };
    urls.push(address);
  }
  return { urls };
}

/** A calendar date written YYYY-MM-DD that exists (no 2019-02-30). */
export function isoDate(text: string): { date: string } | { problem: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return { problem: `${shown(text)} is not a date (expected YYYY-MM-DD, a day that exists)` };
  return { date: text };
}
