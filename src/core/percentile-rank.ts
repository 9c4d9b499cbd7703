/**
 * Percentile rank as in the CDC Social Vulnerability Index (Excel PERCENTRANK.INC): the share
 * of the other values that are strictly lower, so ties share the lowest rank, the minimum is 0
 * and the maximum is 1. A single value ranks 0.
 */
export function percentileRanks(values: readonly number[]): number[] {
  const n = values.length;
  return lowerCounts(values).map((count) => (n <= 1 ? 0 : count / (n - 1)));
}

/**
 * The same rank where some values are missing: a missing (null or non-finite) value stays
 * missing and is not counted among the others (the allocator ranks territories that have a value).
 */
export function percentileRanksOfPresent(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const ranks = percentileRanks(present);
  let next = 0;
  return values.map((v) => (v !== null && Number.isFinite(v) ? ranks[next++]! : null));
}

/**
 * How many values are strictly lower than each value: the integer numerator of its percentile
 * rank. Summing these (not the rounded ranks) keeps theme sums exact, so that equal sums tie.
 */
export function lowerCounts(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((value) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  });
}

/** Rank positions where 1 is the highest value; ties share the best position. */
export function rankPositions(values: readonly number[]): number[] {
  const n = values.length;
  return lowerCounts(values.map((v) => -v)).map((count) => Math.min(count + 1, n));
}
