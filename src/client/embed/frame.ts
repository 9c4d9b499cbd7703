/**
 * Every embed page in the browser: `?lang=` switches to the host page's language, links open in
 * a new tab (never in the report's frame), and the page posts the height its content wants to
 * the parent, for the responsive snippet's host script (src/lib/embed/snippet.ts).
 */
import { isLanguage } from "../../core/languages.ts";
import { localizedPath } from "../../lib/routes.ts";
import { EMBED_HEIGHT_MESSAGE, requestedLanguage } from "../../lib/embed/snippet.ts";

/** The picture of a `data-fit` figure (not its legend's swatches): EmbedFrame.astro's rule. */
const FIT_PICTURE = "[data-fit] > div > svg";

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
  new ResizeObserver(fitPictures).observe(document.body);
  window.addEventListener("resize", fitPictures);
  fitPictures();
  if (window.parent !== window) postHeight();
}

/** Every link of the embed opens a new tab: the report's frame keeps the figure. */
export function openLinksInNewTab(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]:not([download])")) {
    if (link.target !== "_blank") link.target = "_blank";
    if (link.rel !== "noopener") link.rel = "noopener";
  }
}

/** The bottom of the page's content, in CSS pixels from the top of the document. */
function contentBottom(): number {
  // Not the document's scroll height: that is never less than the frame's own height.
  const main = document.querySelector("main") ?? document.body;
  const below = parseFloat(getComputedStyle(document.body).marginBlockEnd) || 0;
  return main.getBoundingClientRect().bottom + window.scrollY + below;
}

/**
 * Gives each picture the frame's height less everything else on the page (title, source, links;
 * the legend too when it is under the picture): the rest of the page always shows without scrolling.
 */
export function fitPictures(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>(FIT_PICTURE)) {
    const fit = svg.closest<HTMLElement>("[data-fit]")!;
    const shown = svg.getBoundingClientRect();
    let rows = shown.height;
    // A legend beside the picture shares its rows: they are as tall as the taller of the two.
    const legend = fit.querySelector("[data-legend]")?.getBoundingClientRect();
    const legendTop = fit.querySelector("[data-legend-title]")?.getBoundingClientRect().top ?? legend?.top;
    if (legend && legendTop !== undefined && legend.left >= shown.right - 1)
      rows = Math.max(rows, legend.bottom - Math.min(legendTop, shown.top));
    const reserve = Math.ceil(contentBottom() - rows);
    if (Math.abs(reserve - (parseFloat(fit.style.getPropertyValue("--embed-reserve")) || 0)) > 1)
      fit.style.setProperty("--embed-reserve", `${reserve}px`);
  }
}

/**
 * The height the content wants: the page's height with each picture at its natural aspect ratio
 * at the current width (a picture shrunk to fit a short fixed frame would otherwise never grow).
 */
function wantedHeight(): number {
  let extra = 0;
  for (const svg of document.querySelectorAll<SVGSVGElement>(FIT_PICTURE)) {
    const box = svg.viewBox.baseVal;
    const shown = svg.getBoundingClientRect();
    const column = svg.parentElement!.getBoundingClientRect().width;
    if (box && box.width > 0) extra += Math.max(0, (column * box.height) / box.width - shown.height);
  }
  return Math.ceil(contentBottom() + extra);
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
