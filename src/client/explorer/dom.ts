/** DOM updates of the explorer's table rows (text content only, never HTML from data). */
import type { ExplorerRow } from "../../lib/explorer/view.ts";

export type SortKey = "rank" | "name" | "value";

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
      tr.append(
        cell("td", row.rank === null ? "–" : String(row.rank)),
        name,
        cell("td", row.valueText, "number"),
        cell("td", row.period, "number"),
        cell("td", row.note),
      );
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
