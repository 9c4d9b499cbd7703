/**
 * The small-number rule, applied to every published value: how each kind of indicator is treated
 * below the minimum number of residents, and which quartiers are not residential.
 */
import { flagTokens } from "../../../src/core/reliability.ts";
import type { IndicatorDefinition } from "../indicator-model.ts";

/**
 * What the rule does to an indicator below the threshold:
 * - `suppress`: rates per N residents (one facility among a few hundred residents dominates the
 *   rate); the value is withheld, its numerator and denominator stay published;
 * - `flag`: shares, means, indices and ranks; the value is published with `small_denominator`;
 * - `exempt`: counts of persons (they are the denominator itself) and a sector's distances, a mean
 *   over the sector's area computed even without residents, not over its residents.
 */
export type ReliabilityTreatment = "suppress" | "flag" | "exempt";

export function treatmentOf(definition: Pick<IndicatorDefinition, "unit">, level: string): ReliabilityTreatment {
  if (definition.unit === "per_10000" || definition.unit === "per_1000") return "suppress";
  if (definition.unit === "persons") return "exempt";
  if (level === "sector" && definition.unit === "metres") return "exempt";
  return "flag";
}

/** The residents and kind of one territory, from the territorial model. */
export interface TerritoryResidents {
  level: string;
  code: string;
  population: number;
  /** false for the Monitoring's cemetery, industrial and park quartiers (UrbIS code ranges 700–999). */
  residential: boolean;
}

/** A flag with one more token, in a fixed order (the existing flag first), never twice. */
export function withFlag(flag: string | null, token: string): string {
  const tokens = flagTokens(flag);
  return tokens.includes(token) ? tokens.join(";") : [...tokens, token].join(";");
}
