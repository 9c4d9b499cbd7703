/**
 * Services just beyond the regional border serve Brussels residents too: a resident of
 * Berchem-Sainte-Agathe may live 200 m from a pharmacy in Dilbeek. Of the four service sources,
 * only the OpenStreetMap pharmacy extract reaches beyond the region (a rectangle around it); the
 * AFMPS register and the GISCO hospitals are filtered to Brussels postcodes and the OpenStreetMap
 * health points to the region. Points beyond the border count for distances only, never as
 * Brussels services per 10,000 residents.
 */
import { planarDistance, type PlanarPoint } from "../../../src/core/distance.ts";
import { lambert72 } from "../../territory/geometry.ts";
import { PHARMACY_CROSS_CHECK_M } from "./pharmacy-cross-check.ts";

/** A service outside every Brussels sector, used for distances only. */
export interface BorderService extends PlanarPoint {
  lon: number;
  lat: number;
}

/**
 * OpenStreetMap pharmacies outside every Brussels sector, minus those within PHARMACY_CROSS_CHECK_M
 * of a register pharmacy (the same pharmacy mapped just across a border line), in file order.
 */
export function borderPharmacies(
  osm: readonly { lon: number; lat: number }[],
  register: readonly PlanarPoint[],
  inRegion: (lon: number, lat: number) => boolean,
): { kept: BorderService[]; sameAsRegister: number } {
  const kept: BorderService[] = [];
  let sameAsRegister = 0;
  for (const { lon, lat } of osm) {
    if (inRegion(lon, lat)) continue;
    const [x, y] = lambert72(lon, lat);
    if (register.some((p) => planarDistance(p, { x, y }) <= PHARMACY_CROSS_CHECK_M)) {
      sameAsRegister++;
      continue;
    }
    kept.push({ lon, lat, x, y });
  }
  return { kept, sameAsRegister };
}
