/** DOM updates of the explorer: legend items and table rows (text content only, never HTML from data). */
import type { ExplorerRow } from "../../lib/explorer-view.ts";
import type { LegendItem } from "../../lib/map-svg.ts";

export type SortKey = "rank" | "name" | "value";

const SVG = "http://www.w3.org/2000/svg";

export function renderLegend(list: HTMLElement, items: LegendItem[]): void {
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      const swatch = document.createElementNS(SVG, "svg");
      swatch.setAttribute("class", "swatch");
      swatch.setAttribute("viewBox", "0 0 18 14");
      swatch.setAttribute("width", "18");
      swatch.setAttribute("height", "14");
      swatch.setAttribute("aria-hidden", "true");
      const rect = document.createElementNS(SVG, "rect");
      for (const [name, value] of Object.entries({ width: "18", height: "14", fill: item.fill, stroke: "#8a949e" })) rect.setAttribute(name, value);
      swatch.append(rect);
      li.append(swatch, item.label);
      return li;
    }),
  );
}

export function renderRows(body: HTMLElement, rows: ExplorerRow[]): void {
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement("tr");
      tr.dataset.code = row.code;
      if (row.matched) tr.className = "match";
      const cell = (tag: "td" | "th", text: string, className?: string) => {
        const element = document.createElement(tag);
        element.textContent = text;
        if (className) element.className = className;
        return element;
      };
      const name = document.createElement("th");
      name.scope = "row";
      const link = document.createElement("a");
      link.href = row.href;
      link.textContent = row.name;
      name.append(link);
      tr.append(cell("td", row.rank === null ? "–" : String(row.rank)), name, cell("td", row.valueText, "number"), cell("td", String(row.year), "number"), cell("td", row.note));
      return tr;
    }),
  );
}

/** Rows without a rank (no value) always come last, whatever the order. */
export function sortRows(rows: ExplorerRow[], key: SortKey, ascending: boolean): ExplorerRow[] {
  const direction = ascending ? 1 : -1;
  const compare = (a: ExplorerRow, b: ExplorerRow): number => {
    if (key === "name") return direction * a.name.localeCompare(b.name);
    if (a.rank === null || b.rank === null) return (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0);
    return direction * (a.rank - b.rank);
  };
  return [...rows].sort((a, b) => compare(a, b) || a.code.localeCompare(b.code));
}
