/**
 * Two-step floating catchment area (2SFCA) with distance decay, as in the French APL (DREES)
 * and the Brussels 2025 GP cartography (Vivalis): supply per unit of need around each practice,
 * then, for each place, the sum of the ratios of the practices it can reach.
 */
import { planarDistance } from "../distance.ts";

export interface DemandPoint {
  id: string;
  x: number;
  y: number;
  /** Need-weighted residents at this point. */
  need: number;
}

export interface SupplyPoint {
  id: string;
  x: number;
  y: number;
  /** GP full-time equivalents (or headcount) at this practice. */
  capacity: number;
}

export type Decay = (distance: number, catchment: number) => number;

/**
 * Gaussian decay normalised to 1 at distance 0 and 0 at the catchment edge (Dai 2010), so that
 * a practice next door counts fully and one at the edge of the catchment hardly at all.
 */
export const gaussianDecay: Decay = (distance, catchment) => {
  if (distance > catchment) return 0;
  const edge = Math.exp(-0.5);
  return (Math.exp(-0.5 * (distance / catchment) ** 2) - edge) / (1 - edge);
};

/** Step decay: everything within the catchment counts fully (the original 2SFCA). */
export const stepDecay: Decay = (distance, catchment) => (distance <= catchment ? 1 : 0);

/**
 * Accessibility of each demand point in capacity units per need-weighted resident
 * (multiply by 1,000 for GPs per 1,000). Distances are straight lines in the points' metres.
 */
export function twoStepFca(
  demand: DemandPoint[],
  supply: SupplyPoint[],
  catchment: number,
  decay: Decay = gaussianDecay,
): Map<string, number> {
  const weight = (d: DemandPoint, s: SupplyPoint) => decay(planarDistance(d, s), catchment);
  // Step 1: each practice's capacity over the decayed need within its catchment.
  const ratios = supply.map((practice) => {
    const need = demand.reduce((sum, point) => sum + weight(point, practice) * point.need, 0);
    return need > 0 ? practice.capacity / need : 0;
  });
  // Step 2: each place sums the decayed ratios of the practices it reaches.
  return new Map(
    demand.map((point) => [
      point.id,
      supply.reduce((sum, practice, j) => sum + weight(point, practice) * ratios[j]!, 0),
    ]),
  );
}
