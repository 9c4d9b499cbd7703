/** The ranked table (the map's accessible alternative): its sorting and the selected area. */
import type { Translate } from "../../i18n/format-message.ts";
import type { Polarity } from "../../core/polarity.ts";
import { clickSort, RANK_ORDER, rowOrder, type SortKey, type TableSort } from "../../lib/explorer/table-sort.ts";
import { renderRows, sortRows } from "./dom.ts";
import type { ViewRows } from "./rows.ts";

export interface ViewTable {
  /** Back to rank order and redrawn, for a new view of an indicator of this polarity. */
  reset(polarity: Polarity): void;
  /** Highlights the selected area's row and offers its profile. */
  markSelected(area: string | null): void;
}

export function viewTable(root: HTMLElement, rows: ViewRows, t: Translate): ViewTable {
  let sort: TableSort = RANK_ORDER;
  // The build writes the default view's polarity on the table; each new view brings its own.
  let polarity = (root.querySelector<HTMLElement>("[data-table]")?.dataset.polarity ?? "higher_is_worse") as Polarity;

  function redraw(): void {
    const body = root.querySelector<HTMLElement>("[data-rows]");
    const order = rowOrder(sort, polarity);
    // `rows.list` already is the default order (rank), the one the build renders and the keyboard walks.
    if (body)
      renderRows(
        body,
        order.key === "rank" && order.ascending ? rows.list : sortRows(rows.list, order.key, order.ascending),
      );
    root.querySelectorAll<HTMLElement>("th[aria-sort], th:has(button[data-sort])").forEach((th) => {
      const key = th.querySelector<HTMLButtonElement>("[data-sort]")?.dataset.sort;
      if (key === sort.key) th.setAttribute("aria-sort", sort.direction);
      else th.removeAttribute("aria-sort");
    });
  }

  root.querySelectorAll<HTMLButtonElement>("[data-sort]").forEach((button) =>
    button.addEventListener("click", () => {
      sort = clickSort(sort, button.dataset.sort as SortKey, polarity);
      redraw();
    }),
  );

  return {
    reset(next) {
      polarity = next;
      sort = RANK_ORDER;
      redraw();
    },
    markSelected(area) {
      root.querySelectorAll("tr.selected").forEach((row) => row.classList.remove("selected"));
      const paragraph = root.querySelector<HTMLElement>("[data-selected]")!;
      const row = area === null ? undefined : rows.byCode.get(area);
      paragraph.hidden = !row;
      paragraph.replaceChildren();
      if (!row) return;
      root.querySelector(`tr[data-code="${CSS.escape(row.code)}"]`)?.classList.add("selected");
      const link = document.createElement("a");
      link.href = row.href;
      link.textContent = t("explorer.openProfile", { name: row.name });
      paragraph.append(t("explorer.selected", { name: row.name }), " ", link);
    },
  };
}
