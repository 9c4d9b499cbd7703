/**
 * Notices about a link (src/client/explorer/notices.ts, src/client/tools/page-shell.ts) repeat what
 * the visitor's URL said, and a URL can hold anything: 10,000 characters, a right-to-left override
 * that reverses the sentence around it, control or zero-width characters. Every echoed value goes
 * through this one module: written out visibly, cut short, and isolated in a `<bdi>` element built
 * with DOM APIs (text only, never markup).
 */

/** Longest echo, in characters (code points), ellipsis included. */
export const ECHO_MAX_CHARACTERS = 60;

/**
 * Controls (C0, DEL, C1), format characters (bidi embeddings, overrides, isolates and marks,
 * zero-width spaces and joiners, BOM), line and paragraph separators, lone surrogates.
 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 */
const UNSHOWABLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;

/** One character as the visitor should see it: itself, or its code point written out ("[U+202E]"). */
function shown(character: string): string {
  if (!UNSHOWABLE.test(character)) return character;
  const hex = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `[U+${hex}]`;
}

/**
 * A URL value as a notice shows it: unshowable characters written out, then cut to `max`
 * characters with an ellipsis. Cuts fall between characters (never inside a surrogate pair or a
 * written-out code point).
 */
export function echoText(raw: string, max = ECHO_MAX_CHARACTERS): string {
  const pieces = Array.from(raw, shown);
  const length = (text: string) => Array.from(text).length;
  const total = pieces.reduce((sum, piece) => sum + length(piece), 0);
  if (total <= max) return pieces.join("");
  let kept = "";
  let used = 0;
  for (const piece of pieces) {
    if (used + length(piece) > max - 1) break;
    kept += piece;
    used += length(piece);
  }
  return `${kept}…`;
}

/** A value copied from the URL, as opposed to the site's own words. */
export interface UrlValue {
  url: string;
}

export type NoticeParams = Record<string, string | number | UrlValue>;

/**
 * A translated message (its `{name}` placeholders still in place, e.g. `t(key)` without
 * parameters) as DOM nodes: the site's words as text, each URL value in its own `<bdi>` through
 * echoText. An unknown placeholder stays as written, as in formatMessage.
 */
export function formatNotice(root: Document, template: string, params: NoticeParams): DocumentFragment {
  const fragment = root.createDocumentFragment();
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const param = params[match[1]!];
    if (param === undefined) continue;
    fragment.append(root.createTextNode(template.slice(last, match.index)));
    if (typeof param === "object") {
      const isolated = root.createElement("bdi");
      isolated.textContent = echoText(param.url);
      fragment.append(isolated);
    } else fragment.append(root.createTextNode(String(param)));
    last = match.index + match[0].length;
  }
  fragment.append(root.createTextNode(template.slice(last)));
  return fragment;
}
