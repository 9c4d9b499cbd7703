/**
 * Ids of the indicators that are built from a template, defined once for the pipeline that
 * publishes them and the pages that show them (a renamed id then fails the type check, not a page).
 */

/** Service types that get coverage indicators; they are also the four types of the base offer. */
export const COVERAGE_TYPES = ["pharmacy", "hospital_emergency", "maison_medicale", "dentist"] as const;
export type CoverageType = (typeof COVERAGE_TYPES)[number];

/** Walking radii (straight-line metres) of the "share of residents within" indicators. */
export const COVERAGE_RADII_M = [500, 1000] as const;
export type CoverageRadius = (typeof COVERAGE_RADII_M)[number];

/** Radius within which the base offer counts service types. */
export const BASE_OFFER_RADIUS_M = 1000;
export const BASE_OFFER_ID = "base_offer_types_within_1km";

/** Share of residents within `radius` metres of a service of this type: `share_within_500m_pharmacy`. */
export const shareWithinId = (radius: CoverageRadius, type: string) => `share_within_${radius}m_${type}`;
/** Sector-level distance to the nearest service: `distance_pharmacy_m`. */
export const distanceId = (type: string) => `distance_${type}_m`;
/** Population-weighted mean distance: `mean_distance_pharmacy_m`. */
export const meanDistanceId = (type: string) => `mean_distance_${type}_m`;
/** Services per 10,000 residents: `services_per_10000_pharmacy`. */
export const servicesPerId = (type: string) => `services_per_10000_${type}`;
