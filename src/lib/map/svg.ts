/**
 * Renders a choropleth as an SVG string, the same way at build time (static maps, pages without
 * JavaScript, downloadable SVG) and in the browser (the explorer re-renders with it). Paths come
 * pre-projected (src/lib/map/geometry.ts), so the browser needs no geographic library.
 */
import { TOO_FEW_RESIDENTS_FILL } from "./color-scale.ts";
import { MAP_HEIGHT, MAP_WIDTH } from "./geometry.ts";
import { escapeXml } from "../figure/xml.ts";
import { svgTextLines, wrapText } from "../figure/wrap-text.ts";
import { labelsSvg, type MapLabel } from "./labels.ts";

export { escapeXml };

export interface MapArea {
  code: string;
  d: string;
  /** A colour, or one of the pattern fills for "no data" and "not applicable". */
  fill: string;
  /** Text of the tooltip (also the SVG <title> of the shape, for assistive technology). */
  label: string;
}

export interface MapPoint {
  x: number;
  y: number;
  kind: string;
  label: string;
}

export interface LegendItem {
  fill: string;
  label: string;
}

export interface MapSvgOptions {
  id: string;
  title: string;
  description: string;
  areas: MapArea[];
  /** Border lines drawn over the areas; a standalone picture's legend names each one with its `label`. */
  borders?: { d: string; kind: string; label?: string }[];
  points?: MapPoint[];
  highlighted?: string[];
  /** SVG markup drawn over the points, in the map's coordinates (e.g. the siting tool's new sites). */
  overlay?: string;
  /** The light context layer: region outline, commune borders, non-residential quartiers shaded. */
  context?: { outline: string; communes: string; nonResidential: { kind: string; d: string }[] };
  /** Place names, those in `shown` visible (the rest wait for the zoom), sized for `unitsPerPx`. */
  labels?: { items: MapLabel[]; shown: Set<string>; unitsPerPx: number };
  /** Draws title, legend, source line and date into the picture, for exports and reports. */
  standalone?: { legendTitle: string; legend: LegendItem[]; source: string; date: string };
}

const LEGEND_WIDTH = 230;
/** Type sizes and line heights of a standalone picture's texts. */
const TITLE = { size: 19, line: 24 };
const LEGEND = { size: 12, line: 15, row: 22 };
const FOOTNOTE = { size: 11, line: 16 };
const MARGIN = 12;

/** Stroke colour and width of each kind of border line. */
export function borderStyle(kind: string): { stroke: string; width: number } {
  return kind === "bassin" ? { stroke: "#1b1f24", width: 2 } : { stroke: "#4a5561", width: 1.1 };
}

/**
 * Hatching for areas without a value: "no data" and "not applicable" must never look like a class;
 * nor must a value kept out of the classes for too few residents (its pattern only when a map uses it).
 */
export function patternDefs(tooFewResidents = false): string {
  const tooFew = tooFewResidents
    ? `<pattern id="pattern-too-few-residents" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b0b7bf" stroke-width="2.5"/></pattern>`
    : "";
  return (
    `<pattern id="pattern-no-data" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="1.5"/></pattern>` +
    `<pattern id="pattern-not-applicable" patternUnits="userSpaceOnUse" width="6" height="6">` +
    `<rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="0.9" fill="#8c8c8c"/></pattern>` +
    tooFew
  );
}

export function renderMapSvg(o: MapSvgOptions): string {
  const width = MAP_WIDTH + (o.standalone ? LEGEND_WIDTH : 0);
  const text = o.standalone && standaloneText(o.title, o.standalone, width);
  const top = text ? text.header : 0;
  const height = MAP_HEIGHT + top + (text ? text.footer : 0);
  const highlighted = new Set(o.highlighted ?? []);
  // A file opened on its own needs its size: without it browsers draw the picture 300 × 150 pixels.
  const size = o.standalone ? ` width="${width}" height="${height}"` : "";
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"${size} role="img" aria-labelledby="${o.id}-title ${o.id}-desc" class="choropleth-svg" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<title id="${o.id}-title">${escapeXml(o.title)}</title><desc id="${o.id}-desc">${escapeXml(o.description)}</desc>`,
    `<defs>${patternDefs(o.areas.some((area) => area.fill === TOO_FEW_RESIDENTS_FILL))}${o.context ? contextPatternDefs() : ""}</defs>`,
  ];
  if (text) {
    parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
    parts.push(
      svgTextLines(text.title, {
        x: MARGIN,
        y: 32,
        fontSize: TITLE.size,
        lineHeight: TITLE.line,
        bold: true,
        fill: "#1b1f24",
      }),
    );
  }
  parts.push(`<g transform="translate(0 ${top})">`);
  parts.push(`<g class="areas" stroke="#ffffff" stroke-width="0.5">`);
  for (const area of o.areas) {
    parts.push(
      `<path d="${area.d}" fill="${area.fill}" data-code="${escapeXml(area.code)}"><title>${escapeXml(area.label)}</title></path>`,
    );
  }
  parts.push(`</g>`);
  if (o.context) parts.push(contextSvg(o.context));
  for (const border of o.borders ?? []) {
    const style = borderStyle(border.kind);
    parts.push(
      `<path class="border border-${border.kind}" d="${border.d}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}" pointer-events="none"/>`,
    );
  }
  if (highlighted.size) {
    parts.push(`<g class="highlight" fill="none" stroke="#1b1f24" stroke-width="2.2" pointer-events="none">`);
    for (const area of o.areas) if (highlighted.has(area.code)) parts.push(`<path d="${area.d}"/>`);
    parts.push(`</g>`);
  }
  if (o.points?.length) {
    parts.push(`<g class="points">`);
    for (const p of o.points) {
      parts.push(
        `<circle cx="${p.x}" cy="${p.y}" r="3" class="point point-${escapeXml(p.kind)}" fill="${POINT_COLOURS[p.kind] ?? "#333"}" stroke="#ffffff" stroke-width="0.8"><title>${escapeXml(p.label)}</title></circle>`,
      );
    }
    parts.push(`</g>`);
  }
  if (o.overlay) parts.push(o.overlay);
  if (o.labels) parts.push(labelsSvg(o.labels.items, o.labels.shown, o.labels.unitsPerPx));
  parts.push(`</g>`);
  if (o.standalone && text) parts.push(standaloneLegend(o.standalone, o.borders ?? [], top), text.footnotes(height));
  parts.push(`</svg>`);
  return parts.join("");
}

