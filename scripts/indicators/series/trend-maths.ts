/**
 * A robust trend of a short yearly series: the Theil–Sen slope (the median of the slopes between
 * every pair of years) and Sen's 95 % interval, built from the variance of Kendall's S with the
 * correction for tied values. Deterministic: no resampling.
 */

export interface Point {
  year: number;
  value: number;
}

export interface SenSlope {
  slope: number;
  /** Null with fewer than 3 points, where no interval can be built. */
  low: number | null;
  high: number | null;
}

/** z of the two-sided 95 % normal interval. */
const Z_95 = 1.959963984540054;

export function senSlope(points: readonly Point[]): SenSlope | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j]!.year - points[i]!.year;
      if (dx !== 0) slopes.push((points[j]!.value - points[i]!.value) / dx);
    }
  if (slopes.length === 0) return null;
  slopes.sort((a, b) => a - b);
  const n = slopes.length;
  const slope = n % 2 ? slopes[(n - 1) / 2]! : (slopes[n / 2 - 1]! + slopes[n / 2]!) / 2;
  if (points.length < 3) return { slope, low: null, high: null };
  const c = Z_95 * Math.sqrt(kendallVariance(points.map((p) => p.value)));
  // Sen (1968): the interval's ends are the M1-th and (M2 + 1)-th ordered slopes (1-based).
  const m1 = Math.round((n - c) / 2);
  const m2 = Math.round((n + c) / 2) + 1;
  const at = (rank: number) => slopes[Math.min(Math.max(rank, 1), n) - 1]!;
  return { slope, low: at(m1), high: at(m2) };
}

/** Variance of Kendall's S under no trend, corrected for groups of tied values. */
export function kendallVariance(values: readonly number[]): number {
  const n = values.length;
  const ties = new Map<number, number>();
  for (const v of values) ties.set(v, (ties.get(v) ?? 0) + 1);
  let correction = 0;
  for (const t of ties.values()) correction += t * (t - 1) * (2 * t + 5);
  return (n * (n - 1) * (2 * n + 5) - correction) / 18;
}
