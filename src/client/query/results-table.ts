/**
 * The result as a table, a page at a time: a header row with each column's name and DuckDB
 * type, numbers aligned right, NULL told apart from empty text, and Previous/Next buttons
 * that say which rows are shown. It writes with the container's own document, so that the build
 * can write the first example's table into the page with the same code (src/data/prerendered-query-result.ts).
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
  // Plain createElement and append (no createCaption or insertRow): linkedom has only these.
  const document = container.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const table = element("table");
  const caption = element(
    "caption",
    t("query.results.caption", {
      rows: format.count(result.rowCount),
      columns: format.count(result.columns.length),
    }),
  );
  const head = element("thead");
  const headerRow = element("tr");
  for (const column of result.columns) {
    const th = element("th");
    th.setAttribute("scope", "col");
    if (column.kind === "number") th.className = "number";
    const name = element("span", column.name);
    name.className = "column-name";
    const type = element("span", column.type);
    type.className = "column-type";
    th.append(name, " ", type);
    headerRow.append(th);
  }
  head.append(headerRow);
  const body = element("tbody");
  table.append(caption, head, body);
  container.replaceChildren(table);

  const rows = result.displayed;
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const button = (label: string) => {
    const made = element("button", label);
    made.setAttribute("type", "button");
    return made;
  };
  const previous = button(t("query.pager.previous"));
  const next = button(t("query.pager.next"));
  const position = element("p");
  position.className = "pager-position";
  position.setAttribute("aria-live", "polite");

  function show(page: number): void {
    const first = page * PAGE_SIZE;
    const slice = rows.slice(first, first + PAGE_SIZE);
    body.replaceChildren(
      ...slice.map((cells) => {
        const tr = element("tr");
        cells.forEach((cell, index) => {
          const td = element("td", format.cell(cell));
          tr.append(td);
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
