import { sourcePath, type PipelineContext } from "../lib/context.ts";
import { JsonRecords } from "../sources/json-records.ts";
import { positionProblem } from "../sources/region-extent.ts";

/** Source id (data/sources.json) of the OpenStreetMap pharmacies, Brussels bounding-box extract. */
export const OSM_PHARMACIES = "osm-pharmacies";

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
