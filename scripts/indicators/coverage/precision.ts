/**
 * How precisely the coverage figures are published: no finer than the spread between reasonable
 * placements of the residents allows (sensitivity.ts). The steps are published in method_parameters.
 */
import { round } from "../../lib/round.ts";

/** Shares of residents within a radius: whole percentage points. */
export const SHARE_STEP_PCT = 1;
/** Mean distances of a territory's residents: tens of metres. */
export const MEAN_DISTANCE_STEP_M = 10;
/** A sector's mean distance: tens of metres. */
export const SECTOR_DISTANCE_STEP_M = 10;
/** Base offer (mean number of service types): one decimal. */
export const BASE_OFFER_DIGITS = 1;

/** `value` rounded half away from zero to a multiple of `step`. */
export function roundToStep(value: number, step: number): number {
  return round(round(value / step, 0) * step, 6);
}
