/**
 * GP supply: the input schema and its three adapters. No region-wide open file of GP practices
 * exists yet; any source registered with `role: "gp-supply"` in data/sources.json is read here,
 * and so is a register given with OBS_GP_SUPPLY (see scripts/sources/user-gp-supply.ts).
 *
 * (a) practice-register-csv — a practice register in CSV or XLSX, read and located by the same
 *     code as the browser's bring-your-own page (src/core/gp/register/): columns practice_id,
 *     name, a location (lon/lat in WGS84, x_l72/y_l72 in EPSG:31370, sector_code or
 *     quartier_code), and optional gp_headcount (1 when empty: the row is one GP), gp_fte, age,
 *     accepts_new_patients and year.
 * (b) overpass-json — an Overpass API answer (source osm-doctors, read by scripts/raw/osm-doctors.ts):
 *     elements tagged amenity=doctors or healthcare=doctor with healthcare:speciality containing
 *     "general". OpenStreetMap gives no headcount: each practice counts as one GP, an assumption
 *     the site states.
 * (c) quartier-counts-csv — columns quartier_code, gp_headcount, gp_fte, year (for example the
 *     Monitoring des Quartiers GP density multiplied back by the population).
 */
import { readFileSync, existsSync } from "node:fs";
import { basename } from "node:path";
import { InputError } from "../../lib/errors.ts";
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { readCsv, type CsvTable } from "../../sources/read-csv.ts";
import type { Source } from "../../sources/registry.ts";
import { readOsmDoctors } from "../../raw/osm-doctors.ts";
import { lambert72 } from "../../territory/geometry.ts";
import { QUARTIER_CODE } from "../../territory/territorial-model.ts";
import type { TownPractice } from "../../../src/core/gp/shortage.ts";
import {
  locateRegister,
  readRegisterFile,
  RegisterError,
  sectorLocator,
  townPractices,
  type RegisterGeography,
  type RegisterIssue,
  type RegisterParameters,
} from "../../../src/core/gp/register/index.ts";

/** An OpenStreetMap practice at its position. */
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

/** A practice as the shortage takes it, with what the run reports about it. */
export interface SupplyPractice {
  town: TownPractice;
  headcount: number | null;
  fte: number | null;
  /** Null when the register gives no year. */
  year: number | null;
  source_id: string;
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
  /** Registers' rows in file order (sources in id order), then OpenStreetMap practices by id. */
  practices: SupplyPractice[];
  counts: QuartierGpCount[];
  sources: Source[];
}

/** Brussels' bounding box with a margin: OpenStreetMap elements outside it are not the region's. */
const BOUNDS = { west: 4.2, east: 4.5, south: 50.75, north: 50.93 };

export function gpSupplySources(context: PipelineContext): Source[] {
  return [...context.registry.values()].filter((s) => s.role === "gp-supply");
}

/**
 * Reads every registered GP supply source present in the raw-data directory; null when there is
 * none. Practices are located in the geography the site publishes, the page's own.
 */
export async function loadGpSupply(
  context: PipelineContext,
  geography: RegisterGeography,
  parameters: RegisterParameters,
): Promise<GpSupply | null> {
  const present = gpSupplySources(context)
    .filter((source) => existsSync(sourcePath(context, source.id)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (present.length === 0) return null;
  const supply: GpSupply = { practices: [], counts: [], sources: present };
  const osm: GpPractice[] = [];
  for (const source of present) {
    const path = sourcePath(context, source.id);
    if (source.adapter === "practice-register-csv")
      supply.practices.push(...(await readPracticeRegister(path, source, geography, parameters)));
    else if (source.adapter === "overpass-json") osm.push(...readOverpassDoctors(path, source));
    else supply.counts.push(...readQuartierCounts(path, source));
  }
  const locate = sectorLocator(geography);
  osm.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of osm) {
    supply.practices.push({
      town: { id: p.id, x: p.x_l72, y: p.y_l72, headcount: p.headcount, fte: p.fte, sector: locate(p.lon, p.lat) },
      headcount: p.headcount,
      fte: p.fte,
      year: p.year,
      source_id: p.source_id,
      assumedHeadcount: p.assumedHeadcount,
    });
  }
  return supply;
}

/**
 * A practice register (CSV or XLSX) read and located exactly as the browser page does; the first
 * bad row stops the run, naming file, row and column (and how many more rows are wrong).
 */
export async function readPracticeRegister(
  path: string,
  source: Pick<Source, "id">,
  geography: RegisterGeography,
  parameters: RegisterParameters,
): Promise<SupplyPractice[]> {
  let table;
  try {
    table = await readRegisterFile(basename(path), new Uint8Array(readFileSync(path)));
  } catch (error) {
    if (error instanceof RegisterError) throw registerInputError(path, error.issue, 0);
    throw error;
  }
  const { practices, errors } = locateRegister(table, geography);
  if (errors.length > 0) throw registerInputError(path, errors[0]!, errors.length - 1);
  const town = townPractices(practices, parameters);
  return practices.map((practice, i) => ({
    town: { ...town[i]!, id: `${source.id}:${practice.id}` },
    headcount: practice.headcount,
    fte: practice.fte,
    year: practice.year,
    source_id: source.id,
    assumedHeadcount: false,
  }));
}

function registerInputError(path: string, issue: RegisterIssue, more: number): InputError {
  const others = more === 0 ? "" : ` (and ${more} more ${more === 1 ? "problem" : "problems"} in the file)`;
  return new InputError(path, issue.message + others, {
    ...(issue.row === null ? {} : { row: issue.row }),
    ...(issue.column === null ? {} : { column: issue.column }),
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

function located(practice: Omit<GpPractice, "x_l72" | "y_l72">): GpPractice {
  const [x_l72, y_l72] = lambert72(practice.lon, practice.lat);
  return { ...practice, x_l72, y_l72 };
}
