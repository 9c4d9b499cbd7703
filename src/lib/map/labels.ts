/**
 * Place names on the map, shown as the zoom allows: a label appears only where it fits inside the
 * view without touching one already placed. Communes come first, then quartiers once the view is
 * close enough. Pure: the browser calls it on every zoom, the build once at the default view.
 */
import type { ViewBox } from "./zoom.ts";
import { escapeXml } from "../figure/xml.ts";

export interface MapLabel {
  kind: "commune" | "quartier";
  code: string;
  /** The label point (inside the area), in map units. */
  x: number;
  y: number;
  text: string;
}

/** Screen sizes of the names, in CSS pixels, whatever the zoom. */
export const LABEL_FONT_PX = { commune: 13, quartier: 12 } as const;
/** Quartier names wait until the map is enlarged this many times: at the whole region they are a blur. */
export const QUARTIER_LABEL_MIN_SCALE = 2;
/** Average advance of a character of DejaVu Sans / Arial, as a share of the font size. */
const CHAR_WIDTH = 0.58;
const LINE_HEIGHT = 1.25;
/** Space kept free around each name, in screen pixels. */
const PADDING_PX = 2;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box a label covers, in map units, when one screen pixel is `unitsPerPx` map units. */
export function labelBox(label: MapLabel, unitsPerPx: number): Box {
  const font = LABEL_FONT_PX[label.kind];
  const halfWidth = ((label.text.length * font * CHAR_WIDTH) / 2 + PADDING_PX) * unitsPerPx;
  const halfHeight = ((font * LINE_HEIGHT) / 2 + PADDING_PX) * unitsPerPx;
  return {
    left: label.x - halfWidth,
    top: label.y - halfHeight,
    right: label.x + halfWidth,
    bottom: label.y + halfHeight,
  };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The labels to show, as `kind:code` keys, taken greedily in the order given (communes before
 * quartiers; callers list larger areas first). `scale` is the zoom (1: the whole map).
 */
export function visibleLabels(labels: MapLabel[], view: ViewBox, unitsPerPx: number, scale: number): Set<string> {
  const placed: Box[] = [];
  const shown = new Set<string>();
  const ordered = [...labels.filter((l) => l.kind === "commune"), ...labels.filter((l) => l.kind === "quartier")];
  for (const label of ordered) {
    if (label.kind === "quartier" && scale < QUARTIER_LABEL_MIN_SCALE) continue;
    const box = labelBox(label, unitsPerPx);
    const inside =
      box.left >= view.x && box.top >= view.y && box.right <= view.x + view.width && box.bottom <= view.y + view.height;
    if (!inside || placed.some((other) => boxesOverlap(box, other))) continue;
    placed.push(box);
    shown.add(`${label.kind}:${label.code}`);
  }
  return shown;
}

/** Halo around each name, in screen pixels: dark text stays readable on every fill (WCAG contrast). */
const HALO_PX = 3;

/** Font size and halo of each kind of name in map units, when one screen pixel is `unitsPerPx` units. */
export function labelSizes(unitsPerPx: number): Record<MapLabel["kind"], { fontSize: string; halo: string }> {
  const size = (px: number) => String(Math.round(px * unitsPerPx * 100) / 100);
  return {
    commune: { fontSize: size(LABEL_FONT_PX.commune), halo: size(HALO_PX) },
    quartier: { fontSize: size(LABEL_FONT_PX.quartier), halo: size(HALO_PX) },
  };
}

/**
 * The names as SVG, hidden from assistive technology (each area already has its name as a title),
 * those not in `shown` drawn with display="none", ready to be shown when the zoom allows.
 */
export function labelsSvg(labels: MapLabel[], shown: Set<string>, unitsPerPx: number): string {
  const sizes = labelSizes(unitsPerPx);
  const group = (kind: MapLabel["kind"], weight: string) =>
    `<g class="map-labels map-labels-${kind}" font-size="${sizes[kind].fontSize}" stroke-width="${sizes[kind].halo}" font-weight="${weight}">` +
    labels
      .filter((l) => l.kind === kind)
      .map((l) => {
        const key = `${l.kind}:${l.code}`;
        const hidden = shown.has(key) ? "" : ` display="none"`;
        return `<text x="${l.x}" y="${l.y}" data-label="${escapeXml(key)}"${hidden}>${escapeXml(l.text)}</text>`;
      })
      .join("") +
    `</g>`;
  return (
    `<g class="map-names" aria-hidden="true" pointer-events="none" text-anchor="middle" dominant-baseline="central" fill="#1b1f24" stroke="#ffffff" stroke-linejoin="round" paint-order="stroke">` +
    group("commune", "700") +
    group("quartier", "400") +
    `</g>`
  );
}
