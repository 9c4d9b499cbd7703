/**
 * GP supply: the input schema and its three adapters. No region-wide open file of GP practices
 * exists yet; any source registered with `role: "gp-supply"` in data/sources.json is read here.
 *
 * Schema of a located practice (adapters a and b): id, name, WGS84 position, GP headcount and/or
 * full-time equivalents, reference year, source. Schema of a count (adapter c): quartier code,
 * headcount and/or FTE, year, source.
 *
 * (a) practice-register-csv — columns practice_id, name, lon, lat (WGS84) or x_l72, y_l72
 *     (EPSG:31370), gp_headcount, gp_fte (at least one filled per row), year.
 * (b) overpass-json — an Overpass API answer (source osm-doctors, read by scripts/raw/osm-doctors.ts):
 *     elements tagged amenity=doctors or healthcare=doctor with healthcare:speciality containing
 *     "general". OpenStreetMap gives no headcount: each practice counts as one GP, an assumption
 *     the site states.
 * (c) quartier-counts-csv — columns quartier_code, gp_headcount, gp_fte, year (for example the
 *     Monitoring des Quartiers GP density multiplied back by the population).
 */
import proj4 from "proj4";
import { InputError } from "../../lib/errors.ts";
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { readCsv, type CsvTable } from "../../sources/read-csv.ts";
import type { Source } from "../../sources/registry.ts";
import { readOsmDoctors } from "../../raw/osm-doctors.ts";
import { LAMBERT_72, lambert72 } from "../../territory/geometry.ts";
import { QUARTIER_CODE } from "../../territory/territorial-model.ts";
import { existsSync } from "node:fs";

export interface GpPractice {
  id: string;
  name: string | null;
  lon: number;
  lat: number;
  x_l72: number;
  y_l72: number;
  headcount: number | null;
  fte: number | null;
  year: number;
  source_id: string;
  /** True when the headcount is the one-GP-per-practice assumption (OpenStreetMap). */
  assumedHeadcount: boolean;
}

export interface QuartierGpCount {
  quartier_code: string;
  headcount: number | null;
  fte: number | null;
  year: number;
  source_id: string;
}

export interface GpSupply {
  practices: GpPractice[];
  counts: QuartierGpCount[];
  sources: Source[];
}

/** Brussels' bounding box with a margin: a coordinate outside it is a data error, not a practice. */
const BOUNDS = { west: 4.2, east: 4.5, south: 50.75, north: 50.93 };

export function gpSupplySources(context: PipelineContext): Source[] {
  return [...context.registry.values()].filter((s) => s.role === "gp-supply");
}

/** Reads every registered GP supply source present in the raw-data directory; null when there is none. */
export function loadGpSupply(context: PipelineContext): GpSupply | null {
  const present = gpSupplySources(context).filter((source) => existsSync(sourcePath(context, source.id)));
  if (present.length === 0) return null;
  const supply: GpSupply = { practices: [], counts: [], sources: present };
  for (const source of present) {
    const path = sourcePath(context, source.id);
    if (source.adapter === "practice-register-csv") supply.practices.push(...readPracticeRegister(path, source));
    else if (source.adapter === "overpass-json") supply.practices.push(...readOverpassDoctors(path, source));
    else supply.counts.push(...readQuartierCounts(path, source));
  }
  supply.practices.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return supply;
}

const fromLambert72 = proj4(LAMBERT_72, "EPSG:4326");

