/**
 * Optional sorting of an indicator page's table of values. The server already orders the rows
 * worst first, so the table works without JavaScript; this script turns the column headers into
 * buttons and keeps `aria-sort` true. Rows without a value stay last in both directions.
 */
export type SortKind = "text" | "number";
export type SortDirection = "ascending" | "descending";

/** The new order of rows given their keys (row i has keys[i]); stable on ties. */
export function sortOrder(keys: readonly string[], kind: SortKind, direction: SortDirection, locale: string): number[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => {
      const emptyA = a.key === "";
      const emptyB = b.key === "";
      if (emptyA || emptyB) return emptyA === emptyB ? a.index - b.index : emptyA ? 1 : -1;
      const difference = kind === "number" ? Number(a.key) - Number(b.key) : collator.compare(a.key, b.key);
      return sign * difference || a.index - b.index;
    })
    .map((item) => item.index);
}

/**
 * The direction after a click on a header now sorted `current` (null: not sorted): the same
 * column turns round; another starts at its `first` direction (a value column's worst-first
 * direction, written by the build as `data-sort-first`), else ascending.
 */
export function nextDirection(current: string | null, first: string | undefined): SortDirection {
  if (current === "ascending") return "descending";
  if (current === "descending") return "ascending";
  return first === "descending" ? "descending" : "ascending";
}

/** Cell text, or its `data-sort-value` (the raw number behind a formatted value). */
function keyOf(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? "";
}

export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>("table[data-sortable]:not([data-enhanced])")) {
    table.dataset.enhanced = "true";
    const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
    headers.forEach((header, column) => {
      const kind = header.dataset.sortKind as SortKind | undefined;
      if (!kind) return;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener("click", () => {
        const direction = nextDirection(header.getAttribute("aria-sort"), header.dataset.sortFirst);
        const body = table.tBodies[0]!;
        const rows = [...body.rows];
        const order = sortOrder(
          rows.map((row) => keyOf(row, column)),
          kind,
          direction,
          document.documentElement.lang,
        );
        body.append(...order.map((index) => rows[index]!));
        for (const other of headers) other.removeAttribute("aria-sort");
        header.setAttribute("aria-sort", direction);
      });
    });
  }
}
