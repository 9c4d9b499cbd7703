/**
 * Browser side of FigureTools.astro: PNG export at print resolution of exactly the figure on
 * screen (its SVG as drawn now: indicator, year, level, overlays, selection), with title,
 * subtitle, legend, source line, the observatory's name, the date and the permalink drawn in
 * (src/lib/figure/print-figure.ts), in the page's language; and "copy embed code" (responsive or fixed-size iframe,
 * host language, <img> codes: embed/snippet-controls.ts).
 */
import { svgSize, type PrintLegendRow } from "../lib/figure/print-figure.ts";
import { formatMessage } from "../i18n/format-message.ts";
import { PNG_WIDTHS, pngFileName, savePrintPng } from "./print-png.ts";
import { snippetControls, type SnippetLabels } from "./embed/snippet-controls.ts";

interface Labels {
  png: string;
  png2x: string;
  saved: string;
  failed: string;
  credit: string;
  observatory: string;
  selection: string;
  borders: Record<string, string>;
  points: Record<string, string>;
  copy: string;
  copied: string;
  embedCode: string;
  snippets: SnippetLabels;
}

export function enhanceFigureTools(root: ParentNode): void {
  for (const tools of root.querySelectorAll<HTMLElement>("[data-figure-tools]:not([data-enhanced])")) {
    tools.dataset.enhanced = "true";
    const labels = JSON.parse(tools.dataset.labels ?? "{}") as Labels;
    const status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "png-status";
    for (const [i, width] of PNG_WIDTHS.entries()) {
      const png = button(formatMessage(i === 0 ? labels.png : labels.png2x, { width }));
      png.dataset.pngWidth = String(width);
      png.addEventListener("click", () => void exportPng(tools, labels, width, status));
      tools.append(png);
    }
    tools.append(status);
    if (tools.dataset.embed) tools.append(...embedControls(tools, labels));
  }
}

function button(label: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  return element;
}

function embedControls(tools: HTMLElement, labels: Labels): HTMLElement[] {
  // Size, host language, iframe and <img> codes: src/client/embed/snippet-controls.ts.
  const { elements, field } = snippetControls(tools, { ...labels.snippets, embedCode: labels.embedCode });
  const copy = button(labels.copy);
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  // The field's current value: the explorer rewrites it whenever the view changes.
  copy.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      document.execCommand("copy");
    }
    status.textContent = labels.copied;
  });
  return [copy, status, ...elements];
}

/** The figure's title, picture, legend and source as the page shows them now. */
export function readFigure(tools: HTMLElement, labels: Labels, now: Date, permalink: string) {
  const figure = tools.closest("figure") ?? document.getElementById(tools.dataset.figureId ?? "");
  // The chart or map itself, not an icon of the controls above it.
  const picture =
    figure?.querySelector<SVGSVGElement>(":is([data-map], .chart, .spine-frame, .map-frame) > svg") ??
    figure?.querySelector<SVGSVGElement>("svg");
  if (!figure || !picture) throw new Error("the figure has no picture");
  const svg = inlineStyles(picture);
  const rect = picture.getBoundingClientRect();
  const size = svgSize(svg) ?? { width: rect.width || 800, height: rect.height || 600 };
  const legendList = figure.querySelector<HTMLElement>("[data-legend], figcaption ul.legend");
  const rows: PrintLegendRow[] = [...(legendList?.querySelectorAll<HTMLLIElement>(":scope > li") ?? [])].map((li) => {
    const swatch = li.querySelector<SVGSVGElement>("svg");
    return { swatch: swatch ? inlineStyles(swatch) : "", label: li.textContent?.replace(/\s+/g, " ").trim() ?? "" };
  });
  // Border lines drawn over the map are named too: a reader must tell what the thick lines are.
  for (const kind of Object.keys(labels.borders)) {
    const border = picture.querySelector<SVGPathElement>(`path.border-${kind}`);
    if (!border) continue;
    const stroke = border.getAttribute("stroke") ?? "#1b1f24";
    const width = border.getAttribute("stroke-width") ?? "2";
    rows.push({
      swatch: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 14" width="18" height="14"><line x1="0" y1="7" x2="18" y2="7" stroke="${stroke}" stroke-width="${width}"/></svg>`,
      label: labels.borders[kind]!,
    });
  }
  // Service points drawn over the map: one row per kind, its dot as drawn.
  for (const [kind, label] of Object.entries(labels.points ?? {})) {
    const point = picture.querySelector<SVGCircleElement>(`circle.point-${kind}`);
    if (!point) continue;
    const fill = point.getAttribute("fill") ?? "#333";
    rows.push({
      swatch: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 14" width="18" height="14"><circle cx="9" cy="7" r="4" fill="${fill}" stroke="#ffffff" stroke-width="1"/></svg>`,
      label,
    });
  }
  const text = (selector: string) =>
    figure.querySelector<HTMLElement>(selector)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const selected = figure.parentElement?.querySelector<HTMLElement>("[data-selected]:not([hidden])");
  const selection = selected?.textContent?.trim();
  const subtitle = [tools.dataset.subtitle, selection ? formatMessage(labels.selection, { areas: selection }) : ""]
    .filter(Boolean)
    .join(" · ");
  const language = document.documentElement.lang || "fr";
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(now);
  return {
    figure: { svg, width: size.width, height: size.height },
    // The map's own title names indicator, level and year (or the years compared) as shown now.
    // or the caption's title, which a chart's script keeps in step with the areas shown.
    title:
      picture.querySelector(":scope > title")?.textContent?.trim() ||
      text(".chart-title, .figure-title") ||
      tools.dataset.title ||
      "",
    subtitle,
    legend: rows.length ? { title: text("[data-legend-title]"), rows } : undefined,
    source: text("[data-source], .source-line") || (tools.dataset.source ?? ""),
    credit: formatMessage(labels.credit, { observatory: labels.observatory, date, permalink }),
  };
}

/**
 * The element's markup with the page's computed styles written onto each element: the page's
 * style sheets do not travel with a serialised SVG, and a picture must look as it does on screen.
 */
const STYLED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "visibility",
  "display",
] as const;

function inlineStyles(source: SVGSVGElement): string {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((element, i) => {
    const target = copies[i] as SVGElement | undefined;
    if (!target || element instanceof SVGTitleElement || element instanceof SVGDescElement) return;
    const computed = getComputedStyle(element);
    const style = STYLED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(";");
    target.setAttribute("style", style);
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return new XMLSerializer().serializeToString(copy);
}

/** Saves the figure as on screen, composed with its texts, as a PNG `width` pixels wide. */
async function exportPng(tools: HTMLElement, labels: Labels, width: number, status: HTMLElement): Promise<void> {
  const file = pngFileName(tools.dataset.file ?? "figure", width);
  try {
    await savePrintPng(readFigure(tools, labels, new Date(), location.href), width, file);
    status.textContent = formatMessage(labels.saved, { file });
  } catch (error) {
    status.textContent = formatMessage(labels.failed, { error: String(error) });
  }
}

/**
 * Points the PNG export of a tool's map at the view shown now: its file name (without ".png") and
 * what the subtitle adds to the region (the settings the title does not name).
 */
export function describeFigureExport(figure: ParentNode, view: { file: string; details?: string }): void {
  const tools = figure.querySelector<HTMLElement>("[data-figure-tools]");
  if (!tools) return;
  tools.dataset.file = view.file;
  tools.dataset.subtitle = [tools.dataset.region, view.details].filter(Boolean).join(" · ");
}
