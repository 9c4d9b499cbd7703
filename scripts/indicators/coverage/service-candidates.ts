/**
 * What each source record becomes in the service layer: its service types, its stable key and how
 * far outside the region it may lie. The readers in scripts/raw/ know their files; this knows the
 * coverage family's service types.
 */
import type { PipelineContext } from "../../lib/context.ts";
import { readAfmpsPharmacies } from "../../raw/afmps-pharmacies.ts";
import { readGiscoHospitals } from "../../raw/gisco-hospitals.ts";
import { readOsmHealthPoi } from "../../raw/osm-health-poi.ts";
import { emergencyDepartments } from "./emergency-departments.ts";
import { originText } from "../../raw/origin-text.ts";
import { qualityDetail, qualityDetailIn, type QualityDetail } from "../quality-detail.ts";
import type { QualityNotes } from "./quality-notes.ts";
import { SERVICE_SOURCES, isMaisonMedicaleName, type Candidate, type ServiceTypeId } from "./service-types.ts";

/**
 * Points outside every Brussels sector polygon are dropped, except hospital sites within this
 * distance of the region: a hospital on the border (Cliniques universitaires Saint-Luc, placed
 * just outside by GISCO's geocoding) serves Brussels residents.
 */
export const HOSPITAL_BORDER_TOLERANCE_M = 100;

/** Active AFMPS pharmacies; the register's own notes (suspended pharmacies) go to the quality notes. */
export function pharmacyCandidates(context: PipelineContext, notes: QualityNotes): Candidate[] {
  const register = readAfmpsPharmacies(context);
  for (const { issue, ...detail } of register.notes) notes.region(SERVICE_SOURCES.afmps, issue, detail);
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

/**
 * GISCO hospital sites: every site is a `hospital`; a site with a general emergency department
 * (emergency = yes, classified general in data/reference/emergency-departments.csv) is also a
 * `hospital_emergency`. A specialised one (cancer institute, children's hospital) stays listed as a
 * hospital, with a note saying why its emergency department is not counted.
 */
export function hospitalCandidates(context: PipelineContext, notes: QualityNotes): Candidate[] {
  const sites = readGiscoHospitals(context);
  const departments = emergencyDepartments(context, sites);
  for (const site of sites) {
    const department = departments.get(site.id);
    if (department?.scope !== "specialised") continue;
    notes.region(
      SERVICE_SOURCES.gisco,
      "excluded",
      qualityDetailIn((language) => {
        const [where, speciality, source, note] = [
          originText(site.origin, language),
          department.speciality![language],
          department.source[language],
          department.note[language],
        ];
        return {
          fr: `"${site.name}" (${where}) a un service d'urgences dans GISCO, spécialisé (${speciality} ; source : ${source}) : repris comme hôpital mais pas compté comme hospital_emergency, qui désigne un service d'urgences général. ${note}`,
          nl: `"${site.name}" (${where}) heeft in GISCO een spoedgevallendienst, gespecialiseerd (${speciality}; bron: ${source}): opgenomen als ziekenhuis maar niet geteld als hospital_emergency, wat een algemene spoedgevallendienst betekent. ${note}`,
          en: `"${site.name}" (${where}) has an emergency department in GISCO, specialised (${speciality}; source: ${source}): listed as a hospital but not counted as a hospital_emergency, which means a general emergency department. ${note}`,
        }[language];
      }),
    );
  }
  return sites.map((site) => ({
    types: departments.get(site.id)?.scope === "general" ? ["hospital", "hospital_emergency"] : ["hospital"],
    key: `gisco-${site.id}`,
    name: site.name,
    lon: site.lon,
    lat: site.lat,
    source_id: SERVICE_SOURCES.gisco,
    origin: site.origin,
    borderTolerance: HOSPITAL_BORDER_TOLERANCE_M,
  }));
}

/**
 * OSM health points: `dentist` = amenity=dentist; `maison_medicale` = amenity=clinic or any
 * healthcare=* whose name passes isMaisonMedicaleName. The other features are counted in a note.
 */
export function osmCandidates(context: PipelineContext, notes: QualityNotes): Candidate[] {
  const source = SERVICE_SOURCES.osmPoi;
  const candidates: Candidate[] = [];
  const unused = new Map<string, number>();
  for (const { amenity, healthcare, name, lon, lat, origin } of readOsmHealthPoi(context)) {
    let type: ServiceTypeId | null = null;
    if (amenity === "dentist") type = "dentist";
    else if ((amenity === "clinic" || healthcare !== null) && name !== null && isMaisonMedicaleName(name))
      type = "maison_medicale";
    if (!type) {
      const key = amenity ?? `healthcare=${healthcare}`;
      unused.set(key, (unused.get(key) ?? 0) + 1);
      continue;
    }
    candidates.push({
      types: [type],
      key: `osm-${lon.toFixed(6)},${lat.toFixed(6)}`,
      name,
      lon,
      lat,
      source_id: source,
      origin,
      borderTolerance: 0,
    });
  }
  notes.region(
    source,
    "not_used",
    notUsedText(
      [...unused]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, n]) => `${k} ${n}`)
        .join(", "),
    ),
  );
  return candidates;
}

function notUsedText(counts: string): QualityDetail {
  return qualityDetail({
    fr:
      `Éléments OpenStreetMap non utilisés comme type de service : ${counts}. ` +
      `Les pharmacies et les hôpitaux viennent des sources officielles ; les centres communautaires (community_centre) sont surtout des maisons de jeunes, de la culture ou de quartier ; ` +
      `les autres cliniques (clinic) sont des cabinets de spécialistes, des polycliniques ou des annexes d'hôpitaux, pas des maisons médicales.`,
    nl:
      `OpenStreetMap-objecten die niet als soort voorziening gebruikt worden: ${counts}. ` +
      `Apotheken en ziekenhuizen komen uit de officiële bronnen; buurtcentra (community_centre) zijn vooral jeugd-, cultuur- of buurthuizen; ` +
      `de andere klinieken (clinic) zijn praktijken van specialisten, poliklinieken of ziekenhuisafdelingen, geen wijkgezondheidscentra.`,
    en:
      `OpenStreetMap features not used as a service type: ${counts}. ` +
      `Pharmacies and hospitals come from the official sources; community centres are mostly youth, cultural or neighbourhood houses; ` +
      `other clinics are specialists' practices, polyclinics or hospital annexes, not maisons médicales.`,
  });
}
