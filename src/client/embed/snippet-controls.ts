/**
 * The embed snippets in a figure's tools: frame size (responsive or fixed), the host page's
 * language (`?lang=`), the iframe code, and <img> code for the static SVG and its PNG. The
 * texts come from src/lib/embed/snippet.ts; `refreshSnippets` follows the explorer's view.
 */
import { languages, type Language } from "../../core/languages.ts";
import { EMBED_SIZES, iframeSnippet, imageSnippet, type EmbedSize } from "../../lib/embed/snippet.ts";

export interface SnippetLabels {
  embedCode: string;
  size: string;
  sizeResponsive: string;
  /** "{width} × {height} px" */
  sizeFixed: string;
  lang: string;
  langSame: string;
  /** Language names by code. */
  languages: Record<Language, string>;
  responsiveHelp: string;
  /** "Image code ({format})" */
  imageCode: string;
}

let counter = 0;

function labelled<E extends HTMLElement>(element: E, text: string): HTMLElement {
  const id = `embed-snippet-${++counter}`;
  element.id = id;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = text;
  const wrap = document.createElement("span");
  wrap.className = "embed-snippet-field";
  wrap.append(label, element);
  return wrap;
}

function select(options: [string, string][]): HTMLSelectElement {
  const element = document.createElement("select");
  for (const [value, text] of options) element.add(new Option(text, value));
  return element;
}

function codeField(): HTMLTextAreaElement {
  const field = document.createElement("textarea");
  field.readOnly = true;
  field.rows = 3;
  return field;
}

/** The controls and fields; `field` is the iframe code (the copy button copies it). */
export function snippetControls(
  tools: HTMLElement,
  labels: SnippetLabels,
): { elements: HTMLElement[]; field: HTMLTextAreaElement } {
  const size = select(
    EMBED_SIZES.map((s) => {
      const [width, height] = s.split("x");
      return [
        s,
        s === "responsive"
          ? labels.sizeResponsive
          : labels.sizeFixed.replace("{width}", width!).replace("{height}", height!),
      ];
    }),
  );
  size.dataset.embedSize = "";
  const lang = select([["", labels.langSame], ...languages.map((l): [string, string] => [l, labels.languages[l]])]);
  lang.dataset.embedLang = "";
  const field = codeField();
  field.dataset.embedCode = "";
  field.setAttribute("aria-label", labels.embedCode);
  const help = document.createElement("p");
  help.className = "embed-snippet-help";
  help.dataset.embedHelp = "";
  help.textContent = labels.responsiveHelp.replace("{origin}", location.origin);
  const images = (["svg", "png"] as const).map((format) => {
    const image = codeField();
    image.rows = 2;
    image.dataset.embedImage = format;
    return labelled(image, labels.imageCode.replace("{format}", format.toUpperCase()));
  });
  const settings = document.createElement("div");
  settings.className = "embed-snippet-settings";
  settings.append(labelled(size, labels.size), labelled(lang, labels.lang));
  for (const control of [size, lang]) control.addEventListener("change", () => refreshSnippets(tools));
  queueMicrotask(() => refreshSnippets(tools));
  return { elements: [settings, field, help, ...images], field };
}

/** Rewrites the codes from the tools' current embed page, title and static SVG. */
export function refreshSnippets(tools: HTMLElement): void {
  const field = tools.querySelector<HTMLTextAreaElement>("[data-embed-code]");
  if (!field || !tools.dataset.embed) return;
  const size = (tools.querySelector<HTMLSelectElement>("[data-embed-size]")?.value ?? "responsive") as EmbedSize;
  const lang = (tools.querySelector<HTMLSelectElement>("[data-embed-lang]")?.value || null) as Language | null;
  const title = tools.dataset.title ?? "";
  field.value = iframeSnippet({ path: tools.dataset.embed, title, origin: location.origin, size, lang });
  tools.querySelector<HTMLElement>("[data-embed-help]")!.hidden = size !== "responsive";
  // The static picture shows the headline view only: no image code when another view is shown.
  const svg = tools.querySelector<HTMLAnchorElement>("a[download$='.svg']");
  const svgPath = svg && !svg.hidden && svg.getAttribute("href");
  for (const image of tools.querySelectorAll<HTMLTextAreaElement>("[data-embed-image]")) {
    image.parentElement!.hidden = !svgPath;
    image.value = svgPath
      ? imageSnippet(svgPath, image.dataset.embedImage as "svg" | "png", title, location.origin)
      : "";
  }
}
