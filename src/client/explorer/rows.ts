/**
 * The rows of the current view in rank order (as explorerView returns them and the build renders
 * them), with a lookup by code, the number of ranked areas for tooltips, and the area the
 * keyboard is on.
 */
import type { ExplorerRow } from "../../lib/explorer/view.ts";

export class ViewRows {
  list: ExplorerRow[] = [];
  byCode = new Map<string, ExplorerRow>();
  rankedCount = 0;
  /** Position in `list` of the area the keyboard is on (-1: none yet). */
  focusIndex = -1;

  set(next: ExplorerRow[]): void {
    this.list = next;
    this.byCode = new Map(next.map((row) => [row.code, row]));
    this.rankedCount = next.filter((row) => row.rank !== null).length;
    this.focusIndex = -1;
  }
}

/** A row as the build rendered it in the table, before any view is computed in the browser. */
export function rowFromDom(tr: HTMLTableRowElement): ExplorerRow {
  const cells = tr.querySelectorAll("td");
  const link = tr.querySelector("a")!;
  return {
    code: tr.dataset.code!,
    name: link.textContent ?? "",
    value: null,
    valueText: cells[1]?.textContent ?? "",
    rank: Number(cells[0]?.textContent) || null,
    year: Number(cells[2]?.textContent),
    period: cells[2]?.textContent ?? "",
    note: cells[3]?.textContent ?? "",
    href: link.getAttribute("href")!,
    matched: tr.classList.contains("match"),
  };
}
