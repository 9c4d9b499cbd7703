import { geoContains, type GeoPermissibleObjects } from "d3-geo";
import { compareCodes } from "../lib/compare-codes.ts";
import type { TerritorialModel } from "./territorial-model.ts";

export type Ring = [number, number][];

export interface SectorShape {
  code: string;
  feature: GeoPermissibleObjects;
  polygons: Ring[][];
  /** [west, south, east, north] in degrees: a cheap test before the spherical one. */
  bbox: [number, number, number, number];
  /** Rings in Lambert 72 metres, filled on first use by callers that measure distances to borders. */
  projected?: [number, number][][];
}

/** The sector polygons with their bounding boxes, in code order. */
export function sectorShapes(model: TerritorialModel): SectorShape[] {
  const sectorLevel = model.levels.find((l) => l.kind === "sector")!.id;
  return model.geometry
    .get(sectorLevel)!
    .map((feature) => {
      const geometry = feature.geometry!;
      const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
      const bbox: SectorShape["bbox"] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const polygon of polygons)
        for (const ring of polygon)
          for (const [lon, lat] of ring) {
            bbox[0] = Math.min(bbox[0], lon);
            bbox[1] = Math.min(bbox[1], lat);
            bbox[2] = Math.max(bbox[2], lon);
            bbox[3] = Math.max(bbox[3], lat);
          }
      return {
        code: String(feature.properties.code),
        feature: feature as unknown as GeoPermissibleObjects,
        polygons,
        bbox,
      };
    })
    .sort((a, b) => compareCodes(a.code, b.code));
}

/** The first sector (in code order) whose polygon contains the WGS84 point, or null. */
export function containingSector(shapes: SectorShape[], lon: number, lat: number): string | null {
  for (const shape of shapes) {
    const [west, south, east, north] = shape.bbox;
    if (lon < west || lon > east || lat < south || lat > north) continue;
    if (geoContains(shape.feature, [lon, lat])) return shape.code;
  }
  return null;
}
