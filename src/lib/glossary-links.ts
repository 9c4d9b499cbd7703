/**
 * Links the first use of each glossary term on a built page to its definition (/{lang}/glossary/#term).
 * It runs once over the built HTML (astro.config.mjs, `astro:build:done`), so every page gets the
 * links without any component knowing about them, and it adds no script.
 *
 * Where: only the text of <main> (table cells included, not their headers), and there not inside
 * an element where a link would be wrong or unwanted (LINK_FREE_ELEMENTS, LINK_FREE_ROLES, hidden
 * or live content, `data-no-glossary`, text in another language): the site's header, navigation and footer repeat on every page and are not where a term is read.
 * Not on the glossary page itself (every term is defined there), nor in embeds (main.embed): a
 * link in an embedded figure would navigate away inside the host's iframe.
 *
 * How: the link's text is the term as written; its accessible description (aria-describedby, one
 * hidden note per page) says it leads to the glossary. Visually hidden text inside the link would
 * end up in text copied from the page and in the text content that scripts and tests read.
 * Terms already linked to the glossary in <main> count as used, so running it twice changes nothing.
 */
import type { Language } from "../core/languages.ts";
import { isLanguage } from "../core/languages.ts";
import { GLOSSARY_TERMS, NOT_TERMS, TERM_WORDS, glossaryPath, type GlossaryTerm } from "./glossary.ts";
import { attributeValue, elementEnd, nextTag, type HtmlTag } from "./html-tokens.ts";

/**
 * Elements whose text is never linked: links and controls (a link inside would nest interactive
 * content), headings, table headers and labels (a name, not a sentence; a sortable header holds a
 * button), code, graphics, navigation.
 */
const LINK_FREE_ELEMENTS = new Set([
  "a",
  "button",
  "label",
  "legend",
  "select",
  "option",
  "optgroup",
  "textarea",
  "output",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "th",
  "summary",
  "nav",
  "code",
  "pre",
  "kbd",
  "samp",
  "var",
  "svg",
  "math",
  "script",
  "style",
  "template",
  "noscript",
  "title",
]);

/** ARIA roles of widgets, headings and live regions: a link inside them would break or be lost. */
const LINK_FREE_ROLES = new Set([
  "button",
  "link",
  "heading",
  "img",
  "tab",
  "tablist",
  "menu",
  "menubar",
  "menuitem",
  "toolbar",
  "listbox",
  "option",
  "combobox",
  "switch",
  "checkbox",
  "radio",
  "slider",
  "spinbutton",
  "searchbox",
  "textbox",
  "columnheader",
  "rowheader",
  "status",
  "alert",
  "log",
  "tooltip",
]);

/** The id of the hidden note that describes every glossary link of a page. */
export const GLOSSARY_NOTE_ID = "glossary-term-note";

