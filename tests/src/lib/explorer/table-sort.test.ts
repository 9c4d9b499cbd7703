import { describe, expect, it } from "vitest";
import { clickSort, RANK_ORDER, rowOrder, worstFirst } from "../../../../src/lib/explorer/table-sort.ts";
import { sortRows } from "../../../../src/client/explorer/dom.ts";
import type { ExplorerRow } from "../../../../src/lib/explorer/view.ts";

/** Rows in rank order for a higher-is-worse indicator: rank 1 has the highest value. */
const row = (code: string, value: number | null, rank: number | null): ExplorerRow => ({
  code,
  name: code,
  value,
  valueText: String(value),
  rank,
  year: 2024,
  period: "2024",
  note: "",
  href: `/${code}`,
  matched: false,
});

function shownValues(rows: ExplorerRow[], polarity: "higher_is_worse" | "higher_is_better", clicks: number) {
  let sort = RANK_ORDER;
  for (let i = 0; i < clicks; i++) sort = clickSort(sort, "value", polarity);
  const order = rowOrder(sort, polarity);
  return { ariaSort: sort.direction, values: sortRows(rows, order.key, order.ascending).map((r) => r.value) };
}

describe("clickSort(current, key, polarity) and rowOrder(sort, polarity)", () => {
  it("puts the worst areas first on the first click on the value column, and aria-sort says how the values run", () => {
    const worse = [row("a", 30, 1), row("b", 20, 2), row("c", 10, 3), row("d", null, null)];
    expect(shownValues(worse, "higher_is_worse", 1)).toEqual({ ariaSort: "descending", values: [30, 20, 10, null] });
    expect(shownValues(worse, "higher_is_worse", 2)).toEqual({ ariaSort: "ascending", values: [10, 20, 30, null] });
    const better = [row("a", 10, 1), row("b", 20, 2), row("c", 30, 3)];
    expect(shownValues(better, "higher_is_better", 1)).toEqual({ ariaSort: "ascending", values: [10, 20, 30] });
    expect(shownValues(better, "higher_is_better", 2)).toEqual({ ariaSort: "descending", values: [30, 20, 10] });
  });

  it("sorts rank and name ascending first, and turns a column round on a second click", () => {
    expect(clickSort(RANK_ORDER, "name", "higher_is_worse")).toEqual({ key: "name", direction: "ascending" });
    expect(clickSort(RANK_ORDER, "rank", "higher_is_worse")).toEqual({ key: "rank", direction: "descending" });
    expect(rowOrder({ key: "name", direction: "descending" }, "higher_is_better")).toEqual({
      key: "name",
      ascending: false,
    });
    expect(rowOrder(RANK_ORDER, "higher_is_better")).toEqual({ key: "rank", ascending: true });
  });

  it("reads rank order as values downwards unless higher is better (neutral ranks from the largest)", () => {
    expect(worstFirst("higher_is_worse")).toBe("descending");
    expect(worstFirst("neutral")).toBe("descending");
    expect(worstFirst("higher_is_better")).toBe("ascending");
  });
});
