/**
 * Build-time context layer of the explorer's map, from our own data only (no tile server): the
 * region's outline, commune borders, the quartiers that are parks or forests, cemeteries or
 * industrial zones (the `type` of the published quartiers table), and a label point per commune
 * and quartier (src/lib/map/label-point.ts).
 */
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Geometry, Position } from "geojson";
import { quartiers } from "../../core/tables/quartiers.ts";
import { cached, readTable, readTopology } from "../observatory-data.ts";
import { territories } from "../site-data.ts";
import { areaPaths, borderPath, regionProjection } from "../../lib/map/geometry.ts";
import { labelPoint, ringArea, type Polygon } from "../../lib/map/label-point.ts";
import type { ClientMapContext, ContextLabel } from "../../lib/client-data.ts";

const projection = () => cached("projection", () => regionProjection(readTopology("region")));

/** The polygons of each area of a level, projected to map units. */
function projectedPolygons(level: string): Map<string, Polygon[]> {
  const topology = readTopology(level);
  const shapes = feature(topology, topology.objects[level] as GeometryCollection) as FeatureCollection<Geometry>;
  const project = (ring: Position[]) => ring.map((p) => projection()([p[0]!, p[1]!])!);
  return new Map(
    shapes.features.map((shape) => {
      const g = shape.geometry;
      const polygons =
        g.type === "Polygon"
          ? [g.coordinates.map(project)]
          : g.type === "MultiPolygon"
            ? g.coordinates.map((polygon) => polygon.map(project))
            : [];
      return [String(shape.id), polygons];
    }),
  );
}

/** Labels of a level, larger areas first (they win a collision), then by code. */
function levelLabels(level: "commune" | "quartier"): ContextLabel[] {
  const polygons = projectedPolygons(level);
  const area = (code: string) => (polygons.get(code) ?? []).reduce((sum, p) => sum + Math.abs(ringArea(p[0]!)), 0);
  return territories(level)
    .filter((t) => polygons.get(t.code)?.length)
    .map((t) => {
      const [x, y] = labelPoint(polygons.get(t.code)!);
      return { code: t.code, x, y, name: t.name, area: area(t.code) };
    })
    .sort((a, b) => b.area - a.area || (a.code < b.code ? -1 : 1))
    .map(({ code, x, y, name }) => ({ code, x, y, name }));
}

export function mapContext(): ClientMapContext {
  return cached("map-context", () => {
    const kinds = new Map(
      readTable(quartiers)
        .filter((q) => q.type !== "residential")
        .map((q) => [q.quartier_code, q.type]),
    );
    const paths = areaPaths(readTopology("quartier"), "quartier", projection());
    return {
      outline: areaPaths(readTopology("region"), "region", projection())[0]?.d ?? "",
      communes: borderPath(readTopology("commune"), "commune", projection()),
      nonResidential: paths
        .filter((p) => kinds.has(p.code))
        .map((p) => ({ code: p.code, kind: kinds.get(p.code)!, d: p.d })),
      labels: { commune: levelLabels("commune"), quartier: levelLabels("quartier") },
    };
  });
}
