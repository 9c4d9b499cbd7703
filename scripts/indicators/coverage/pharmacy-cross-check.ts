import type { PlanarPoint } from "../../../src/core/distance.ts";
import { lambert72 } from "../../territory/geometry.ts";
import { nearest } from "./math.ts";

/** AFMPS pharmacies with an OSM pharmacy this close count as confirmed by the cross-check. */
export const PHARMACY_CROSS_CHECK_M = 50;

export interface PharmacyCrossCheck {
  /** AFMPS active pharmacies kept in the service layer. */
  afmpsActive: number;
  /** Of those, how many have an OSM pharmacy (any, in the bounding-box extract) within PHARMACY_CROSS_CHECK_M. */
  afmpsWithOsm: number;
  /** OSM pharmacies inside a Brussels sector polygon. */
  osmInRegion: number;
  /** Of those, how many have an AFMPS active pharmacy within PHARMACY_CROSS_CHECK_M. */
  osmWithAfmps: number;
}

/**
 * Cross-check only: how well the OSM pharmacies (2026) and the AFMPS register (2022) agree.
 * `afmps` are the pharmacies of the service layer, in Lambert 72 metres.
 */
export function crossCheckPharmacies(
  afmps: { x_l72: number; y_l72: number }[],
  osmPharmacies: { lon: number; lat: number }[],
  inRegion: (lon: number, lat: number) => boolean,
): PharmacyCrossCheck {
  const osm = osmPharmacies.map(({ lon, lat }) => {
    const [x, y] = lambert72(lon, lat);
    return { x, y, inRegion: inRegion(lon, lat) };
  });
  const afmpsPoints = afmps.map((s) => ({ x: s.x_l72, y: s.y_l72 }));
  const within = (from: PlanarPoint, to: PlanarPoint[]) =>
    (nearest(from, to)?.distance ?? Infinity) <= PHARMACY_CROSS_CHECK_M;
  const osmInRegion = osm.filter((p) => p.inRegion);
  return {
    afmpsActive: afmps.length,
    afmpsWithOsm: afmpsPoints.filter((p) => within(p, osm)).length,
    osmInRegion: osmInRegion.length,
    osmWithAfmps: osmInRegion.filter((p) => within(p, afmpsPoints)).length,
  };
}
