/**
 * The service types of the coverage layer: which source lists each one, how complete that source
 * is, and the name rules that pick maisons médicales out of OpenStreetMap.
 */
import type { CoverageType } from "../../../src/core/indicator-ids.ts";
import { AFMPS_PHARMACIES } from "../../raw/afmps-pharmacies.ts";
import { GISCO_HOSPITALS } from "../../raw/gisco-hospitals.ts";
import { OSM_HEALTH_POI } from "../../raw/osm-health-poi.ts";
import { OSM_PHARMACIES } from "../../raw/osm-pharmacies.ts";

/** The four raw inputs of the service layer (SOURCES.md sections 12-15). */
export const SERVICE_SOURCES = {
  afmps: AFMPS_PHARMACIES,
  osmPharmacies: OSM_PHARMACIES,
  gisco: GISCO_HOSPITALS,
  osmPoi: OSM_HEALTH_POI,
} as const;
export const SERVICES_INPUTS: string[] = Object.values(SERVICE_SOURCES);

/**
 * How far a source can be trusted to list every service of its type:
 * - official-register: the official register, complete for its date (AFMPS pharmacies);
 * - official-dated: official data, but from an older reference date (GISCO hospitals, 2020);
 * - community-mapped-partial: OpenStreetMap, mapped by volunteers, known to be incomplete.
 */
export type Completeness = "official-register" | "official-dated" | "community-mapped-partial";

/** The coverage types (src/core/indicator-ids.ts) and hospital sites, listed but without coverage indicators. */
export type ServiceTypeId = CoverageType | "hospital";

export interface ServiceType {
  id: ServiceTypeId;
  source: string;
  completeness: Completeness;
}

/** Service types in their published order. */
export const SERVICE_TYPES: readonly ServiceType[] = [
  { id: "pharmacy", source: SERVICE_SOURCES.afmps, completeness: "official-register" },
  { id: "hospital_emergency", source: SERVICE_SOURCES.gisco, completeness: "official-dated" },
  { id: "hospital", source: SERVICE_SOURCES.gisco, completeness: "official-dated" },
  { id: "maison_medicale", source: SERVICE_SOURCES.osmPoi, completeness: "community-mapped-partial" },
  { id: "dentist", source: SERVICE_SOURCES.osmPoi, completeness: "community-mapped-partial" },
];

export function serviceType(id: ServiceTypeId): ServiceType {
  return SERVICE_TYPES.find((t) => t.id === id)!;
}

/**
 * Names that identify a maison médicale / wijkgezondheidscentrum (community health centre) in
 * OpenStreetMap. Written out on purpose, and pinned by service-types.test.ts on the real names:
 * "maison médicale" (also without accent or final e), "maison de santé", "centre de santé",
 * "medisch huis", "wijkgezondheidscentrum". Not "gezondheidscentrum" alone, which also names
 * mental-health centres (geestelijk gezondheidscentrum), and not "centre médical" / "medisch
 * centrum" / "polyclinique", which are specialists' or private group practices.
 */
export const MAISON_MEDICALE_NAME =
  /maison\s+m[ée]dicale?|maison\s+de\s+sant[ée]|centre\s+de\s+sant[ée]|medisch\s+huis|wijkgezondheidscentrum/iu;

/**
 * "Centre de santé" also names services that are not maisons médicales: the school health
 * service (PSE, promotion de la santé à l'école) and alternative-medicine practices.
 */
export const NOT_MAISON_MEDICALE_NAME = /\bPSE\b|holisti/iu;

export function isMaisonMedicaleName(name: string): boolean {
  return MAISON_MEDICALE_NAME.test(name) && !NOT_MAISON_MEDICALE_NAME.test(name);
}

/** A point read from a source, before it is placed in a sector. */
export interface Candidate {
  types: ServiceTypeId[];
  /** service_id without the type prefix, e.g. "afmps-210708" or "osm-4.348028,50.847126". */
  key: string;
  name: string | null;
  lon: number;
  lat: number;
  source_id: string;
  /** "row 12" / "feature 34": where the point is in its file, for the quality notes. */
  origin: string;
  /** Distance from the region within which a point outside every sector is still kept (0: never). */
  borderTolerance: number;
}
