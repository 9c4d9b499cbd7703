/**
 * Belgian Lambert 72 (EPSG:31370), shared by the pipeline and the browser so that a coordinate is
 * converted to the same centimetre in both. proj4 has no built-in definition; this one round-trips
 * to under a millimetre (see TOOLCHAIN.md). Distances are computed in these metres.
 */
import proj4 from "proj4";
import { round } from "./round.ts";

export const LAMBERT_72 =
  "+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 +ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs";

const converter = proj4("EPSG:4326", LAMBERT_72);

/** WGS84 longitude and latitude to Lambert 72 metres, rounded to the centimetre. */
export function lambert72(lon: number, lat: number): [number, number] {
  const [x, y] = converter.forward([lon, lat]);
  return [round(x!, 2), round(y!, 2)];
}

/** Lambert 72 metres to WGS84 longitude and latitude, rounded to 1e-7 degree (about a centimetre). */
export function wgs84FromLambert72(x: number, y: number): [number, number] {
  const [lon, lat] = converter.inverse([x, y]);
  return [round(lon!, 7), round(lat!, 7)];
}
