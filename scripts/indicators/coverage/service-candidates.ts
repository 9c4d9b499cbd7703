/**
 * What each source record becomes in the service layer: its service types, its stable key and how
 * far outside the region it may lie. The readers in scripts/raw/ know their files; this knows the
 * coverage family's service types.
 */
import type { PipelineContext } from "../../lib/context.ts";
import { readAfmpsPharmacies } from "../../raw/afmps-pharmacies.ts";
import type { QualityNotes } from "./quality-notes.ts";
import { SERVICE_SOURCES, type Candidate } from "./service-types.ts";

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
