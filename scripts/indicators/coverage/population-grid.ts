/**
 * Where a sector's residents live, for the distance indicators: a regular grid of points over the
 * sector polygon instead of one representative point. The lattice is fixed in Lambert 72 (points
 * at (i + ½) × spacing, (j + ½) × spacing metres), so the same polygon always gets the same points;
 * a point belongs to the sector whose polygon contains it (even-odd rule, holes excluded). Each
 * point stands for an equal share of the sector's residents (uniform density within the sector).
 * A sector too small or too thin to hold a lattice point keeps its representative point.
 */
import type { PlanarPoint } from "../../../src/core/distance.ts";
import { lambert72, type SectorPoint } from "../../territory/geometry.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import { InvariantError } from "../../lib/errors.ts";

/** Grid spacing in metres: a point per 50 × 50 m cell (about 65,000 points over the region). */
export const GRID_SPACING_M = 50;

/** The points standing for one sector's residents; each carries population / points.length residents. */
export interface SectorResidents {
  code: string;
  population: number;
  points: PlanarPoint[];
  /** True when no lattice point falls inside the polygon and the representative point stands in. */
  representativeOnly: boolean;
}

type PlanarRing = [number, number][];

/** Lattice points inside the rings (even-odd rule over all rings: outer rings, holes and islands). */
export function latticePointsInside(rings: readonly PlanarRing[], spacing: number): PlanarPoint[] {
  let [south, north] = [Infinity, -Infinity];
  for (const ring of rings) for (const [, y] of ring) [south, north] = [Math.min(south, y), Math.max(north, y)];
  const points: PlanarPoint[] = [];
  for (let j = Math.ceil(south / spacing - 0.5); (j + 0.5) * spacing <= north; j++) {
    const y = (j + 0.5) * spacing;
    // Where the row crosses the boundary; a vertex on the row counts once (half-open edges).
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let k = 1; k < ring.length; k++) {
        const [x1, y1] = ring[k - 1]!;
        const [x2, y2] = ring[k]!;
        if (y1 <= y !== y2 <= y) crossings.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      for (let i = Math.ceil(crossings[k]! / spacing - 0.5); (i + 0.5) * spacing < crossings[k + 1]!; i++)
        points.push({ x: (i + 0.5) * spacing, y });
    }
  }
  return points;
}

/** The sector's rings (WGS84 Polygon or MultiPolygon) in Lambert 72 metres. */
function projectedRings(geometry: { type: string; coordinates: unknown }): PlanarRing[] {
  const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as [
    number,
    number,
  ][][][];
  return polygons.flat().map((ring) => ring.map(([lon, lat]) => lambert72(lon, lat)));
}

/** Every sector's resident points, in the model's sector order. */
export function sectorResidents(
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
  spacing: number = GRID_SPACING_M,
): SectorResidents[] {
  return model.sectors.map((sector) => {
    const points = latticePointsInside(projectedRings(sector.geometry!), spacing);
    if (points.length > 0)
      return { code: sector.code, population: sector.population, points, representativeOnly: false };
    const point = sectorPoints.get(sector.code);
    if (!point) throw new InvariantError(`sector ${sector.code} has no representative point`);
    return {
      code: sector.code,
      population: sector.population,
      points: [{ x: point.x_l72, y: point.y_l72 }],
      representativeOnly: true,
    };
  });
}

/** The previous model, kept as the sensitivity alternative: all of a sector's residents at its representative point. */
export function representativeResidents(
  model: TerritorialModel,
  sectorPoints: Map<string, SectorPoint>,
): SectorResidents[] {
  return model.sectors.map((sector) => {
    const point = sectorPoints.get(sector.code);
    if (!point) throw new InvariantError(`sector ${sector.code} has no representative point`);
    return {
      code: sector.code,
      population: sector.population,
      points: [{ x: point.x_l72, y: point.y_l72 }],
      representativeOnly: true,
    };
  });
}
