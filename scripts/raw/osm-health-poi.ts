import { sourcePath, type PipelineContext } from "../lib/context.ts";
import { InputError } from "../lib/errors.ts";
import { readGeoJson } from "../sources/read-geojson.ts";
import { controlCharacterProblem } from "../sources/strict-values.ts";

/** Source id (data/sources.json) of the OpenStreetMap health and social points of Brussels. */
export const OSM_HEALTH_POI = "osm-health-poi";

/** One OSM point with the tags that say what it is; a blank tag reads as null. */
export interface OsmHealthPoi {
  amenity: string | null;
  healthcare: string | null;
  name: string | null;
  lon: number;
  lat: number;
  /** Where it is in the file, for the quality notes: "feature 34". */
  origin: string;
}

/** Every feature of the extract, in file order; each must be a Point with numeric coordinates. */
export function readOsmHealthPoi(context: PipelineContext): OsmHealthPoi[] {
  const file = readGeoJson(sourcePath(context, OSM_HEALTH_POI));
  return file.features.map((feature, index) => {
    const properties = feature.properties;
    const amenity = optionalText(file.file, index, properties, "amenity");
    const healthcare = optionalText(file.file, index, properties, "healthcare");
    const name = optionalText(file.file, index, properties, "name");
    const geometry = feature.geometry as { type: string; coordinates: unknown };
    const coordinates = geometry.coordinates as unknown[];
    if (geometry.type !== "Point" || !Array.isArray(coordinates) || coordinates.length < 2) {
      throw file.error(index, "geometry", `expected a Point, found ${geometry.type}`);
    }
    const [lon, lat] = coordinates.map((c, axis) => {
      if (typeof c !== "number" || !Number.isFinite(c))
        throw file.error(index, `geometry.coordinates[${axis}]`, `${JSON.stringify(c)} is not a number`);
      return c;
    }) as [number, number];
    return { amenity, healthcare, name, lon, lat, origin: `feature ${index + 1}` };
  });
}

function optionalText(file: string, index: number, properties: Record<string, unknown>, key: string): string | null {
  const value = properties[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string")
    throw new InputError(file, `expected text, found ${JSON.stringify(value)}`, { row: index + 1, column: key });
  const control = controlCharacterProblem(value);
  if (control) throw new InputError(file, control, { row: index + 1, column: key });
  return value.trim() === "" ? null : value.trim();
}
