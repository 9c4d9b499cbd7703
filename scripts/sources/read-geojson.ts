import { InputError } from "../lib/errors.ts";
import { readJson } from "./read-text.ts";
import { geometryDefect } from "./geojson-geometry.ts";
import { BRUSSELS_EXTENT, type Extent } from "./region-extent.ts";
import { controlCharacterProblem, jsonNumber, shown } from "./strict-values.ts";

export interface Feature {
  type: "Feature";
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

export interface FeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}

/** The names a GeoJSON "crs" member may give to WGS84 longitude/latitude. */
const WGS84_NAMES = new Set([
  "urn:ogc:def:crs:OGC:1.3:CRS84",
  "urn:ogc:def:crs:OGC::CRS84",
  "urn:ogc:def:crs:EPSG::4326",
  "EPSG:4326",
]);

/**
 * Reads a GeoJSON FeatureCollection in WGS84 longitude/latitude (RFC 7946; every GeoJSON source is
 * registered as EPSG:4326 in data/sources.json) and checks every geometry (see geometryDefect).
 * "Row" in errors is the feature's position (1-based), which is what a person can find with any
 * GeoJSON viewer; a JSON syntax error gives the line instead.
 */
export function readGeoJson(path: string, extent: Extent = BRUSSELS_EXTENT): GeoJsonFile {
  const collection = readJson(path) as Partial<FeatureCollection> & { crs?: unknown };
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    throw new InputError(path, `expected a GeoJSON FeatureCollection`);
  }
  checkDeclaredCrs(path, collection.crs);
  collection.features.forEach((feature, index) => {
    if (feature?.type !== "Feature" || typeof feature.properties !== "object" || feature.properties === null) {
      throw new InputError(path, "not a GeoJSON Feature with properties", { row: index + 1 });
    }
    const type = feature.geometry?.type;
    if (type !== "Polygon" && type !== "MultiPolygon" && type !== "Point") {
      throw new InputError(path, `unsupported or missing geometry (${type ?? "null"})`, {
        row: index + 1,
        column: "geometry",
      });
    }
    const defect = geometryDefect(feature.geometry!, extent);
    if (defect) throw new InputError(path, defect.problem, { row: index + 1, column: defect.column });
  });
  return new GeoJsonFile(path, collection as FeatureCollection);
}

/**
 * A file that declares another system (Lambert 72, say) is refused before any coordinate is read:
 * the stages would otherwise project metres as degrees.
 */
function checkDeclaredCrs(path: string, crs: unknown): void {
  if (crs === undefined || crs === null) return;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name === "string" && WGS84_NAMES.has(name)) return;
  throw new InputError(
    path,
    `declares the coordinate system ${shown(name ?? crs)}; GeoJSON sources are read as WGS84 longitude/latitude ` +
      `(EPSG:4326 in data/sources.json): reproject the file to WGS84, for example with mapshaper -proj wgs84`,
    { column: "crs" },
  );
}

export class GeoJsonFile {
  constructor(
    readonly file: string,
    readonly collection: FeatureCollection,
  ) {}

  get features(): Feature[] {
    return this.collection.features;
  }

  error(index: number, property: string, problem: string): InputError {
    return new InputError(this.file, problem, { row: index + 1, column: property });
  }

  value(index: number, property: string): unknown {
    const properties = this.features[index]!.properties;
    if (!(property in properties)) throw this.error(index, property, `missing property "${property}"`);
    return properties[property];
  }

  /** Text, or a JSON number read as its digits (codes such as MDRC are numbers in some files). */
  text(index: number, property: string): string {
    const value = this.value(index, property);
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
      throw this.error(index, property, "empty value");
    if (typeof value !== "string" && typeof value !== "number")
      throw this.error(index, property, `expected text, found ${shown(value)}`);
    const text = String(value).trim();
    const control = controlCharacterProblem(text);
    if (control) throw this.error(index, property, control);
    return text;
  }

  number(index: number, property: string): number {
    const read = jsonNumber(this.value(index, property));
    if ("problem" in read) throw this.error(index, property, read.problem);
    return read.number;
  }

  code(index: number, property: string, pattern: RegExp, what: string): string {
    const value = this.text(index, property);
    if (!pattern.test(value)) throw this.error(index, property, `"${value}" is not a valid ${what}`);
    return value;
  }
}