export interface GlossaryLinkOptions {
  language: Language;
  /** The note each link is described by, in the page's language ("Definition in the glossary"). */
  note: string;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word as it can be written in the page's HTML: any apostrophe, space or hyphen encoding of it. */
function wordPattern(word: string): string {
  return [...word]
    .map((char) => {
      if (char === "'" || char === "’") return "(?:'|’|&#39;|&#x27;|&apos;)";
      if (char === " ") return "(?:\\s|&nbsp;|&#160;|\u00a0)+";
      if (char === "-") return "(?:-|‑|&#8209;)";
      return escapeRegex(char);
    })
    .join("");
}

/** Abbreviations (all capitals or digits) match as written; other words in any case. */
const isAbbreviation = (word: string) => word === word.toUpperCase();

/** What a word of the page's language stands for: a term, or a name that is no term (null). */
type Word = { word: string; term: GlossaryTerm | null };

/**
 * One expression per language finding every word of every term and every name that is no term,
 * longest first so that the longest wins at a place, each in its own group. Case and word
 * boundaries are checked on each match: one case-insensitive scan without lookbehind is several
 * times faster than per-term or Unicode-aware expressions on the build's pages.
 */
type Matcher = { pattern: RegExp; words: Word[] };

const matchers = new Map<Language, Matcher>();

function matcherFor(language: Language): Matcher {
  const cached = matchers.get(language);
  if (cached) return cached;
  const words: Word[] = [
    ...TERM_WORDS[language].map(([word, term]) => ({ word, term })),
    ...NOT_TERMS[language].map((word) => ({ word, term: null })),
  ].sort((a, b) => b.word.length - a.word.length || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const pattern = new RegExp(words.map(({ word }) => `(${wordPattern(word)})`).join("|"), "gi");
  const matcher = { pattern, words };
  matchers.set(language, matcher);
  return matcher;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

type Use = { start: number; end: number; term: GlossaryTerm };

/**
 * The first use, in `text` from `from` on, of a term not yet seen: a whole word, outside any name
 * that is no term. `text` is one run of text between two tags, so the scan stops at its end.
 */
function firstUse(text: string, from: number, matcher: Matcher, seen: Set<GlossaryTerm>): Use | null {
  const { pattern, words } = matcher;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const { word, term } = words[group - 1]!;
    const whole =
      (start === 0 || !WORD_CHARACTER.test(text[start - 1]!)) &&
      (end === text.length || !WORD_CHARACTER.test(text[end]!));
    if (!whole || (isAbbreviation(word) && match[0] !== word)) {
      pattern.lastIndex = start + 1;
      continue;
    }
    if (term === null || seen.has(term)) continue;
    return { start, end, term };
  }
  return null;
}

const GLOSSARY_HREF = /href="\/(?:fr|nl|en)\/glossary\/#([a-z0-9-]+)"/g;

/**
 * Whether no glossary link may be put in the element this start tag opens; text in another
 * language than the page's (`lang`) is not searched for the page's words either.
 */
function isLinkFree(tag: HtmlTag & { kind: "start" }, language: Language): boolean {
  if (LINK_FREE_ELEMENTS.has(tag.name)) return true;
  const attributes = tag.attributes;
  if (!/role|hidden|aria-live|visually-hidden|data-no-glossary|contenteditable|lang/i.test(attributes)) return false;
  const lang = attributeValue(attributes, "lang");
  if (lang !== undefined && lang.toLowerCase().split("-")[0] !== language) return true;
  const role = attributeValue(attributes, "role");
  if (role !== undefined && role.split(/\s+/).some((r) => LINK_FREE_ROLES.has(r))) return true;
  if (attributeValue(attributes, "aria-hidden") === "true") return true;
  if (
    ["hidden", "data-no-glossary", "aria-live", "contenteditable"].some(
      (a) => attributeValue(attributes, a) !== undefined,
    )
  )
    return true;
  return (attributeValue(attributes, "class") ?? "").split(/\s+/).includes("visually-hidden");
}

/**
 * `html` with the first use of each glossary term in <main> linked to its definition; the same
 * string when the page has no <main>, is an embed, or uses no term that is not linked yet.
 */
export function linkGlossaryTerms(html: string, options: GlossaryLinkOptions): string {
  const mainAt = /<main(?=[\t\n\f\r >])/i.exec(html);
  const main = mainAt ? nextTag(html, mainAt.index) : null;
  const mainEnd = html.lastIndexOf("</main>");
  if (main?.kind !== "start" || mainEnd < main.end) return html;
  if ((attributeValue(main.attributes, "class") ?? "").split(/\s+/).includes("embed")) return html;

  // Terms already linked anywhere in <main> count as used.
  const seen = new Set<GlossaryTerm>();
  GLOSSARY_HREF.lastIndex = main.end;
  for (let href = GLOSSARY_HREF.exec(html); href && href.index < mainEnd; href = GLOSSARY_HREF.exec(html))
    if ((GLOSSARY_TERMS as readonly string[]).includes(href[1]!)) seen.add(href[1] as GlossaryTerm);

  const matcher = matcherFor(options.language);
  const termCount = new Set(TERM_WORDS[options.language].map(([, term]) => term)).size;
  const pieces: string[] = [];
  let copied = 0;
  // Walk from tag to tag; the text between two tags is searched, an element that forbids links skipped whole.
  for (let cursor = main.end; cursor < mainEnd && seen.size < termCount;) {
    const tag = nextTag(html, cursor, mainEnd);
    const textStart = cursor;
    const text = html.slice(textStart, tag ? tag.start : mainEnd);
    // Most runs between tags are white space or numbers: no term there.
    const hasWord = /[A-Za-z\u00c0-\u024f]{2}/.test(text);
    for (let use = hasWord ? firstUse(text, 0, matcher, seen) : null; use;) {
      seen.add(use.term);
      const href = glossaryPath(options.language, use.term);
      pieces.push(
        html.slice(copied, textStart + use.start),
        `<a href="${href}" class="glossary-term" aria-describedby="${GLOSSARY_NOTE_ID}">`,
        text.slice(use.start, use.end),
        "</a>",
      );
      copied = textStart + use.end;
      use = firstUse(text, use.end, matcher, seen);
    }
    if (tag === null) break;
    cursor = tag.kind === "start" && isLinkFree(tag, options.language) ? elementEnd(html, tag) : tag.end;
  }
  if (pieces.length === 0) return html;
  pieces.push(html.slice(copied, mainEnd));
  if (!html.includes(`id="${GLOSSARY_NOTE_ID}"`))
    pieces.push(`<span id="${GLOSSARY_NOTE_ID}" hidden>${escapeText(options.note)}</span>`);
  pieces.push(html.slice(mainEnd));
  return pieces.join("");
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page's language (from <html lang>), or undefined when it has none of the site's. */
export function pageLanguage(html: string): Language | undefined {
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1];
  return isLanguage(lang) ? lang : undefined;
}

/** Whether the built file at `path` (relative to the site's root, "fr/glossary/index.html") is the glossary. */
export function isGlossaryPage(path: string): boolean {
  return /^\/?(fr|nl|en)\/glossary\/(index\.html)?$/.test(path.replace(/\\/g, "/"));
}

/** Whether the built file at `path` is an embed (/{lang}/embed/…): its <main> is bare, links stay out. */
export function isEmbedPage(path: string): boolean {
  return /^\/?(fr|nl|en)\/embed\//.test(path.replace(/\\/g, "/"));
}

/**
 * A built page with its glossary links, or the same string for the glossary pages and pages in
 * no site language. `notes` gives the hidden note in each language.
 */
export function linkGlossaryOnPage(html: string, path: string, notes: Record<Language, string>): string {
  if (isGlossaryPage(path) || isEmbedPage(path)) return html;
  const language = pageLanguage(html);
  if (language === undefined) return html;
  return linkGlossaryTerms(html, { language, note: notes[language] });
}
