import proj4 from "proj4";
import { planarDistance } from "../../src/core/distance.ts";
import { sourcePath, type PipelineContext } from "../lib/context.ts";
import { round } from "../lib/round.ts";
import { JsonRecords } from "../sources/json-records.ts";
import { positionProblem } from "../sources/region-extent.ts";
import { lambert72 } from "../territory/geometry.ts";
import { qualityDetail, type QualityDetail } from "../indicators/quality-detail.ts";

/** Source id (data/sources.json) of the AFMPS register of pharmacies open to the public, Brussels extract. */
export const AFMPS_PHARMACIES = "afmps-pharmacies";

/** An active pharmacy of the register, at the register's own coordinates (WGS84). */
export interface AfmpsPharmacy {
  authorizationId: number;
  name: string;
  lon: number;
  lat: number;
  /** Where it is in the file, for the quality notes: "record 12 (authorization 210708)". */
  origin: string;
}

/** A data-quality note about the whole source (the caller places it at the region level). */
export type SourceNote = { issue: string } & QualityDetail;

/** A register address (any status): its postcode and the register's coordinates. */
export interface AfmpsAddress {
  postcode: string;
  lon: number;
  lat: number;
  origin: string;
}

export interface AfmpsRegister {
  /** Active pharmacies, in file order. */
  active: AfmpsPharmacy[];
  /** Every record's address, suspended ones included (they are real addresses), in file order. */
  addresses: AfmpsAddress[];
  notes: SourceNote[];
}

/** The two AFMPS coordinate entries of a pharmacy must agree to this distance. */
const AFMPS_COORDINATE_AGREEMENT_M = 1;

/**
 * EPSG:3812 (ETRS89 / Belgian Lambert 2008), the AFMPS register's own coordinates. ETRS89 is taken
 * as WGS84 (null transformation, as the upstream conversion did: the register's EPSG:4326 entries
 * agree with this projection to a micrometre).
 */
const LAMBERT_2008 =
  "+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 +lat_2=51.1666666666667 +x_0=649328 +y_0=665262 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
const fromLambert2008 = proj4(LAMBERT_2008, "EPSG:4326");

/** Postcodes of the Brussels-Capital Region and its edge (the extract kept 1000 to 1210). */
const BRUSSELS_POSTCODE = /^1[0-2]\d\d$/;

const AFMPS_STATUSES = ["ACTIVE", "TEMPORARILY_SUSPENDED"] as const;

/** AFMPS register: active pharmacies only; the others are counted in a quality note. */
export function readAfmpsPharmacies(context: PipelineContext): AfmpsRegister {
  const json = new JsonRecords(sourcePath(context, AFMPS_PHARMACIES));
  const seen = new Map<number, number>();
  const suspended: number[] = [];
  const active: AfmpsPharmacy[] = [];
  const addresses: AfmpsAddress[] = [];
  json.records.forEach((_, index) => {
    const record = json.record(index);
    const id = json.number(index, record.authorization_id, "authorization_id");
    if (!Number.isInteger(id) || id <= 0)
      throw json.error(index, "authorization_id", `${id} is not a positive integer`);
    if (seen.has(id))
      throw json.error(
        index,
        "authorization_id",
        `duplicated authorization_id ${id} (also record ${seen.get(id)! + 1})`,
      );
    seen.set(id, index);
    const name = json.text(index, record.name, "name");
    const status = json.text(index, record.status, "status");
    if (!(AFMPS_STATUSES as readonly string[]).includes(status)) {
      throw json.error(index, "status", `unknown status "${status}" (expected ${AFMPS_STATUSES.join(" or ")})`);
    }
    const { lon, lat } = afmpsCoordinates(json, index, record);
    const postcode = json.text(index, record.zipCode, "zipCode");
    if (!BRUSSELS_POSTCODE.test(postcode))
      throw json.error(index, "zipCode", `"${postcode}" is not a Brussels postcode (four digits, 1000 to 1299)`);
    addresses.push({ postcode, lon, lat, origin: `record ${index + 1} (authorization ${id})` });
    if (status !== "ACTIVE") {
      suspended.push(id);
      return;
    }
    active.push({ authorizationId: id, name, lon, lat, origin: `record ${index + 1} (authorization ${id})` });
  });
  const notes: SourceNote[] = [];
  if (suspended.length) {
    const [count, total, ids] = [suspended.length, json.records.length, suspended.sort((a, b) => a - b).join(", ")];
    notes.push({
      issue: "excluded",
      ...qualityDetail({
        fr: `${count} des ${total} pharmacies du registre sont TEMPORARILY_SUSPENDED et ne sont pas comptées comme services (authorization_id ${ids}).`,
        nl: `${count} van de ${total} apotheken van het register zijn TEMPORARILY_SUSPENDED en worden niet als voorziening geteld (authorization_id ${ids}).`,
        en: `${count} of ${total} pharmacies of the register are TEMPORARILY_SUSPENDED and are not counted as services (authorization_id ${ids}).`,
      }),
    });
  }
  return { active, addresses, notes };
}

/**
 * The register's own coordinates: the original EPSG:3812 (Lambert 2008) entry projected with proj4,
 * checked against the EPSG:4326 entry the upstream compilation computed.
 */
function afmpsCoordinates(
  json: JsonRecords,
  index: number,
  record: Record<string, unknown>,
): { lon: number; lat: number } {
  if (!Array.isArray(record.geo)) throw json.error(index, "geo", "missing field or not an array of coordinate entries");
  const entry = (format: string) => {
    const found = (record.geo as unknown[]).find(
      (g) => typeof g === "object" && g !== null && (g as { format?: unknown }).format === format,
    );
    if (!found) throw json.error(index, "geo", `no "${format}" coordinate entry`);
    return found as Record<string, unknown>;
  };
  const l08 = entry("epsg:3812");
  const x = json.number(index, l08.x, "geo[epsg:3812].x");
  const y = json.number(index, l08.y, "geo[epsg:3812].y");
  const wgs = entry("epsg:4326");
  const longitude = json.number(index, wgs.longitude, "geo[epsg:4326].longitude");
  const latitude = json.number(index, wgs.latitude, "geo[epsg:4326].latitude");
  const problem = positionProblem(longitude, latitude);
  if (problem) throw json.error(index, "geo[epsg:4326]", problem);
  const [lon, lat] = fromLambert2008.forward([x, y]) as [number, number];
  const [ax, ay] = lambert72(lon, lat);
  const [bx, by] = lambert72(longitude, latitude);
  const gap = planarDistance({ x: ax, y: ay }, { x: bx, y: by });
  if (!(gap <= AFMPS_COORDINATE_AGREEMENT_M)) {
    throw json.error(
      index,
      "geo",
      `the EPSG:3812 (${x}, ${y}) and EPSG:4326 (${latitude}, ${longitude}) coordinates are ${round(gap, 1)} m apart`,
    );
  }
  return { lon, lat };
}
