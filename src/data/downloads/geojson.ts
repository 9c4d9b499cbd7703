/**
 * GeoJSON for the people whose tools do not read TopoJSON: each published TopoJSON converted at
 * build time with topojson-client's `feature` (https://github.com/topojson/topojson-client#feature).
 * Feature ids and the `code` property are the territory codes (as text, like in the tables);
 * coordinates are rounded to 7 decimals (about 1 cm), so the files are small and reproducible.
 */
import { createHash } from "node:crypto";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FileEntry } from "../../lib/data/downloads.ts";
import { readTopology } from "../observatory-data.ts";
import { territories } from "../site-data.ts";
import { geoJsonPath } from "../../lib/routes.ts";

export type TerritoryNames = Map<string, { name_fr: string; name_nl: string; name_en: string }>;

/** The object named `object` (every level's TopoJSON holds one object named after the level). */
export function topologyToGeoJson(
  topology: Topology,
  object: string,
  level: string,
  names: TerritoryNames = new Map(),
): FeatureCollection {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`TopoJSON has no object "${object}"`);
  const converted = feature(topology, collection as GeometryCollection) as FeatureCollection<Geometry>;
  return {
    type: "FeatureCollection",
    features: converted.features.map((shape): Feature => {
      const code = String(shape.id);
      return {
        type: "Feature",
        id: code,
        properties: { level, code, ...names.get(code) },
        geometry: roundGeometry(shape.geometry),
      };
    }),
  };
}

function roundGeometry(geometry: Geometry): Geometry {
  if (geometry.type === "GeometryCollection")
    return { ...geometry, geometries: geometry.geometries.map(roundGeometry) };
  return { ...geometry, coordinates: roundCoordinates(geometry.coordinates) } as Geometry;
}

type Nested = Position | Nested[];
function roundCoordinates<T extends Nested>(coordinates: T): T {
  if (typeof coordinates[0] === "number") return (coordinates as Position).map((n) => Math.round(n * 1e7) / 1e7) as T;
  return (coordinates as Nested[]).map(roundCoordinates) as T;
}

/** The file as served, with its size and checksum (GeoJSON files are not in the manifest). */
export function geoJsonFile(collection: FeatureCollection): { text: string; bytes: number; sha256: string } {
  const text = JSON.stringify(collection);
  return { text, bytes: Buffer.byteLength(text, "utf8"), sha256: createHash("sha256").update(text).digest("hex") };
}

const memo = new Map<string, ReturnType<typeof geoJsonFile>>();

/** The GeoJSON of one level from public/data/geo/<level>.topojson, with the territory names. */
export function levelGeoJson(level: string): ReturnType<typeof geoJsonFile> {
  if (!memo.has(level)) {
    const names: TerritoryNames = new Map(
      territories(level).map((t) => [t.code, { name_fr: t.name.fr, name_nl: t.name.nl, name_en: t.name.en }]),
    );
    memo.set(level, geoJsonFile(topologyToGeoJson(readTopology(level), level, level, names)));
  }
  return memo.get(level)!;
}

/** The download entry of a level's GeoJSON, served by src/pages/geo/[level].geojson.ts. */
export function geoJsonEntry(level: string): FileEntry {
  const file = levelGeoJson(level);
  return { file: `geo/${level}.geojson`, href: geoJsonPath(level), bytes: file.bytes, sha256: file.sha256, rows: null };
}
