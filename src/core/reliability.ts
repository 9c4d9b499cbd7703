/**
 * The small-number rule's words, shared by the pipeline that writes them into `indicators.flag`
 * and the site that keeps flagged values out of rankings, "worst" lists and colour classes.
 */

/**
 * Minimum residents of a territory for a value to be ranked and published without a flag: the
 * fragility ranking's threshold (method_parameters fragility/min_residents), one rule for every
 * figure. The site's words for the flags state it; a test keeps them in step.
 */
export const MIN_RESIDENTS = 1000;

/** Flag tokens of the rule; a flag holds one or more tokens joined by ";". */
export const RELIABILITY_FLAGS = {
  /** Fewer residents than the threshold: the value is published, not ranked. */
  small: "small_denominator",
  /** Fewer residents than the threshold: the value (a rate per N residents) is withheld. */
  suppressed: "suppressed_small_denominator",
  /** A cemetery, industrial or park quartier of the Monitoring des Quartiers. */
  nonResidential: "non_residential",
} as const;

const UNRANKED = new Set<string>(Object.values(RELIABILITY_FLAGS));

/** The tokens of a flag, in their published order. */
export function flagTokens(flag: string | null | undefined): string[] {
  return flag ? flag.split(";").filter(Boolean) : [];
}

/** Whether a value may be ranked, coloured by class and listed among the worst: not when the rule flags it. */
export function isRankable(flag: string | null | undefined): boolean {
  return !flagTokens(flag).some((token) => UNRANKED.has(token));
}

/** Comparison of a value's 95 % interval with the region's value (`indicators.region_comparison`). */
export type RegionComparison = "better" | "similar" | "worse" | "higher" | "lower";
