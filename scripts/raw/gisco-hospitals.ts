import { sourcePath, type PipelineContext } from "../lib/context.ts";
import { readCsv } from "../sources/read-csv.ts";
import { positionProblem } from "../sources/region-extent.ts";

/** Source id (data/sources.json) of the Eurostat GISCO healthcare services, Brussels hospital sites. */
export const GISCO_HOSPITALS = "gisco-hospitals";

export interface GiscoHospitalSite {
  id: number;
  name: string;
  /** The site has an emergency department (emergency = yes). */
  emergency: boolean;
  lon: number;
  lat: number;
  /** Where it is in the file, for the quality notes: "row 12 (id 1310)". */
  origin: string;
}

const EMERGENCY = ["yes", "no"] as const;

/** GISCO hospital sites in file order, each named "hospital – site" (or the hospital alone). */
export function readGiscoHospitals(context: PipelineContext): GiscoHospitalSite[] {
  const csv = readCsv(sourcePath(context, GISCO_HOSPITALS), {
    columns: ["id", "hospital_name", "site_name", "lat", "lon", "emergency"],
  });
  const seen = new Map<number, number>();
  const sites: GiscoHospitalSite[] = [];
  for (let i = 0; i < csv.length; i++) {
    const id = csv.integer(i, "id");
    if (seen.has(id)) throw csv.error(i, "id", `duplicated id ${id} (also row ${csv.rowNumber(seen.get(id)!)})`);
    seen.set(id, i);
    const hospital = csv.required(i, "hospital_name");
    const site = csv.text(i, "site_name");
    const lat = csv.number(i, "lat");
    const lon = csv.number(i, "lon");
    const problem = positionProblem(lon, lat);
    if (problem) throw csv.error(i, "lat", problem);
    const emergency = csv.required(i, "emergency");
    if (!(EMERGENCY as readonly string[]).includes(emergency))
      throw csv.error(i, "emergency", `unknown emergency value "${emergency}" (expected yes or no)`);
    sites.push({
      id,
      name: site ? `${hospital} – ${site}` : hospital,
      emergency: emergency === "yes",
      lon,
      lat,
      origin: `row ${csv.rowNumber(i)} (id ${id})`,
    });
  }
  return sites;
}
