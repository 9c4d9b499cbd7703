/**
 * Projection and SVG paths for every map, at build time and in the browser: one projection fitted
 * to the region outline, so that quartiers, communes, bassins, sectors and points line up.
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";

export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 600;

export function regionProjection(region: Topology): GeoProjection {
  const outline = feature(region, region.objects.region as GeometryCollection) as FeatureCollection<Geometry>;
  return geoMercator().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    outline,
  );
}

export interface AreaPath {
  code: string;
  d: string;
}

/** One SVG path per territory of the object (ids are territory codes). */
export function areaPaths(topology: Topology, object: string, projection: GeoProjection): AreaPath[] {
  const shapes = feature(topology, topology.objects[object] as GeometryCollection) as FeatureCollection<Geometry>;
  const path = geoPath(projection);
  return shapes.features.map((shape) => ({ code: String(shape.id), d: roundPath(path(shape) ?? "") }));
}

/** Inner borders only (shared arcs), for overlays such as commune or bassin limits. */
export function borderPath(topology: Topology, object: string, projection: GeoProjection): string {
  const lines = mesh(topology, topology.objects[object] as GeometryCollection, (a, b) => a !== b);
  return roundPath(geoPath(projection)(lines) ?? "");
}

export function projectPoint(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const [x, y] = projection([lon, lat])!;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** One decimal is a tenth of a screen pixel: enough, and it halves the size of the paths. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
