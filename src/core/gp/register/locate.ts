/**
 * Turns a register's rows into located practices. Every row that cannot be used becomes an
 * issue naming its row and column; no row is dropped silently.
 *
 * Where a practice is placed: at its coordinates (WGS84 lon/lat or Lambert 72 x/y), which must lie
 * in one of the region's statistical sectors; a row given by sector code is placed at that
 * sector's representative point; a row given by quartier code at the representative point of the
 * quartier's most populated sector. When a row gives several, the first of that order is used.
 */
import { lambert72, wgs84FromLambert72 } from "../../lambert72.ts";
import { round } from "../../round.ts";
import { quartierAnchors, sectorLocator, type RegisterGeography } from "./geography.ts";
import { registerIssue, type RegisterIssue } from "./issues.ts";
import { REGISTER_COLUMNS as C, type RegisterTable } from "./table.ts";

export interface LocatedPractice {
  /** The register row it comes from. */
  row: number;
  id: string;
  name: string | null;
  lon: number;
  lat: number;
  /** Lambert 72 metres, for distances. */
  x: number;
  y: number;
  sector: string;
  locatedBy: "wgs84" | "lambert72" | "sector" | "quartier";
  /** GPs in the practice (1 when the column is absent or empty: the row is one GP). */
  headcount: number;
  /** Full-time equivalents as given, or null (the FTE-per-GP parameter then applies). */
  fte: number | null;
  age: number | null;
  acceptsNewPatients: boolean | null;
  year: number | null;
}

/** Accepted ranges of the numeric columns. */
export const REGISTER_RANGES = {
  gp_headcount: { min: 1, max: 200, integer: true },
  gp_fte: { min: 0.01, max: 200, integer: false },
  age: { min: 20, max: 100, integer: false },
  year: { min: 1990, max: 2100, integer: true },
} as const;

const YES = new Set(["yes", "oui", "ja", "true", "1", "y"]);
const NO = new Set(["no", "non", "nee", "false", "0", "n"]);

export function locateRegister(
  table: RegisterTable,
  geography: RegisterGeography,
): { practices: LocatedPractice[]; errors: RegisterIssue[] } {
  const locate = sectorLocator(geography);
  const sectors = new Map(geography.sectors.map((s) => [s.code, s]));
  const anchors = quartierAnchors(geography);
  const index = new Map(table.header.map((name, i) => [name, i]));
  const practices: LocatedPractice[] = [];
  const errors: RegisterIssue[] = [];
  const firstRowOf = new Map<string, number>();
  const firstIdOf = new Map<string, number>();

  for (const { row, cells } of table.rows) {
    const issues: RegisterIssue[] = [];
    const cell = (column: string) => (index.has(column) ? cells[index.get(column)!]! : "");
    const issue = (...args: Parameters<typeof registerIssue>) => issues.push(registerIssue(...args));

    const content = cells.join("\u0000");
    if (firstRowOf.has(content)) {
      errors.push(registerIssue("duplicateRow", row, null, { first: firstRowOf.get(content)! }));
      continue;
    }
    firstRowOf.set(content, row);

    const id = cell(C.id);
    if (id === "") issue("missingValue", row, C.id, { column: C.id });
    else if (firstIdOf.has(id)) issue("duplicateId", row, C.id, { value: id, first: firstIdOf.get(id)! });
    else firstIdOf.set(id, row);

    const number = (column: string): number | null => {
      const text = cell(column);
      if (text === "") return null;
      const value = parseNumber(text, table.separator === ";");
      if (value === "decimalComma") issue("decimalComma", row, column, { value: text });
      else if (value === null) issue("notANumber", row, column, { value: text });
      return typeof value === "number" ? value : null;
    };
    const ranged = (column: keyof typeof REGISTER_RANGES): number | null => {
      const value = number(column);
      if (value === null) return null;
      const { min, max, integer } = REGISTER_RANGES[column];
      if (integer && !Number.isInteger(value)) {
        issue("notAnInteger", row, column, { value });
        return null;
      }
      if (value < min || value > max) {
        issue("outOfRange", row, column, { value, min, max });
        return null;
      }
      return value;
    };

    const place = locateRow(cell, number, issue, row, locate, sectors, anchors);
    const headcount = ranged(C.headcount) ?? 1;
    const fte = ranged(C.fte);
    const age = ranged(C.age);
    const year = ranged(C.year);
    const accepts = cell(C.acceptsNew).toLowerCase();
    const acceptsNewPatients = accepts === "" ? null : YES.has(accepts) ? true : NO.has(accepts) ? false : undefined;
    if (acceptsNewPatients === undefined) issue("notYesNo", row, C.acceptsNew, { value: cell(C.acceptsNew) });

    if (issues.length > 0 || place === null) {
      errors.push(...issues);
      continue;
    }
    practices.push({
      row,
      id,
      name: cell(C.name) || null,
      ...place,
      headcount,
      fte,
      age,
      acceptsNewPatients: acceptsNewPatients!,
      year,
    });
  }
  return { practices, errors };
}

