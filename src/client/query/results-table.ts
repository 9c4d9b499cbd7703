/**
 * The result as a table, a page at a time: a header row with each column's name and DuckDB
 * type, numbers aligned right, NULL told apart from empty text, and Previous/Next buttons
 * that say which rows are shown.
 */
import type { Formatters } from "../../lib/format.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ResultSet } from "./result-set.ts";

const PAGE_SIZE = 50;

export interface TableContext {
  t: Translate;
  format: Formatters;
}

/** Fills `container` (the table's scrolling region) and `pager` (its navigation). */
export function renderResultsTable(
  container: HTMLElement,
  pager: HTMLElement,
  result: ResultSet,
  { t, format }: TableContext,
): void {
  const table = document.createElement("table");
  const caption = table.createCaption();
  caption.textContent = t("query.results.caption", {
    rows: format.count(result.rowCount),
    columns: format.count(result.columns.length),
  });
  const headerRow = table.createTHead().insertRow();
  for (const column of result.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    if (column.kind === "number") th.className = "number";
    const name = document.createElement("span");
    name.className = "column-name";
    name.textContent = column.name;
    const type = document.createElement("span");
    type.className = "column-type";
    type.textContent = column.type;
    th.append(name, " ", type);
    headerRow.append(th);
  }
  const body = table.createTBody();
  container.replaceChildren(table);

  const rows = result.displayed;
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const previous = button(t("query.pager.previous"));
  const next = button(t("query.pager.next"));
  const position = document.createElement("p");
  position.className = "pager-position";
  position.setAttribute("aria-live", "polite");

  function show(page: number): void {
    const first = page * PAGE_SIZE;
    const slice = rows.slice(first, first + PAGE_SIZE);
    body.replaceChildren(
      ...slice.map((cells) => {
        const tr = document.createElement("tr");
        cells.forEach((cell, index) => {
          const td = tr.insertCell();
          td.textContent = format.cell(cell);
          if (result.columns[index]!.kind === "number") td.className = "number";
          if (cell === null) td.classList.add("null");
        });
        return tr;
      }),
    );
    position.textContent =
      rows.length === 0
        ? ""
        : t("query.pager.position", {
            first: format.count(first + 1),
            last: format.count(first + slice.length),
            total: format.count(rows.length),
          });
    previous.disabled = page === 0;
    next.disabled = page >= pageCount - 1;
    current = page;
  }

  let current = 0;
  previous.addEventListener("click", () => show(current - 1));
  next.addEventListener("click", () => show(current + 1));
  pager.replaceChildren(...(pageCount > 1 ? [previous, position, next] : [position]));
  show(0);
}

function button(label: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  return element;
}
