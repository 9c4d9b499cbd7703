/**
 * Every embed page in the browser: `?lang=` switches to the host page's language, links open in
 * a new tab (never in the report's frame), and the page posts the height its content wants to
 * the parent, for the responsive snippet's host script (src/lib/embed/snippet.ts).
 */
import { isLanguage } from "../../core/languages.ts";
import { localizedPath } from "../../lib/routes.ts";
import { EMBED_HEIGHT_MESSAGE, requestedLanguage } from "../../lib/embed/snippet.ts";

export function startEmbedFrame(): void {
  const language = document.documentElement.lang;
  if (!isLanguage(language)) return;
  const wanted = requestedLanguage(location.search, language);
  if (wanted) {
    // The same figure and view in the host's language: one replace, before anything is drawn.
    const params = new URLSearchParams(location.search);
    params.delete("lang");
    const query = params.toString();
    location.replace(`${localizedPath(location.pathname, wanted)}${query ? `?${query}` : ""}${location.hash}`);
    return;
  }
  openLinksInNewTab(document);
  new MutationObserver(() => openLinksInNewTab(document)).observe(document.body, { childList: true, subtree: true });
  if (window.parent !== window) postHeight();
}

/** Every link of the embed opens a new tab: the report's frame keeps the figure. */
export function openLinksInNewTab(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]:not([download])")) {
    if (link.target !== "_blank") link.target = "_blank";
    if (link.rel !== "noopener") link.rel = "noopener";
  }
}

/**
 * The height the content wants: the page's height with each picture at its natural aspect ratio
 * at the current width (a picture shrunk to fit a short fixed frame would otherwise never grow).
 */
function wantedHeight(): number {
  let extra = 0;
  for (const svg of document.querySelectorAll<SVGSVGElement>("[data-fit] svg")) {
    const box = svg.viewBox.baseVal;
    const shown = svg.getBoundingClientRect();
    const column = svg.parentElement!.getBoundingClientRect().width;
    if (box && box.width > 0) extra += Math.max(0, (column * box.height) / box.width - shown.height);
  }
  return Math.ceil(document.documentElement.scrollHeight + extra);
}

function postHeight(): void {
  let last = 0;
  const post = () => {
    const height = wantedHeight();
    if (Math.abs(height - last) < 2) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener("resize", post);
  post();
}
