/** Fills a map legend list (MapLegend.astro writes the same markup at build time). */
import type { LegendItem } from "../lib/map/svg.ts";

const SVG = "http://www.w3.org/2000/svg";

export function renderLegend(list: HTMLElement, items: readonly LegendItem[]): void {
  // The list's own document: the build draws with this code on linkedom's.
  const document = list.ownerDocument;
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      const swatch = document.createElementNS(SVG, "svg");
      for (const [name, value] of Object.entries({
        class: "swatch",
        viewBox: "0 0 18 14",
        width: "18",
        height: "14",
        "aria-hidden": "true",
      }))
        swatch.setAttribute(name, value);
      // Hatching fills refer to the patterns defined in the map's own <defs> (ids are document-wide).
      const rect = document.createElementNS(SVG, "rect");
      for (const [name, value] of Object.entries({ width: "18", height: "14", fill: item.fill, stroke: "#8a949e" }))
        rect.setAttribute(name, value);
      swatch.append(rect);
      li.append(swatch, item.label);
      return li;
    }),
  );
}
