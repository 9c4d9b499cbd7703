/**
 * A small, fast reader of the build's own HTML (Astro's well-formed, UTF-8 pages): it finds the
 * tags and their attributes with positions in the source, so a transform can insert markup without
 * re-serialising the page (the rest stays byte-identical). It is not a full HTML parser: no implied
 * end tags and no error recovery. Comments, doctypes and processing instructions are skipped.
 * One regular expression walks from tag to tag (the engine's native scan is what keeps a build's
 * 270 MB of pages within a second or two); the text between two tags is never read here.
 */

export type HtmlTag =
  | { kind: "start"; name: string; attributes: string; start: number; end: number; selfClosing: boolean }
  | { kind: "end"; name: string; start: number; end: number };

/** Elements that have no end tag and no content. */
export const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is text up to their end tag, never markup. */
export const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title"]);

// A comment, a start tag (name, attributes with quoted values that may hold ">"), an end tag, or
// a doctype / processing instruction.
const TAG =
  /<!--[\s\S]*?-->|<([A-Za-z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/([A-Za-z][^\t\n\f\r />]*)[^>]*>|<[!?][^>]*>/g;

/** The next tag of `html` that starts at or after `from` and before `to`, or null. */
export function nextTag(html: string, from: number, to = html.length): HtmlTag | null {
  TAG.lastIndex = from;
  for (let match = TAG.exec(html); match && match.index < to; match = TAG.exec(html)) {
    const end = match.index + match[0].length;
    if (match[1] !== undefined) {
      const attributes = match[2]!;
      const selfClosing = attributes.endsWith("/");
      return { kind: "start", name: match[1].toLowerCase(), attributes, start: match.index, end, selfClosing };
    }
    if (match[3] !== undefined) return { kind: "end", name: match[3].toLowerCase(), start: match.index, end };
  }
  return null;
}

/**
 * Where the element opened by `tag` ends (just after its end tag), counting nested elements of the
 * same name; the end of the document when it is never closed.
 */
export function elementEnd(html: string, tag: HtmlTag & { kind: "start" }): number {
  if (tag.selfClosing || VOID_ELEMENTS.has(tag.name)) return tag.end;
  const same = sameNameTags(tag.name);
  same.lastIndex = tag.end;
  if (RAW_TEXT_ELEMENTS.has(tag.name)) {
    for (let match = same.exec(html); match; match = same.exec(html))
      if (match[1]) return match.index + match[0].length;
    return html.length;
  }
  let depth = 1;
  for (let match = same.exec(html); match; match = same.exec(html)) {
    if (match[1]) depth--;
    else if (!match[2]!.endsWith("/")) depth++;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

const attributePatterns = new Map<string, RegExp>();

const sameNameCache = new Map<string, RegExp>();

/** The start and end tags of elements named `name` (the end tag's slash in group 1, the attributes in group 2). */
function sameNameTags(name: string): RegExp {
  let pattern = sameNameCache.get(name);
  if (!pattern) {
    const escaped = name.replace(/[^a-z0-9-]/g, "");
    pattern = new RegExp(`<(/?)${escaped}(?=[\\t\\n\\f\\r />])((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi");
    sameNameCache.set(name, pattern);
  }
  return pattern;
}

/** The value of an attribute in a start tag's attribute text ("" when it has none), or undefined when absent. */
export function attributeValue(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    const space = "[\\t\\n\\f\\r ]";
    pattern = new RegExp(
      `(?:^|${space}|/)${name}(?:${space}*=${space}*("[^"]*"|'[^']*'|[^\\t\\n\\f\\r >"']+))?(?=${space}|/|$)`,
      "i",
    );
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  const value = match[1] ?? "";
  return value.startsWith('"') || value.startsWith("'") ? value.slice(1, -1) : value;
}
