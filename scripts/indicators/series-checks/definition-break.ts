import { compareCodes } from "../../lib/compare-codes.ts";
import { byIndicatorYearArea, type Block, type DefinitionBreak, type SeriesCell } from "./series.ts";

/** Thresholds of the definition-break test (published in method_parameters, see parameters.ts). */
export interface BreakThresholds {
  /** Blocks (and year pairs) with fewer areas are not compared: their medians are too unstable. */
  minBlockAreas: number;
  /** The larger median must be at least this multiple of the smaller one... */
  minMedianRatio: number;
  /** ...and the rank separation at least this far from 0.5 (0.4: nine in ten pairs on one side). */
  minRankSeparation: number;
}

/**
 * Blocks of areas or years of one indicator whose distributions cannot belong to one definition.
 *
 * Two comparisons, both with the same test (a shift of the median by `minMedianRatio` or more
 * AND a rank separation, the Mann-Whitney probability that a value of one side exceeds a value of
 * the other, at least `minRankSeparation` away from one half):
 * - areas grouped by the years they have (their "block"): each pair of blocks at their latest
 *   shared year, or, with no shared year, the outlying block's latest year against the reference
 *   block's closest year (the export gives some quartiers a long series, others a single year);
 * - within one indicator, each year against the previous available year on the areas both have
 *   (a definition changed for everyone at once).
 * A real geographic or yearly difference moves one of the two measures, rarely both: on the
 * Monitoring export the largest median ratio apart from the break found is 1.81 (rank separation
 * 0.28), the most separated pair of years has a median ratio of 1.24.
 */
export function detectDefinitionBreaks(cells: readonly SeriesCell[], thresholds: BreakThresholds): DefinitionBreak[] {
  const findings: DefinitionBreak[] = [];
  for (const [indicator, years] of byIndicatorYearArea(cells)) {
    const value = (year: number, area: string) => years.get(year)!.get(area)!.value;
    const blocks = blocksOf(years).filter((b) => b.areas.length >= thresholds.minBlockAreas);
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        // The block with more cells is the indicator's own series; on a tie, the one listed first.
        const [reference, outlying] =
          cellCount(blocks[j]!) > cellCount(blocks[i]!) ? [blocks[j]!, blocks[i]!] : [blocks[i]!, blocks[j]!];
        const [yearRef, yearOut] = comparedYears(reference.years, outlying.years);
        const test = shiftTest(
          reference.areas.map((a) => value(yearRef, a)),
          outlying.areas.map((a) => value(yearOut, a)),
          thresholds,
        );
        if (test.isBreak)
          findings.push({
            kind: "definition_break",
            indicator,
            reference,
            outlying,
            compared: [yearRef, yearOut],
            ...test.measures,
          });
      }
    }
    const sorted = [...years.keys()].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) {
      const [before, after] = [sorted[k - 1]!, sorted[k]!];
      const areas = [...years.get(after)!.keys()].filter((a) => years.get(before)!.has(a)).sort(compareCodes);
      if (areas.length < thresholds.minBlockAreas) continue;
      const test = shiftTest(
        areas.map((a) => value(before, a)),
        areas.map((a) => value(after, a)),
        thresholds,
      );
      if (test.isBreak)
        findings.push({
          kind: "definition_break",
          indicator,
          reference: { areas, years: sorted.slice(0, k) },
          outlying: { areas, years: [after] },
          compared: [before, after],
          ...test.measures,
        });
    }
  }
  return findings;
}

/** Areas grouped by the exact set of years they have, in code order. */
function blocksOf(years: Map<number, Map<string, SeriesCell>>): Block[] {
  const yearsOf = new Map<string, number[]>();
  for (const year of [...years.keys()].sort((a, b) => a - b))
    for (const area of years.get(year)!.keys()) {
      const list = yearsOf.get(area);
      if (list) list.push(year);
      else yearsOf.set(area, [year]);
    }
  const blocks = new Map<string, Block>();
  for (const area of [...yearsOf.keys()].sort(compareCodes)) {
    const list = yearsOf.get(area)!;
    const key = list.join(",");
    if (!blocks.has(key)) blocks.set(key, { areas: [], years: list });
    blocks.get(key)!.areas.push(area);
  }
  return [...blocks.values()];
}

const cellCount = (block: Block) => block.areas.length * block.years.length;

/** The latest shared year, or the outlying block's latest year and the reference year closest to it. */
function comparedYears(reference: number[], outlying: number[]): [number, number] {
  const shared = outlying.filter((y) => reference.includes(y));
  if (shared.length) return [Math.max(...shared), Math.max(...shared)];
  const target = Math.max(...outlying);
  const closest = reference.reduce((best, y) =>
    Math.abs(y - target) < Math.abs(best - target) || (Math.abs(y - target) === Math.abs(best - target) && y > best)
      ? y
      : best,
  );
  return [closest, target];
}

export function shiftTest(
  reference: number[],
  outlying: number[],
  thresholds: Pick<BreakThresholds, "minMedianRatio" | "minRankSeparation">,
) {
  const medians: [number, number] = [median(reference), median(outlying)];
  const [low, high] = [Math.min(...medians.map(Math.abs)), Math.max(...medians.map(Math.abs))];
  const medianRatio = high === 0 ? 1 : low === 0 ? Infinity : high / low;
  const rankSeparation = probabilityAbove(reference, outlying);
  return {
    isBreak: medianRatio >= thresholds.minMedianRatio && Math.abs(rankSeparation - 0.5) >= thresholds.minRankSeparation,
    measures: { medians, medianRatio, rankSeparation },
  };
}

/** P(o > r) + P(o = r) / 2 for o drawn from `outlying`, r from `reference` (Mann-Whitney U over n·m), by sorting. */
function probabilityAbove(reference: number[], outlying: number[]): number {
  const sorted = [...reference].sort((a, b) => a - b);
  // Count of reference values strictly below and equal to x, by binary search.
  const below = (x: number, strict: boolean) => {
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (strict ? sorted[mid]! < x : sorted[mid]! <= x) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  let above = 0;
  for (const o of outlying) {
    const less = below(o, true);
    above += less + (below(o, false) - less) / 2;
  }
  return above / (reference.length * outlying.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
