import { sourcePath, type PipelineContext } from "../lib/context.ts";
import { JsonRecords } from "../sources/json-records.ts";
import { positionProblem } from "../sources/region-extent.ts";

/** Source id (data/sources.json) of the OpenStreetMap pharmacies, Brussels bounding-box extract. */
export const OSM_PHARMACIES = "osm-pharmacies";

/**
 * The rectangle the extract was cut to (WGS84 degrees; SOURCES.md section 13, "kept the points with
 * longitude 4.24–4.49 and latitude 50.76–50.92"): pharmacies beyond it are missing from the file.
 */
export const OSM_PHARMACIES_EXTRACT = { west: 4.24, south: 50.76, east: 4.49, north: 50.92 } as const;

/** Every pharmacy of the extract (WGS84), in file order. */
export function readOsmPharmacies(context: PipelineContext): { lon: number; lat: number }[] {
  const json = new JsonRecords(sourcePath(context, OSM_PHARMACIES));
  return json.records.map((_, index) => {
    const record = json.record(index);
    const geo = json.object(index, record.geo, "geo");
    const lat = json.number(index, geo.latitude, "geo.latitude");
    const lon = json.number(index, geo.longitude, "geo.longitude");
    const problem = positionProblem(lon, lat);
    if (problem) throw json.error(index, "geo", problem);
    return { lon, lat };
  });
}
