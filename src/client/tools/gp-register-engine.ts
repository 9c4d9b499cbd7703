/**
 * The register page's one door to the shared engine (src/core/gp/register, the code the pipeline
 * runs on OBS_GP_SUPPLY): read a file, locate its rows, compute the shortage figures rounded as
 * published, and read and write the parameters of the URL. Everything runs in this page; the only
 * request is the geography (/site-data/gp-register.json), on the page's own origin.
 */
import {
  locateRegister,
  PARAMETER_KEYS,
  readRegisterFile,
  RegisterError,
  sectorLocator,
  shortageFromRegister,
  shortageParametersFromUrl,
  shortageParametersToUrl,
  type LocatedPractice,
  type RegisterGeography,
  type RegisterIssue,
  wgs84FromLambert72,
  type RegisterParameters,
} from "../../core/gp/register/index.ts";
import type { EditablePractice, LocateSector } from "../../lib/tools/gp-register-edits.ts";
import type { ParameterField, ParameterKey } from "../../lib/tools/gp-register-columns.ts";
import type { AreaResult, LevelResults } from "../../lib/tools/gp-register.ts";
import type { ParamIssue } from "../../lib/url-state.ts";
import { siteDataPath } from "../../lib/routes.ts";
import { fetchJson } from "../fetch-json.ts";

export type { RegisterParameters };
export type FileIssue = RegisterIssue;

export interface LoadedRegister {
  fileName: string;
  /** Data rows in the file (header excluded). */
  rowCount: number;
  practices: EditablePractice[];
  issues: FileIssue[];
}

export interface RegisterEngine {
  /** Throws a RegisterError when the file cannot be read as a register at all. */
  load(fileName: string, bytes: Uint8Array): Promise<LoadedRegister>;
  compute(practices: readonly EditablePractice[], parameters: RegisterParameters): LevelResults;
  locate: LocateSector;
}

/** The form's fields, from the engine's URL keys and their accepted values. */
export const PARAMETER_FIELDS: readonly ParameterField[] = (Object.keys(PARAMETER_KEYS) as ParameterKey[]).map(
  (key): ParameterField => {
    const spec = PARAMETER_KEYS[key];
    if ("values" in spec) return { key, kind: "choice", options: spec.values };
    return { key, kind: "number", min: spec.min, max: spec.max, integer: spec.integer };
  },
);

/** The parameter a URL key stands for. */
export function parameterOf(key: ParameterKey): keyof RegisterParameters {
  return PARAMETER_KEYS[key].parameter;
}

/** The URL's parameters; values not accepted fall back to the default and are listed for the notice. */
export function parametersFromUrl(search: string): { parameters: RegisterParameters; issues: ParamIssue[] } {
  const params = new URLSearchParams(search);
  const { parameters, notices } = shortageParametersFromUrl(params);
  const issues = notices.map((notice) => ({
    name: notice.column ?? "",
    value: params.get(notice.column ?? "") ?? String(notice.values.value ?? ""),
  }));
  return { parameters, issues };
}

/** "?r=800&t=1.1", the defaults left out; "" when every parameter is its default. */
export function parametersToUrl(parameters: RegisterParameters): string {
  const text = shortageParametersToUrl(parameters).toString();
  return text ? `?${text}` : "";
}

/** The issue a RegisterError carries, or null for any other error. */
export function fileIssueOf(error: unknown): FileIssue | null {
  return error instanceof RegisterError ? error.issue : null;
}

function editable(practice: LocatedPractice): EditablePractice {
  return {
    id: practice.id,
    name: practice.name ?? "",
    x: practice.x,
    y: practice.y,
    sector: practice.sector,
    headcount: practice.headcount,
    fte: practice.fte,
  };
}

export function registerEngine(geography: RegisterGeography): RegisterEngine {
  const byLonLat = sectorLocator(geography);
  const locate: LocateSector = (x, y) => byLonLat(...wgs84FromLambert72(x, y));
  const originals = new Map<string, LocatedPractice>();
  // What the engine computes with: the file's row where the practice is the file's, unchanged
  // but for its position; a practice added by an edit as a row placed by Lambert 72 coordinates.
  const located = (p: EditablePractice): LocatedPractice => {
    const original = originals.get(p.id);
    if (original && original.x === p.x && original.y === p.y && !p.added) return original;
    const [lon, lat] = wgs84FromLambert72(p.x, p.y);
    return {
      row: original?.row ?? 0,
      id: p.id,
      name: p.name || null,
      lon,
      lat,
      x: p.x,
      y: p.y,
      sector: p.sector,
      locatedBy: "lambert72",
      headcount: p.headcount,
      fte: p.fte,
      age: original?.age ?? null,
      acceptsNewPatients: original?.acceptsNewPatients ?? null,
      year: original?.year ?? null,
    };
  };
  return {
    locate,
    async load(fileName, bytes) {
      const table = await readRegisterFile(fileName, bytes);
      const { practices, errors } = locateRegister(table, geography);
      originals.clear();
      for (const p of practices) originals.set(p.id, p);
      return { fileName, rowCount: table.rows.length, practices: practices.map(editable), issues: errors };
    },
    compute(practices, parameters) {
      const shortage = shortageFromRegister(practices.map(located), geography, parameters);
      return new Map(
        Object.entries(shortage.levels).map(([level, areas]) => [
          level,
          new Map(
            areas.map((area): [string, AreaResult] => [
              area.code,
              { population: area.population, headcount: area.headcount, fte: area.fte, values: area.values },
            ]),
          ),
        ]),
      );
    },
  };
}

export async function loadEngine(): Promise<RegisterEngine> {
  return registerEngine(await fetchJson<RegisterGeography>(siteDataPath("gp-register")));
}
