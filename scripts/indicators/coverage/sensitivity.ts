/**
 * How far a published coverage figure moves when the residents are placed otherwise: the
 * published grid (residents spread over each sector) against the previous model (all of a
 * sector's residents at its representative point). The spread says how much precision the
 * figures can carry; it is published with every share and mean distance.
 */
import { round } from "../../lib/round.ts";

/** One level's spread of an indicator between the two placements. */
export interface LevelSensitivity {
  level: string;
  /** Territories with residents compared. */
  territories: number;
  /** Largest absolute difference, and the territory where it occurs (first in code order on a tie). */
  max: number;
  maxTerritory: string;
  median: number;
}

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The absolute differences between the two placements' unrounded values, per territory with a
 * value under both; null when no territory of the level has one.
 */
export function levelSensitivity(
  level: string,
  pairs: readonly { code: string; published: number | null; alternative: number | null }[],
): LevelSensitivity | null {
  const differences = pairs
    .filter((p) => p.published !== null && p.alternative !== null)
    .map((p) => ({ code: p.code, difference: Math.abs(p.published! - p.alternative!) }));
  if (differences.length === 0) return null;
  let worst = differences[0]!;
  for (const d of differences) if (d.difference > worst.difference) worst = d;
  return {
    level,
    territories: differences.length,
    max: round(worst.difference, 1),
    maxTerritory: worst.code,
    median: round(median(differences.map((d) => d.difference)), 1),
  };
}
