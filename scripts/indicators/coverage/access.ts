/**
 * What the residents of each sector reach: for every service type, the share of the sector's
 * resident points within each radius and their mean distance to the nearest service, and the mean
 * number of base-offer types within the base-offer radius. Each point weighs the same within a
 * sector, so these are also the population-weighted figures of the sector.
 */
import type { PlanarPoint } from "../../../src/core/distance.ts";
import {
  BASE_OFFER_RADIUS_M,
  COVERAGE_RADII_M,
  COVERAGE_TYPES,
  type CoverageType,
} from "../../../src/core/indicator-ids.ts";
import { NearestIndex } from "./nearest-index.ts";
import type { SectorResidents } from "./population-grid.ts";

export interface SectorAccess {
  code: string;
  population: number;
  /** Share (0..1) of the sector's points within each radius (inclusive), by type then radius. */
  within: Record<CoverageType, Record<number, number>>;
  /** Mean straight-line distance (metres) to the nearest service; null when the type has no point. */
  meanDistance: Record<CoverageType, number | null>;
  /** Mean number of coverage types with a point within BASE_OFFER_RADIUS_M. */
  baseOffer: number;
}

/**
 * Per sector (same order as `residents`), what its resident points reach; `targets` are the service
 * points of each type. Only `types` are computed (the others are left out of `within` and `meanDistance`).
 */
export function sectorAccess(
  residents: readonly SectorResidents[],
  targets: ReadonlyMap<CoverageType, readonly PlanarPoint[]>,
  types: readonly CoverageType[] = COVERAGE_TYPES,
): SectorAccess[] {
  const indexes = new Map(types.map((type) => [type, new NearestIndex(targets.get(type) ?? [])]));
  return residents.map(({ code, population, points }) => {
    const within = {} as SectorAccess["within"];
    const meanDistance = {} as SectorAccess["meanDistance"];
    const offered = new Array<number>(points.length).fill(0);
    for (const type of types) {
      const counts = Object.fromEntries(COVERAGE_RADII_M.map((r) => [r, 0])) as Record<number, number>;
      let sum = 0;
      let missing = false;
      points.forEach((point, p) => {
        const distance = indexes.get(type)!.nearestDistance(point);
        if (distance === null) {
          missing = true;
          return;
        }
        sum += distance;
        for (const radius of COVERAGE_RADII_M) if (distance <= radius) counts[radius]!++;
        if (distance <= BASE_OFFER_RADIUS_M) offered[p]!++;
      });
      within[type] = Object.fromEntries(COVERAGE_RADII_M.map((r) => [r, counts[r]! / points.length]));
      meanDistance[type] = missing ? null : sum / points.length;
    }
    const baseOffer = offered.reduce((a, b) => a + b, 0) / points.length;
    return { code, population, within, meanDistance, baseOffer };
  });
}
