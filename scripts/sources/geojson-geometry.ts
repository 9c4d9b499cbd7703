import { ringCrossing } from "./ring-crossing.ts";
import { BRUSSELS_EXTENT, positionProblem, type Extent } from "./region-extent.ts";
import { jsonNumber, shown } from "./strict-values.ts";

/** What is wrong with a feature's geometry: the JSON path of the offending part, and why. */
export interface GeometryDefect {
  /** For example "geometry.coordinates[0][2][5]": polygon 1, ring 3, position 6. */
  column: string;
  problem: string;
}

/**
 * Checks a Point, Polygon or MultiPolygon before any geometry library sees it: every position a
 * pair of JSON numbers inside the extent, every ring an array of at least four positions that
 * closes on its first one and does not cross itself. mapshaper and d3-geo otherwise fail with a bare TypeError, or accept
 * the values and publish them.
 */
export function geometryDefect(
  geometry: { type: string; coordinates: unknown },
  extent: Extent = BRUSSELS_EXTENT,
): GeometryDefect | undefined {
  const path = "geometry.coordinates";
  try {
    if (geometry.type === "Point") position(geometry.coordinates, path, extent);
    else if (geometry.type === "Polygon") polygon(geometry.coordinates, path, extent);
    else list(geometry.coordinates, path, "a MultiPolygon").forEach((p, i) => polygon(p, `${path}[${i}]`, extent));
    return undefined;
  } catch (error) {
    if (error instanceof Defect) return { column: error.column, problem: error.message };
    throw error;
  }
}

class Defect extends Error {
  constructor(
    readonly column: string,
    problem: string,
  ) {
    super(problem);
  }
}

function list(value: unknown, path: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Defect(path, `${what} must be an array, found ${shown(value)}`);
  return value;
}

function polygon(value: unknown, path: string, extent: Extent): void {
  const rings = list(value, path, "a polygon");
  if (rings.length === 0) throw new Defect(path, "a polygon needs at least one ring, found none");
  rings.forEach((ring, i) => linearRing(ring, `${path}[${i}]`, extent));
}

function linearRing(value: unknown, path: string, extent: Extent): void {
  const ring = list(value, path, "a ring");
  const positions = ring.map((p, i) => position(p, `${path}[${i}]`, extent));
  if (positions.length < 4)
    throw new Defect(path, `a ring needs at least 4 positions (a closed triangle), found ${positions.length}`);
  const [first, last] = [positions[0]!, positions[positions.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1])
    throw new Defect(
      path,
      `the ring is not closed: it starts at (${first.join(", ")}) and ends at (${last.join(", ")})`,
    );
  const crossing = ringCrossing(positions);
  if (crossing) {
    const [from, to] = [crossing.first, crossing.second].map((i) => `${i + 1} (${positions[i]!.join(", ")})`);
    throw new Defect(path, `the ring crosses itself: its edges from positions ${from} and ${to} intersect`);
  }
}

function position(value: unknown, path: string, extent: Extent): [number, number] {
  const axes = list(value, path, "a position");
  if (axes.length < 2 || axes.length > 3)
    throw new Defect(path, `a position is [longitude, latitude], found ${shown(value)}`);
  const lon = axis(axes, 0, path);
  const lat = axis(axes, 1, path);
  const problem = positionProblem(lon, lat, extent);
  if (problem) throw new Defect(path, problem);
  return [lon, lat];
}

function axis(axes: unknown[], i: number, path: string): number {
  const value = axes[i];
  // The common case first: tens of thousands of positions per file.
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const read = jsonNumber(value);
  throw new Defect(`${path}[${i}]`, "problem" in read ? read.problem : `${shown(value)} is not a number`);
}
