/** A point in a projected, metric coordinate system (EPSG:31370, Lambert 72, in this project). */
export interface PlanarPoint {
  x: number;
  y: number;
}

/** Straight-line distance in the units of the coordinates (metres in Lambert 72). */
export function planarDistance(a: PlanarPoint, b: PlanarPoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
