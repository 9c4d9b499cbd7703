import { compareCodes } from "../../lib/compare-codes.ts";
import type { CopiedSeries, SeriesCell } from "./series.ts";

/**
 * Pairs of areas whose series were copied from one to the other. Two areas can share a value by
 * chance or rounding (a share of 0, a pollution level to one decimal, the same area repeated
 * every year), but then other areas usually share it too. So only identical cells whose value no
 * third area has in that indicator and year count ("exclusive" cells); a pair with at least
 * `minExclusiveCells` of them is a copy. On the Monitoring export the pair 108/109 has 280 such
 * cells; no other pair of its 6,786 has more than 7.
 */
export function detectCopiedSeries(cells: readonly SeriesCell[], minExclusiveCells: number): CopiedSeries[] {
  // One column per (indicator, year), one row of values per area (NaN = no value): pairs compare arrays.
  const columns = new Map<string, number>();
  const columnNames: [string, number][] = [];
  for (const { indicator, year } of cells) {
    const key = `${indicator}\u0000${year}`;
    if (!columns.has(key)) {
      columns.set(key, columns.size);
      columnNames.push([indicator, year]);
    }
  }
  const areas = [...new Set(cells.map((c) => c.area))].sort(compareCodes);
  const rowOf = new Map(areas.map((area, i) => [area, i]));
  const values = areas.map(() => new Float64Array(columns.size).fill(NaN));
  for (const { area, indicator, year, value } of cells)
    values[rowOf.get(area)!]![columns.get(`${indicator}\u0000${year}`)!] = value;
  // How many areas have each value in each column: a value three areas share is no evidence of a copy.
  const counts = columnNames.map((_, c) => {
    const count = new Map<number, number>();
    for (const row of values) if (!Number.isNaN(row[c]!)) count.set(row[c]!, (count.get(row[c]!) ?? 0) + 1);
    return count;
  });
  const findings: CopiedSeries[] = [];
  for (let i = 0; i < areas.length; i++) {
    const first = values[i]!;
    for (let j = i + 1; j < areas.length; j++) {
      const second = values[j]!;
      let [common, exclusive] = [0, 0];
      const identical: number[] = [];
      for (let c = 0; c < first.length; c++) {
        if (Number.isNaN(first[c]!) || Number.isNaN(second[c]!)) continue;
        common++;
        if (first[c] !== second[c]) continue;
        identical.push(c);
        if (counts[c]!.get(first[c]!) === 2) exclusive++;
      }
      if (exclusive < minExclusiveCells) continue;
      const byIndicator = new Map<string, number[]>();
      for (const [indicator, year] of identical
        .map((c) => columnNames[c]!)
        .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x - y)))
        byIndicator.set(indicator, [...(byIndicator.get(indicator) ?? []), year]);
      findings.push({
        kind: "copied_series",
        areas: [areas[i]!, areas[j]!],
        common,
        identical: identical.length,
        exclusive,
        cells: byIndicator,
      });
    }
  }
  return findings;
}
