/**
 * What each source record becomes in the service layer: its service types, its stable key and how
 * far outside the region it may lie. The readers in scripts/raw/ know their files; this knows the
 * coverage family's service types.
 */
import type { PipelineContext } from "../../lib/context.ts";
import { readAfmpsPharmacies } from "../../raw/afmps-pharmacies.ts";
import { readGiscoHospitals } from "../../raw/gisco-hospitals.ts";
import type { QualityNotes } from "./quality-notes.ts";
import { SERVICE_SOURCES, type Candidate } from "./service-types.ts";

/**
 * Points outside every Brussels sector polygon are dropped, except hospital sites within this
 * distance of the region: a hospital on the border (Cliniques universitaires Saint-Luc, placed
 * just outside by GISCO's geocoding) serves Brussels residents.
 */
export const HOSPITAL_BORDER_TOLERANCE_M = 100;

/** Active AFMPS pharmacies; the register's own notes (suspended pharmacies) go to the quality notes. */
export function pharmacyCandidates(context: PipelineContext, notes: QualityNotes): Candidate[] {
  const register = readAfmpsPharmacies(context);
  for (const note of register.notes) notes.region(SERVICE_SOURCES.afmps, note.issue, note.detail);
  return register.active.map((pharmacy) => ({
    types: ["pharmacy"],
    key: `afmps-${pharmacy.authorizationId}`,
    name: pharmacy.name,
    lon: pharmacy.lon,
    lat: pharmacy.lat,
    source_id: SERVICE_SOURCES.afmps,
    origin: pharmacy.origin,
    borderTolerance: 0,
  }));
}

/** GISCO hospital sites: every site is a `hospital`; sites with emergency = yes are also a `hospital_emergency`. */
export function hospitalCandidates(context: PipelineContext): Candidate[] {
  return readGiscoHospitals(context).map((site) => ({
    types: site.emergency ? ["hospital", "hospital_emergency"] : ["hospital"],
    key: `gisco-${site.id}`,
    name: site.name,
    lon: site.lon,
    lat: site.lat,
    source_id: SERVICE_SOURCES.gisco,
    origin: site.origin,
    borderTolerance: HOSPITAL_BORDER_TOLERANCE_M,
  }));
}
