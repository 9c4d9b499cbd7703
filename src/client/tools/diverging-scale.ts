/**
 * Diverging classes for a relative difference from a baseline (ColorBrewer PuOr, colour-blind
 * safe): purple for more than the baseline, orange for less, near-white within ±0.5 %. Class
 * limits are symmetric round numbers, so that the legend reads "+10 % to +20 %".
 */
const COLOURS = ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"];
/** Differences within this share of the baseline count as "about the same". */
export const NEUTRAL = 0.005;

export interface DivergingClass {
  /** Bounds of the class (ratios); -Infinity / Infinity at the ends. */
  low: number;
  high: number;
  colour: string;
  count: number;
}

export interface DivergingScale {
  classes: DivergingClass[];
  classOf: (value: number) => number;
}

/** A round step at least `value`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(value: number): number {
  if (!(value > 0)) return NEUTRAL;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= value - 1e-12) return m * power;
  return 10 * power;
}

export function divergingScale(values: readonly number[]): DivergingScale {
  const extent = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const step = Math.max(niceStep(extent / 4), NEUTRAL * 2);
  // Limits: -∞ | -2s | -s | -n | +n | +s | +2s | +∞ (n = neutral band).
  const limits = [-Infinity, -2 * step, -step, -NEUTRAL, NEUTRAL, step, 2 * step, Infinity];
  const classOf = (value: number) => {
    if (Math.abs(value) <= NEUTRAL) return 3;
    if (value > 0) return value <= step ? 4 : value <= 2 * step ? 5 : 6;
    return value >= -step ? 2 : value >= -2 * step ? 1 : 0;
  };
  const counts = new Array<number>(COLOURS.length).fill(0);
  for (const v of values) counts[classOf(v)]!++;
  const classes = COLOURS.map((colour, i) => ({ low: limits[i]!, high: limits[i + 1]!, colour, count: counts[i]! }));
  return { classes, classOf };
}
