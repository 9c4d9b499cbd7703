import { describe, expect, it } from "vitest";
import { detectCopiedSeries } from "../../../../scripts/indicators/series-checks/copied-series.ts";
import type { SeriesCell } from "../../../../scripts/indicators/series-checks/series.ts";

const years = Array.from({ length: 40 }, (_, i) => 1986 + i);
/** Area `area`'s series of `indicator`: a distinct value per area and year unless `value` says otherwise. */
const series = (area: string, indicator: string, value = (year: number) => Number(area) * 1000 + year): SeriesCell[] =>
  years.map((year, i) => ({ row: i + 2, area, indicator, year, value: value(year) }));

describe("detectCopiedSeries(cells, minExclusiveCells)", () => {
  it("finds two areas with identical cells no third area has, and lists them by indicator", () => {
    const cells = [
      ...series("1", "foreigners"),
      ...series("2", "foreigners", (year) => 1000 + year), // area 1's values
      ...series("3", "foreigners"),
      ...series("1", "income"),
      ...series("2", "income"),
    ];
    expect(detectCopiedSeries(cells, 30)).toEqual([
      {
        kind: "copied_series",
        areas: ["1", "2"],
        common: 80,
        identical: 40,
        exclusive: 40,
        cells: new Map([["foreigners", years]]),
      },
    ]);
    expect(detectCopiedSeries(cells, 41)).toEqual([]);
  });

  it("does not count values that a third area shares too (rounding, zeros)", () => {
    const zero = () => 0;
    const cells = [
      ...series("1", "social housing", zero),
      ...series("2", "social housing", zero),
      ...series("3", "social housing", zero),
    ];
    expect(detectCopiedSeries(cells, 30)).toEqual([]);
  });
});
