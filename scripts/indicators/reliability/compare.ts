/**
 * The interval of one published value and its comparison with the region, as Fingertips does:
 * "similar" when the interval contains the region's value, otherwise better or worse by polarity.
 */
import type { Polarity } from "../../../src/core/polarity.ts";
import type { RegionComparison } from "../../../src/core/reliability.ts";
import type { IndicatorValue } from "../indicator-model.ts";
import { byarInterval, wilsonInterval, type Interval } from "./intervals.ts";

/** Rates per N residents and their scale. */
const RATE_SCALE: Record<string, number> = { per_10000: 10_000, per_1000: 1_000 };

/** Most decimals of a published interval: one for shares and per 10,000, two per 1,000. */
const DECIMALS: Record<string, number> = { percent: 1, per_10000: 1, per_1000: 2 };

/** Decimals a published number shows (0 for 100, 2 for 22.19). */
export function decimalsOf(value: number): number {
  const [, fraction] = String(value).split(".");
  return fraction ? fraction.length : 0;
}

/**
 * The published 95 % interval of a value in its unit, rounded outwards (low down, high up) so that
 * it always contains what it rounds, and never finer than the indicator's own values (`precision`:
 * shares published in whole points get whole-point intervals); null where no count and
 * denominator are known.
 */
export function intervalOf(
  unit: string,
  row: Pick<IndicatorValue, "numerator" | "denominator">,
  precision = Infinity,
): Interval | null {
  const { numerator, denominator } = row;
  if (numerator === null || denominator === null || !(denominator > 0)) return null;
  let interval: Interval;
  if (unit === "percent") {
    const wilson = wilsonInterval(numerator, denominator);
    interval = { low: wilson.low * 100, high: wilson.high * 100 };
  } else if (RATE_SCALE[unit] !== undefined) {
    const byar = byarInterval(numerator);
    const scale = RATE_SCALE[unit]! / denominator;
    interval = { low: byar.low * scale, high: byar.high * scale };
  } else return null;
  const factor = 10 ** Math.min(DECIMALS[unit]!, precision);
  // The small epsilon keeps a limit that is exactly a round number (0, 100) from moving a step.
  return {
    low: Math.max(0, Math.floor(interval.low * factor + 1e-9) / factor),
    high: Math.ceil(interval.high * factor - 1e-9) / factor,
  };
}

/** Compares on the published (rounded) figures, so that a reader can check every verdict. */
export function compareWithRegion(interval: Interval, region: number, polarity: Polarity): RegionComparison {
  if (interval.low <= region && region <= interval.high) return "similar";
  const higher = interval.low > region;
  if (polarity === "neutral") return higher ? "higher" : "lower";
  return higher === (polarity === "higher_is_better") ? "better" : "worse";
}
