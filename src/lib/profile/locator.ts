/**
 * The small locator map of a profile's first screen: every territory of the level in grey, the
 * area filled and outlined so that even a small quartier stays visible at thumbnail size. The
 * detailed map (fragility classes, legend, table) stays further down the page.
 */
import { escapeXml } from "../figure/xml.ts";
import { MAP_HEIGHT, MAP_WIDTH, type AreaPath } from "../map/geometry.ts";

export const LOCATOR_FILL = "#d5d9de";
export const LOCATOR_HIGHLIGHT = "#1d4f91";

export interface LocatorOptions {
  id: string;
  /** Accessible name: where the area lies. */
  label: string;
  paths: AreaPath[];
  highlighted: string;
}

export function renderLocatorSvg(o: LocatorOptions): string {
  const others = o.paths.filter((p) => p.code !== o.highlighted);
  const own = o.paths.filter((p) => p.code === o.highlighted);
  if (own.length === 0) throw new Error(`locator ${o.id}: no shape for area ${o.highlighted}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-labelledby="${o.id}-title" class="locator-svg">`,
    `<title id="${o.id}-title">${escapeXml(o.label)}</title>`,
    `<g class="locator-areas" fill="${LOCATOR_FILL}" stroke="#ffffff" stroke-width="1.5">`,
    ...others.map((p) => `<path d="${p.d}"/>`),
    `</g>`,
    `<g class="locator-area" fill="${LOCATOR_HIGHLIGHT}" stroke="${LOCATOR_HIGHLIGHT}" stroke-width="10" stroke-linejoin="round">`,
    ...own.map((p) => `<path data-code="${escapeXml(p.code)}" d="${p.d}"/>`),
    `</g>`,
    `</svg>`,
  ].join("");
}
