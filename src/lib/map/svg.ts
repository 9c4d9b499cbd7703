/**
 * Renders a choropleth as an SVG string, the same way at build time (static maps, pages without
 * JavaScript, downloadable SVG) and in the browser (the explorer re-renders with it). Paths come
 * pre-projected (src/lib/map/geometry.ts), so the browser needs no geographic library.
 */
import { TOO_FEW_RESIDENTS_FILL } from "./color-scale.ts";
import { MAP_HEIGHT, MAP_WIDTH } from "./geometry.ts";

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
  borders?: { d: string; kind: string }[];
  points?: MapPoint[];
  highlighted?: string[];
  /** SVG markup drawn over the points, in the map's coordinates (e.g. the siting tool's new sites). */
  overlay?: string;
  /** Draws title, legend, source line and date into the picture, for exports and reports. */
  standalone?: { legendTitle: string; legend: LegendItem[]; source: string; date: string };
}

const HEADER = 56;
const FOOTER = 44;
const LEGEND_WIDTH = 230;

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
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
  const top = o.standalone ? HEADER : 0;
  const width = MAP_WIDTH + (o.standalone ? LEGEND_WIDTH : 0);
  const height = MAP_HEIGHT + top + (o.standalone ? FOOTER : 0);
  const highlighted = new Set(o.highlighted ?? []);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" class="choropleth-svg" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<title id="${o.id}-title">${escapeXml(o.title)}</title><desc id="${o.id}-desc">${escapeXml(o.description)}</desc>`,
    `<defs>${patternDefs(o.areas.some((area) => area.fill === TOO_FEW_RESIDENTS_FILL))}</defs>`,
  ];
  if (o.standalone) {
    parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
    parts.push(`<text x="12" y="32" font-size="19" font-weight="700" fill="#1b1f24">${escapeXml(o.title)}</text>`);
  }
  parts.push(`<g transform="translate(0 ${top})">`);
  parts.push(`<g class="areas" stroke="#ffffff" stroke-width="0.5">`);
  for (const area of o.areas) {
    parts.push(
      `<path d="${area.d}" fill="${area.fill}" data-code="${escapeXml(area.code)}"><title>${escapeXml(area.label)}</title></path>`,
    );
  }
  parts.push(`</g>`);
  for (const border of o.borders ?? []) {
    parts.push(
      `<path class="border border-${border.kind}" d="${border.d}" fill="none" stroke="${border.kind === "bassin" ? "#1b1f24" : "#4a5561"}" stroke-width="${border.kind === "bassin" ? 2 : 1.1}" pointer-events="none"/>`,
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
  parts.push(`</g>`);
  if (o.standalone) {
    const x = MAP_WIDTH + 8;
    parts.push(
      `<text x="${x}" y="${top + 20}" font-size="13" font-weight="700" fill="#1b1f24">${escapeXml(o.standalone.legendTitle)}</text>`,
    );
    o.standalone.legend.forEach((item, i) => {
      const y = top + 34 + i * 22;
      parts.push(`<rect x="${x}" y="${y}" width="18" height="14" fill="${item.fill}" stroke="#8a949e"/>`);
      parts.push(`<text x="${x + 26}" y="${y + 11}" font-size="12" fill="#1b1f24">${escapeXml(item.label)}</text>`);
    });
    parts.push(
      `<text x="12" y="${height - 24}" font-size="11" fill="#4a5561">${escapeXml(o.standalone.source)}</text>`,
    );
    parts.push(`<text x="12" y="${height - 8}" font-size="11" fill="#4a5561">${escapeXml(o.standalone.date)}</text>`);
  }
  parts.push(`</svg>`);
  return parts.join("");
}

/** Service point colours: distinct hues, readable on every choropleth scheme. */
export const POINT_COLOURS: Record<string, string> = {
  pharmacy: "#1b9e77",
  hospital_emergency: "#7570b3",
  maison_medicale: "#e7298a",
  dentist: "#66a61e",
};
