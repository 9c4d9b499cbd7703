/**
 * Conditional requests (RFC 9110 §13): the browser revalidates what it cached with
 * If-None-Match / If-Modified-Since, and asks the rest of a partly cached file with If-Range.
 * A second visit to the SQL workspace sends exactly these: a server that ignores them, or
 * answers them from a different representation, breaks the browser's cached ranges.
 * https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
 */
import type { IncomingHttpHeaders } from "node:http";

/** What identifies one representation of a file: a strong ETag and its modification time. */
export interface Validators {
  /** A strong entity tag, quoted: `"…"`. */
  etag: string;
  lastModified: Date;
}

export type Precondition = "proceed" | "not-modified" | "failed";

/** The answer the preconditions give before any range is looked at (RFC 9110 §13.2.2, steps 1-4). */
export function evaluatePreconditions(
  method: string,
  headers: IncomingHttpHeaders,
  validators: Validators,
): Precondition {
  const safe = method === "GET" || method === "HEAD";
  const ifMatch = headers["if-match"];
  if (ifMatch !== undefined) {
    if (!matchesAny(ifMatch, validators.etag, "strong")) return "failed";
  } else {
    const since = httpDate(headers["if-unmodified-since"]);
    if (since !== undefined && seconds(validators.lastModified) > since) return "failed";
  }
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    if (matchesAny(ifNoneMatch, validators.etag, "weak")) return safe ? "not-modified" : "failed";
  } else if (safe) {
    const since = httpDate(headers["if-modified-since"]);
    if (since !== undefined && seconds(validators.lastModified) <= since) return "not-modified";
  }
  return "proceed";
}

/**
 * Whether a Range header may be honoured (RFC 9110 §13.1.5): without If-Range always; with it
 * only when it names this very representation (strong ETag, or exactly its Last-Modified date).
 * Otherwise the whole file is sent, so that a cache never splices bytes of two versions.
 */
export function rangeApplies(ifRange: string | undefined, validators: Validators): boolean {
  if (ifRange === undefined) return true;
  const value = ifRange.trim();
  if (value.startsWith('"') || value.startsWith("W/")) return value === validators.etag;
  const date = httpDate(value);
  return date !== undefined && date === seconds(validators.lastModified);
}

/** A comma-separated list of entity tags, or `*`. */
function matchesAny(list: string, etag: string, comparison: "strong" | "weak"): boolean {
  if (list.trim() === "*") return true;
  const opaque = (tag: string) => tag.replace(/^W\//, "");
  return list
    .split(",")
    .map((tag) => tag.trim())
    .some((tag) => (comparison === "strong" ? !tag.startsWith("W/") && tag === etag : opaque(tag) === opaque(etag)));
}

/** An HTTP date in whole seconds since the epoch, or undefined when absent or unreadable. */
function httpDate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** HTTP dates have a one-second resolution: file times are compared at that resolution. */
function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