export function readPracticeRegister(path: string, source: Pick<Source, "id">): GpPractice[] {
  const table = readCsv(path, { columns: ["practice_id", "name", "gp_headcount", "gp_fte", "year"] });
  const hasLonLat = table.header.includes("lon") && table.header.includes("lat");
  const hasLambert = table.header.includes("x_l72") && table.header.includes("y_l72");
  if (!hasLonLat && !hasLambert)
    throw new InputError(path, `needs coordinates: columns lon and lat (WGS84) or x_l72 and y_l72 (EPSG:31370)`, {
      row: 1,
      column: "lon",
    });
  const ids = new Set<string>();
  return Array.from({ length: table.length }, (_, i) => {
    const id = table.required(i, "practice_id");
    if (ids.has(id)) throw table.error(i, "practice_id", `duplicated practice id ${id}`);
    ids.add(id);
    let lon: number;
    let lat: number;
    if (hasLonLat && table.text(i, "lon") !== "") {
      lon = table.number(i, "lon");
      lat = table.number(i, "lat");
    } else {
      const [x, y] = fromLambert72.forward([table.number(i, "x_l72"), table.number(i, "y_l72")]);
      lon = x!;
      lat = y!;
    }
    checkInBrussels(table, i, hasLonLat ? "lon" : "x_l72", lon, lat);
    const { headcount, fte } = capacity(table, i);
    return located({
      id: `${source.id}:${id}`,
      name: table.text(i, "name") || null,
      lon,
      lat,
      headcount,
      fte,
      year: yearOf(table, i),
      source_id: source.id,
      assumedHeadcount: false,
    });
  });
}

/** OpenStreetMap general practices in the Brussels box, one GP each: OSM gives no headcount. */
export function readOverpassDoctors(path: string, source: Pick<Source, "id" | "reference_date">): GpPractice[] {
  return readOsmDoctors(path, source)
    .filter(({ lon, lat }) => lon >= BOUNDS.west && lon <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north)
    .map((doctor) =>
      located({
        id: `osm:${doctor.id}`,
        name: doctor.name,
        lon: doctor.lon,
        lat: doctor.lat,
        headcount: 1,
        fte: null,
        year: doctor.year,
        source_id: source.id,
        assumedHeadcount: true,
      }),
    );
}

export function readQuartierCounts(path: string, source: Pick<Source, "id">): QuartierGpCount[] {
  const table = readCsv(path, { columns: ["quartier_code", "gp_headcount", "gp_fte", "year"] });
  const seen = new Set<string>();
  return Array.from({ length: table.length }, (_, i) => {
    const code = table.code(i, "quartier_code", QUARTIER_CODE, "quartier code");
    if (seen.has(code)) throw table.error(i, "quartier_code", `quartier ${code} counted twice`);
    seen.add(code);
    return { quartier_code: code, ...capacity(table, i), year: yearOf(table, i), source_id: source.id };
  });
}

function capacity(table: CsvTable, i: number): { headcount: number | null; fte: number | null } {
  const headcount = table.optionalNumber(i, "gp_headcount");
  const fte = table.optionalNumber(i, "gp_fte");
  if (headcount === null && fte === null)
    throw table.error(i, "gp_headcount", "neither gp_headcount nor gp_fte is given");
  if (headcount !== null && (!Number.isInteger(headcount) || headcount < 0))
    throw table.error(i, "gp_headcount", `headcount ${headcount} is not a non-negative integer`);
  if (fte !== null && fte < 0) throw table.error(i, "gp_fte", `FTE ${fte} is negative`);
  return { headcount, fte };
}

function yearOf(table: CsvTable, i: number): number {
  const year = table.integer(i, "year");
  if (year < 1990 || year > 2100) throw table.error(i, "year", `implausible year ${year}`);
  return year;
}

function checkInBrussels(table: CsvTable, i: number, column: string, lon: number, lat: number): void {
  if (lon < BOUNDS.west || lon > BOUNDS.east || lat < BOUNDS.south || lat > BOUNDS.north) {
    throw table.error(i, column, `position ${lon.toFixed(5)}, ${lat.toFixed(5)} is outside the Brussels area`);
  }
}

function located(practice: Omit<GpPractice, "x_l72" | "y_l72">): GpPractice {
  const [x_l72, y_l72] = lambert72(practice.lon, practice.lat);
  return { ...practice, x_l72, y_l72 };
}