/** Title and footnote lines of a standalone picture, wrapped to its width, and the bands they take. */
function standaloneText(title: string, standalone: NonNullable<MapSvgOptions["standalone"]>, width: number) {
  const lines = wrapText(title, width - 2 * MARGIN, TITLE.size, true);
  const notes = [
    ...wrapText(standalone.source, width - 2 * MARGIN, FOOTNOTE.size),
    ...wrapText(standalone.date, width - 2 * MARGIN, FOOTNOTE.size),
  ];
  return {
    title: lines,
    header: 32 + (lines.length - 1) * TITLE.line + 24,
    footer: notes.length * FOOTNOTE.line + 12,
    footnotes: (height: number) =>
      svgTextLines(notes, {
        x: MARGIN,
        y: height - 8 - (notes.length - 1) * FOOTNOTE.line,
        fontSize: FOOTNOTE.size,
        lineHeight: FOOTNOTE.line,
        fill: "#4a5561",
      }),
  };
}

/**
 * The legend beside the map: its title, a swatch per class and a line per labelled border drawn
 * (a reader must be able to tell what the thick lines are), every label wrapped to the column.
 */
function standaloneLegend(
  standalone: NonNullable<MapSvgOptions["standalone"]>,
  borders: NonNullable<MapSvgOptions["borders"]>,
  top: number,
): string {
  const x = MAP_WIDTH + 8;
  const labelWidth = LEGEND_WIDTH - 34 - MARGIN;
  const parts: string[] = [];
  const heading = wrapText(standalone.legendTitle, LEGEND_WIDTH - 8 - MARGIN, 13, true);
  parts.push(svgTextLines(heading, { x, y: top + 20, fontSize: 13, lineHeight: 16, bold: true, fill: "#1b1f24" }));
  let y = top + 34 + (heading.length - 1) * 16;
  const row = (swatch: (y: number) => string, label: string) => {
    const lines = wrapText(bindCount(label), labelWidth, LEGEND.size);
    parts.push(swatch(y));
    parts.push(
      svgTextLines(lines, { x: x + 26, y: y + 11, fontSize: LEGEND.size, lineHeight: LEGEND.line, fill: "#1b1f24" }),
    );
    y += LEGEND.row + (lines.length - 1) * LEGEND.line;
  };
  for (const item of standalone.legend) {
    row((y) => `<rect x="${x}" y="${y}" width="18" height="14" fill="${item.fill}" stroke="#8a949e"/>`, item.label);
  }
  for (const border of borders) {
    if (!border.label) continue;
    const style = borderStyle(border.kind);
    row(
      (y) =>
        `<line class="legend-border legend-border-${border.kind}" x1="${x}" y1="${y + 7}" x2="${x + 18}" y2="${y + 7}" stroke="${style.stroke}" stroke-width="${style.width}"/>`,
      border.label,
    );
  }
  return parts.join("");
}

/** "0,0 – 0,2 (23 zones)": the count stays one unit on a line, its number never left alone at a line's end. */
function bindCount(label: string): string {
  return label.replace(/\((\S+) ([^()\s]+)\)$/, "($1\u00a0$2)");
}

/** Kinds of non-residential quartiers (`quartiers.type`) and the marks that shade them over the data's colours. */
export const CONTEXT_KINDS = ["park", "cemetery", "industrial"] as const;

/** Sparse marks (no fill of their own), so that the area's class colour still shows through. */
export function contextPatternDefs(): string {
  return (
    `<pattern id="pattern-context-park" patternUnits="userSpaceOnUse" width="7" height="7">` +
    `<circle cx="3.5" cy="3.5" r="1.1" fill="#1e6b34"/></pattern>` +
    `<pattern id="pattern-context-cemetery" patternUnits="userSpaceOnUse" width="8" height="8">` +
    `<path d="M4 1.5v5M2 3.5h4" stroke="#3a434c" stroke-width="0.9"/></pattern>` +
    `<pattern id="pattern-context-industrial" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="#6b4a2b" stroke-width="0.9"/></pattern>`
  );
}

function contextSvg(context: NonNullable<MapSvgOptions["context"]>): string {
  const shaded = context.nonResidential
    .filter((area) => (CONTEXT_KINDS as readonly string[]).includes(area.kind))
    .map((area) => `<path class="context-${area.kind}" d="${area.d}" fill="url(#pattern-context-${area.kind})"/>`)
    .join("");
  return (
    `<g class="map-context" aria-hidden="true" pointer-events="none">${shaded}` +
    `<path class="context-communes" d="${context.communes}" fill="none" stroke="#5d6873" stroke-width="0.7" stroke-dasharray="3 2"/>` +
    `<path class="context-outline" d="${context.outline}" fill="none" stroke="#1b1f24" stroke-width="1.2"/></g>`
  );
}

/** Service point colours: distinct hues, readable on every choropleth scheme. */
export const POINT_COLOURS: Record<string, string> = {
  pharmacy: "#1b9e77",
  hospital_emergency: "#7570b3",
  maison_medicale: "#e7298a",
  dentist: "#66a61e",
};
