/**
 * Diverging classes for the change of an indicator between two years, centred on zero and
 * polarity-aware: improvements and worsenings take two distinct hues (ColorBrewer RdBu, blue for
 * better, red for worse, colour-blind safe), whatever the direction of the indicator; an indicator
 * without a polarity shows increases and decreases in PuOr (purple up, orange down), which says
 * nothing of better or worse. The middle class holds the changes too small to show at the
 * indicator's precision; the other limits are symmetric round numbers ("+1 to +2 pp").
 */
import type { Polarity } from "../../core/polarity.ts";

/** Worse (strong → light), about the same, better (light → strong). */
const WORSE = ["#b2182b", "#ef8a62", "#fddbc7"];
const BETTER = ["#d1e5f0", "#67a9cf", "#2166ac"];
const SAME = "#f7f7f7";
/** Decrease (strong → light) and increase (light → strong), for indicators without a direction. */
const DOWN = ["#b35806", "#f1a340", "#fee0b6"];
const UP = ["#d8daeb", "#998ec3", "#542788"];

export type ChangeDirection = "worse" | "better" | "down" | "up" | "same";

export interface ChangeClass {
  /** Bounds of the class; -Infinity / Infinity at the ends. */
  low: number;
  high: number;
  colour: string;
  direction: ChangeDirection;
  count: number;
}

export interface ChangeScale {
  classes: ChangeClass[];
  classOf: (change: number) => number;
}

/** A round step at least `value`: 1, 2, 2.5 or 5 times a power of ten. */
export function roundStep(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= value - 1e-12 * power) return m * power;
  return 10 * power;
}

/**
 * Seven classes: three of decrease, one of no visible change (|change| ≤ `same`, half a unit of the
 * last decimal shown), three of increase. The step is a round number near a third of the largest change.
 */
export function changeScale(changes: readonly number[], polarity: Polarity, same: number): ChangeScale {
  const extent = changes.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const step = Math.max(roundStep(extent / 3 || same * 2), roundStep(same * 2));
  const limits = [-Infinity, -2 * step, -step, -same, same, step, 2 * step, Infinity];
  const classOf = (value: number) => {
    if (Math.abs(value) <= same) return 3;
    if (value > 0) return value <= step ? 4 : value <= 2 * step ? 5 : 6;
    return value >= -step ? 2 : value >= -2 * step ? 1 : 0;
  };
  const [down, up, downWord, upWord]: [string[], string[], ChangeDirection, ChangeDirection] =
    polarity === "neutral"
      ? [DOWN, UP, "down", "up"]
      : polarity === "higher_is_worse"
        ? [[...BETTER].reverse(), [...WORSE].reverse(), "better", "worse"]
        : [WORSE, BETTER, "worse", "better"];
  const colours = [...down, SAME, ...up];
  const directions: ChangeDirection[] = [downWord, downWord, downWord, "same", upWord, upWord, upWord];
  const counts = new Array<number>(colours.length).fill(0);
  for (const v of changes) counts[classOf(v)]!++;
  const classes = colours.map((colour, i) => ({
    low: limits[i]!,
    high: limits[i + 1]!,
    colour,
    direction: directions[i]!,
    count: counts[i]!,
  }));
  return { classes, classOf };
}
