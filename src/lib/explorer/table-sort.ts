/**
 * The explorer table's sort state. Rows are ordered by rank (1 = worst, as the indicator's
 * polarity says), so sorting the value column is sorting by rank; `aria-sort` must still say
 * how the values run, which depends on the polarity. The first click on the value column puts
 * the worst areas first; on the rank and name columns it sorts ascending.
 */
import type { Polarity } from "../../core/polarity.ts";

export type SortKey = "rank" | "name" | "value";
export type SortDirection = "ascending" | "descending";

export interface TableSort {
  key: SortKey;
  /** How the sorted column's values run down the table: what `aria-sort` says. */
  direction: SortDirection;
}

export const RANK_ORDER: TableSort = { key: "rank", direction: "ascending" };

/** How the values run in rank order (worst first): downwards unless higher is better. */
export function worstFirst(polarity: Polarity): SortDirection {
  return polarity === "higher_is_better" ? "ascending" : "descending";
}

/** The state after a click on `key`'s header: the same column turns round, another starts at its first order. */
export function clickSort(current: TableSort, key: SortKey, polarity: Polarity): TableSort {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "value" ? worstFirst(polarity) : "ascending" };
}

/** The order of rows to show: the sort key and whether it runs ascending (the value column sorts by rank). */
export function rowOrder(sort: TableSort, polarity: Polarity): { key: "rank" | "name"; ascending: boolean } {
  if (sort.key === "value") return { key: "rank", ascending: sort.direction === worstFirst(polarity) };
  return { key: sort.key, ascending: sort.direction === "ascending" };
}
