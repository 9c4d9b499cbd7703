/** The ranked table (the map's accessible alternative): its sorting and the selected area. */
import type { Translate } from "../../i18n/format-message.ts";
import { renderRows, sortRows, type SortKey } from "./dom.ts";
import type { ViewRows } from "./rows.ts";

export interface ViewTable {
  /** Back to rank order and redrawn, for a new view. */
  reset(): void;
  /** Highlights the selected area's row and offers its profile. */
  markSelected(area: string | null): void;
}

export function viewTable(root: HTMLElement, rows: ViewRows, t: Translate): ViewTable {
  let sort: { key: SortKey; ascending: boolean } = { key: "rank", ascending: true };

  function redraw(): void {
    const body = root.querySelector<HTMLElement>("[data-rows]");
    // `rows.list` already is the default order (rank), the one the build renders and the keyboard walks.
    if (body)
      renderRows(
        body,
        sort.key === "rank" && sort.ascending ? rows.list : sortRows(rows.list, sort.key, sort.ascending),
      );
    root.querySelectorAll<HTMLElement>("th[aria-sort], th:has(button[data-sort])").forEach((th) => {
      const key = th.querySelector<HTMLButtonElement>("[data-sort]")?.dataset.sort;
      if (key === sort.key) th.setAttribute("aria-sort", sort.ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }

  root.querySelectorAll<HTMLButtonElement>("[data-sort]").forEach((button) =>
    button.addEventListener("click", () => {
      const key = button.dataset.sort as SortKey;
      sort = { key, ascending: sort.key === key ? !sort.ascending : key !== "value" };
      redraw();
    }),
  );

  return {
    reset() {
      sort = { key: "rank", ascending: true };
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
