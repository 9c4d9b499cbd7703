/** A longitude/latitude box (WGS84 degrees) that every position of a source must fall in. */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The Brussels-Capital Region's extent (Statbel 2024 sectors: 4.2438 to 4.4823 E, 50.7637 to
 * 50.9139 N) widened by about 0.02 degree (1.4 km east-west, 2.2 km north-south), so that the
 * service extracts cut by a bounding box (OpenStreetMap pharmacies reach 4.4882 E) still fit.
 * A position outside is a wrong file, not a remote service: swapped axes or projected metres.
 */
export const BRUSSELS_EXTENT: Extent = { west: 4.22, south: 50.74, east: 4.51, north: 50.94 };

/** Why a WGS84 position is refused, or undefined when it lies in the extent. */
export function positionProblem(lon: number, lat: number, extent: Extent = BRUSSELS_EXTENT): string | undefined {
  const inside = (x: number, y: number) =>
    x >= extent.west && x <= extent.east && y >= extent.south && y <= extent.north;
  if (inside(lon, lat)) return undefined;
  const problem =
    `longitude ${lon}, latitude ${lat} is outside the Brussels-Capital Region ` +
    `(longitude ${extent.west} to ${extent.east}, latitude ${extent.south} to ${extent.north}, WGS84)`;
  if (inside(lat, lon)) return `${problem}: latitude and longitude look swapped`;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return `${problem}: these look like projected metres (Lambert 72?), not WGS84 degrees`;
  return problem;
}
