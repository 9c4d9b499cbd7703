/**
 * The OpenStreetMap pharmacy extract is a rectangle around the region, not a buffer: near its
 * edge, a pharmacy just beyond the rectangle is missing from the file. This finds the residents for
 * whom that can matter: those closer to the rectangle's edge than to their nearest pharmacy, and
 * within a radius of the edge, whose share within that radius may be understated.
 */
import type { PlanarPoint } from "../../../src/core/distance.ts";
import { lambert72 } from "../../territory/geometry.ts";
import { NearestIndex } from "./nearest-index.ts";
import type { SectorResidents } from "./population-grid.ts";

/** Spacing of the points that trace the rectangle's edge (metres, about): the edge distance is exact to half of it. */
const EDGE_STEP_M = 10;

/** Points along the edge of a WGS84 rectangle, in Lambert 72 (its sides are not straight lines there). */
export function rectangleOutline(box: { west: number; south: number; east: number; north: number }): PlanarPoint[] {
  const corners: [number, number][] = [
    [box.west, box.south],
    [box.east, box.south],
    [box.east, box.north],
    [box.west, box.north],
    [box.west, box.south],
  ];
  const points: PlanarPoint[] = [];
  for (let k = 1; k < corners.length; k++) {
    const [lon1, lat1] = corners[k - 1]!;
    const [lon2, lat2] = corners[k]!;
    const [x1, y1] = lambert72(lon1, lat1);
    const [x2, y2] = lambert72(lon2, lat2);
    const steps = Math.ceil(Math.hypot(x2 - x1, y2 - y1) / EDGE_STEP_M);
    for (let i = 0; i < steps; i++) {
      const [x, y] = lambert72(lon1 + ((lon2 - lon1) * i) / steps, lat1 + ((lat2 - lat1) * i) / steps);
      points.push({ x, y });
    }
  }
  return points;
}

/**
 * Per radius, the residents (fractional: each point carries population / points) whose nearest
 * known pharmacy is beyond the radius while the extract's edge is within it: a pharmacy missing
 * beyond the edge could bring them within the radius.
 */
export function residentsNearExtractEdge(
  residents: readonly SectorResidents[],
  pharmacies: readonly PlanarPoint[],
  edge: readonly PlanarPoint[],
  radii: readonly number[],
): Map<number, number> {
  const edgeIndex = new NearestIndex(edge);
  const pharmacyIndex = new NearestIndex(pharmacies);
  const limit = Math.max(...radii);
  // The edge's bounding box shrunk by twice the largest radius: the sides of a WGS84 rectangle
  // are nearly straight and axis-parallel in Lambert 72 (tens of metres off over 20 km), so a point
  // inside it is farther than the radius from the edge and the edge query is skipped.
  const margin = 2 * limit;
  const inner = {
    west: Math.min(...edge.map((p) => p.x)) + margin,
    east: Math.max(...edge.map((p) => p.x)) - margin,
    south: Math.min(...edge.map((p) => p.y)) + margin,
    north: Math.max(...edge.map((p) => p.y)) - margin,
  };
  const result = new Map(radii.map((r) => [r, 0]));
  for (const { population, points } of residents) {
    for (const point of points) {
      if (point.x > inner.west && point.x < inner.east && point.y > inner.south && point.y < inner.north) continue;
      const toEdge = edgeIndex.nearestDistance(point)!;
      if (toEdge > limit) continue;
      const toPharmacy = pharmacyIndex.nearestDistance(point) ?? Infinity;
      for (const radius of radii)
        if (toEdge <= radius && toPharmacy > radius)
          result.set(radius, result.get(radius)! + population / points.length);
    }
  }
  return result;
}