type Place = Pick<LocatedPractice, "lon" | "lat" | "x" | "y" | "sector" | "locatedBy">;

function locateRow(
  cell: (column: string) => string,
  number: (column: string) => number | null,
  issue: (...args: Parameters<typeof registerIssue>) => void,
  row: number,
  locate: (lon: number, lat: number) => string | null,
  sectors: Map<string, RegisterGeography["sectors"][number]>,
  anchors: Map<string, RegisterGeography["sectors"][number]>,
): Place | null {
  const pair = (a: string, b: string): [number, number] | "absent" | null => {
    if (cell(a) === "" && cell(b) === "") return "absent";
    if (cell(b) === "") return (issue("incompletePair", row, b, { column: a, other: b }), null);
    if (cell(a) === "") return (issue("incompletePair", row, a, { column: b, other: a }), null);
    const first = number(a);
    const second = number(b);
    return first === null || second === null ? null : [first, second];
  };
  const inside = (lon: number, lat: number, column: string, locatedBy: Place["locatedBy"], xy?: [number, number]) => {
    const sector = locate(lon, lat);
    if (sector === null) {
      issue("outsideRegion", row, column, { lon: round(lon, 6), lat: round(lat, 6) });
      return null;
    }
    const [x, y] = xy ?? lambert72(lon, lat);
    return { lon, lat, x, y, sector, locatedBy };
  };

  const lonLat = pair(C.lon, C.lat);
  if (lonLat === null) return null;
  if (lonLat !== "absent") return inside(lonLat[0], lonLat[1], C.lon, "wgs84");
  const xy = pair(C.x, C.y);
  if (xy === null) return null;
  if (xy !== "absent") {
    const [x, y] = [round(xy[0], 2), round(xy[1], 2)];
    const [lon, lat] = wgs84FromLambert72(x, y);
    return inside(lon, lat, C.x, "lambert72", [x, y]);
  }
  const sectorCode = cell(C.sector).toUpperCase();
  if (sectorCode !== "") {
    const sector = sectors.get(sectorCode);
    if (!sector) return (issue("unknownSector", row, C.sector, { value: cell(C.sector) }), null);
    return { lon: sector.lon, lat: sector.lat, x: sector.x, y: sector.y, sector: sector.code, locatedBy: "sector" };
  }
  const quartierText = cell(C.quartier);
  if (quartierText !== "") {
    const anchor = /^\d+$/.test(quartierText) ? anchors.get(String(Number(quartierText))) : undefined;
    if (!anchor) return (issue("unknownQuartier", row, C.quartier, { value: quartierText }), null);
    return { lon: anchor.lon, lat: anchor.lat, x: anchor.x, y: anchor.y, sector: anchor.code, locatedBy: "quartier" };
  }
  issue("noLocation", row, null);
  return null;
}

/** A number as written in a cell; a decimal comma only where the columns are separated by semicolons. */
export function parseNumber(text: string, decimalCommaAllowed: boolean): number | null | "decimalComma" {
  let normalised = text.trim();
  if (/^[+-]?\d*,\d+$/.test(normalised)) {
    if (!decimalCommaAllowed) return "decimalComma";
    normalised = normalised.replace(",", ".");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}
