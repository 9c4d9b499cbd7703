/**
 * The register page's one door to the shared engine (src/core/gp/register, the code the pipeline
 * runs on OBS_GP_SUPPLY): read a file, locate its rows, compute the shortage figures, and read and
 * write the parameters of the URL. Everything runs in this page; the only request is the
 * geography (/site-data/gp-register.json), on the page's own origin.
 */
import type { EditablePractice, LocateSector } from "../../lib/tools/gp-register-edits.ts";
import type { ParameterField } from "../../lib/tools/gp-register-columns.ts";
import type { LevelResults } from "../../lib/tools/gp-register.ts";
import type { ParamIssue } from "../../lib/url-state.ts";

export interface PageParameters {
  /** Catchment radius, metres. */
  r: number;
  d: "gaussian" | "step";
  /** INAMI shortage threshold, GPs per 1,000. */
  t: number;
  /** Severe shortage threshold, GPs per 1,000. */
  s: number;
  /** FTE per GP when the register gives only headcounts. */
  f: number;
}

/** A problem of the file, in the engine's words: a message key and values for every language. */
export interface FileIssue {
  row: number | null;
  column: string | null;
  key: string;
  values: Record<string, string | number>;
  message: string;
}

export interface LoadedRegister {
  fileName: string;
  /** Data rows in the file (header excluded). */
  rowCount: number;
  practices: EditablePractice[];
  issues: FileIssue[];
}

export interface RegisterEngine {
  /** Throws a FileIssue-carrying error when the file cannot be read at all. */
  load(fileName: string, bytes: Uint8Array): Promise<LoadedRegister>;
  compute(practices: readonly EditablePractice[], parameters: PageParameters): LevelResults;
  locate: LocateSector;
}

export const PARAMETER_FIELDS: readonly ParameterField[] = [];

export function parametersFromUrl(search: string): { parameters: PageParameters; issues: ParamIssue[] } {
  void search;
  throw new Error("the register engine is not merged yet");
}

export function parametersToUrl(parameters: PageParameters): string {
  void parameters;
  throw new Error("the register engine is not merged yet");
}

/** The issue a RegisterError carries, or null for any other error. */
export function fileIssueOf(error: unknown): FileIssue | null {
  void error;
  return null;
}

export async function loadEngine(): Promise<RegisterEngine> {
  throw new Error("the register engine is not merged yet");
}
