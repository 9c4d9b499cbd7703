/**
 * The code a report pastes to show one of the observatory's figures (browser-safe, no DOM):
 * a responsive iframe (its height follows the embed page's content through postMessage and the
 * tiny host script below), fixed-size iframes, and <img> tags for a figure's static SVG or PNG.
 */
import { isLanguage, type Language } from "../../core/languages.ts";

/** The message type an embed page posts to its parent with its content height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = "observatory-embed-height";

/** Attribute marking the iframes the host script may resize (no other element is touched). */
export const EMBED_FRAME_ATTRIBUTE = "data-observatory-embed";

/** "responsive", or one of the fixed sizes (width × height) a report column usually has. */
export const EMBED_SIZES = ["responsive", "480x600", "720x640", "1024x720"] as const;
export type EmbedSize = (typeof EMBED_SIZES)[number];

/** Frame heights the host script accepts: anything else is ignored (a page cannot make it huge). */
export const EMBED_MIN_HEIGHT = 150;
export const EMBED_MAX_HEIGHT = 4000;

export interface EmbedSnippetOptions {
  /** The embed page's path and query, e.g. "/fr/embed/map/?l=commune". */
  path: string;
  title: string;
  /** The observatory's origin, e.g. "https://observatory.example". */
  origin: string;
  size: EmbedSize;
  /** The host page's language, if it differs from the embed's: added as `?lang=`. */
  lang?: Language | null;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The embed page's absolute address, with `lang=` for the host page's language if chosen. */
export function embedUrl(path: string, origin: string, lang?: Language | null): string {
  const url = new URL(path, origin);
  if (lang) url.searchParams.set("lang", lang);
  return url.href;
}

/**
 * The host script: listens to messages from the observatory's origin only, and sets the height
 * of the one marked iframe whose window sent the message (never any other element).
 */
export function hostScript(origin: string): string {
  const o = JSON.stringify(new URL(origin).origin);
  return (
    `<script>addEventListener("message",function(e){` +
    `if(e.origin!==${o}||!e.data||e.data.type!=="${EMBED_HEIGHT_MESSAGE}")return;` +
    `var h=Number(e.data.height);if(!(h>=${EMBED_MIN_HEIGHT}&&h<=${EMBED_MAX_HEIGHT}))return;` +
    `document.querySelectorAll("iframe[${EMBED_FRAME_ATTRIBUTE}]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=Math.ceil(h)+"px"})});</script>`
  );
}

/** The iframe (and, for the responsive size, the host script after it) to paste into a page. */
export function iframeSnippet(options: EmbedSnippetOptions): string {
  const src = escapeAttribute(embedUrl(options.path, options.origin, options.lang));
  const title = escapeAttribute(options.title);
  if (options.size === "responsive")
    return (
      `<iframe src="${src}" title="${title}" width="100%" height="640" loading="lazy" ` +
      `style="border:0;width:100%" ${EMBED_FRAME_ATTRIBUTE}></iframe>\n${hostScript(options.origin)}`
    );
  const [width, height] = options.size.split("x");
  return `<iframe src="${src}" title="${title}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** An <img> of a figure's static picture (SVG, or the PNG the build writes beside it). */
export function imageSnippet(svgPath: string, format: "svg" | "png", alt: string, origin: string): string {
  const path = format === "png" ? svgPath.replace(/\.svg$/, ".png") : svgPath;
  return `<img src="${escapeAttribute(new URL(path, origin).href)}" alt="${escapeAttribute(alt)}" style="max-width:100%;height:auto">`;
}

/** The language a `?lang=` value asks for, if it is one of the site's and not the page's own. */
export function requestedLanguage(search: string, current: Language): Language | null {
  const value = new URLSearchParams(search).get("lang");
  return isLanguage(value) && value !== current ? value : null;
}
