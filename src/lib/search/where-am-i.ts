/**
 * "Where am I?": a WGS84 point resolved in the page to its sector, quartier and commune with the
 * published sector polygons, and the words for each outcome of the browser's geolocation.
 */
import type { SearchIndex, SearchSector } from "./search-index.ts";

export type Whereabouts = { inside: true; sector: SearchSector } | { inside: false };

/** The sector holding the point (located by `locate`, a lookup on the published polygons) or "outside". */
export function whereabouts(
  locate: (lon: number, lat: number) => string | null,
  index: SearchIndex,
  lon: number,
  lat: number,
): Whereabouts {
  const code = locate(lon, lat);
  const sector = code === null ? undefined : index.sectors.find((s) => s.code === code);
  return sector ? { inside: true, sector } : { inside: false };
}

/** GeolocationPositionError codes (1 permission denied, 2 position unavailable, 3 timeout) to message keys. */
export function geolocationErrorKey(code: number): string {
  if (code === 1) return "explorer.find.locateDenied";
  if (code === 3) return "explorer.find.locateTimeout";
  return "explorer.find.locateUnavailable";
}
