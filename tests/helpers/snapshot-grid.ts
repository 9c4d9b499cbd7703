/**
 * The purpose-built map of the snapshot tests: six squares near Brussels (tests/input/snapshots/
 * grid.geojson), two communes and two bassins made of them, in one topology whose objects are
 * named after the levels as in the build, projected by the site's own map-geometry.ts. Small
 * enough to read a snapshot by eye, and independent of the live build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { topology } from "topojson-server";
import type { Topology } from "topojson-specification";
import { areaPaths, borderPath, projectPoint, regionProjection } from "../../src/lib/map/geometry.ts";

export const INPUT_DIR = join(import.meta.dirname, "..", "input", "snapshots");

export function readInput<T>(file: string): T {
  return JSON.parse(readFileSync(join(INPUT_DIR, file), "utf8")) as T;
}

/** A rectangle as a clockwise ring (d3-geo's exterior winding). */
function box(id: string, [x0, y0, x1, y1]: [number, number, number, number]): Feature<Polygon> {
  return {
    type: "Feature",
    id,
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [x0, y0],
          [x0, y1],
          [x1, y1],
          [x1, y0],
          [x0, y0],
        ],
      ],
    },
  };
}

const collection = (features: Feature<Polygon>[]): FeatureCollection<Polygon> => ({
  type: "FeatureCollection",
  features,
});

export function snapshotGrid() {
  const squares = readInput<FeatureCollection<Polygon>>("grid.geojson");
  // Objects named after the levels, as in the build's geo/<level>.topojson files.
  const topo = topology({
    region: collection([box("region", [4.3, 50.82, 4.45, 50.88])]),
    quartier: squares,
    commune: collection([box("C1", [4.3, 50.82, 4.4, 50.88]), box("C2", [4.4, 50.82, 4.45, 50.88])]),
    bassin: collection([box("west", [4.3, 50.82, 4.35, 50.88]), box("east", [4.35, 50.82, 4.45, 50.88])]),
  }) as unknown as Topology;
  const projection = regionProjection(topo);
  const areas = areaPaths(topo, "quartier", projection);
  return {
    squares,
    topology: topo,
    areas,
    /** SVG path of each square, by code. */
    paths: Object.fromEntries(areas.map((a) => [a.code, a.d])) as Record<string, string>,
    borders: { commune: borderPath(topo, "commune", projection), bassin: borderPath(topo, "bassin", projection) },
    project: (lon: number, lat: number) => projectPoint(projection, lon, lat),
  };
}
