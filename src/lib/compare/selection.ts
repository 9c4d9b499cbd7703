/**
 * The comparison page's state in its URL (browser-safe, pure): `?a=quartier:58,commune:21004,region`
 * lists the areas in the order shown, each as `<level>:<code>` and the region as `region`; `&ref=first`
 * compares every area with the first one instead of the region (the default, left out). A token that
 * does not parse is dropped and reported, so the page can say what it ignored.
 */
import { LEVELS } from "../../core/levels.ts";
import { writeParams } from "../url-state.ts";

/**
 * The levels an area of a comparison can be at: every published level (data/reference/levels.json),
 * sectors included (they have no profile page, but published values).
 */
export const COMPARE_LEVELS: readonly string[] = LEVELS.map((level) => level.id);
export type CompareLevel = string;

/** At least two areas make a comparison; more than four do not fit a phone's table. */
export const MIN_AREAS = 2;
export const MAX_AREAS = 4;

/** The comparison the documentation shows: a quartier, a commune and the region. */
export const COMPARE_EXAMPLE = "quartier:58,commune:21004,region";

/** The region's token: it has one territory, so no code. */
export const REGION_TOKEN = "region";

export interface CompareArea {
  level: CompareLevel;
  /** The territory code; null for the region. */
  code: string | null;
}

export type CompareReference = "region" | "first";
export const COMPARE_REFERENCES: readonly CompareReference[] = ["region", "first"];

export interface CompareState {
  areas: CompareArea[];
  reference: CompareReference;
}

/** Why a token of `a` was dropped ("unknown": it parses, but no published area has the code). */
export type SelectionProblem = "level" | "code" | "duplicate" | "too_many" | "unknown";

export interface SelectionIssue {
  token: string;
  problem: SelectionProblem;
}

export interface ParsedSelection {
  state: CompareState;
  issues: SelectionIssue[];
  /** `ref` was given but is neither "region" nor "first" (the region is used). */
  badReference: string | null;
}

/** Territory codes are letters, digits, "-" and "_" (sector codes end in "-"), at most 20 of them. */
const CODE = /^[A-Za-z0-9_-]{1,20}$/;

function isLevel(value: string): value is CompareLevel {
  return COMPARE_LEVELS.includes(value);
}

export function areaKey(area: CompareArea): string {
  return area.code === null ? REGION_TOKEN : `${area.level}:${area.code}`;
}

export function sameArea(a: CompareArea, b: CompareArea): boolean {
  return areaKey(a) === areaKey(b);
}

/** One token of `a`: "quartier:58", "region"; null with the problem when it does not parse. */
export function parseAreaToken(token: string): CompareArea | SelectionProblem {
  if (token === REGION_TOKEN || token === `${REGION_TOKEN}:`) return { level: "region", code: null };
  const colon = token.indexOf(":");
  if (colon < 0) return "level";
  const level = token.slice(0, colon);
  const code = token.slice(colon + 1);
  if (!isLevel(level)) return "level";
  // "region:04000" names the one region: the same area as "region".
  if (level === "region") return CODE.test(code) ? { level, code: null } : "code";
  return CODE.test(code) ? { level, code } : "code";
}

/** Reads `a` and `ref` from a query string ("?a=…&ref=first") or its parameters. */
export function parseCompareSearch(search: string | URLSearchParams): ParsedSelection {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const areas: CompareArea[] = [];
  const issues: SelectionIssue[] = [];
  const tokens = (params.get("a") ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  for (const token of tokens) {
    const parsed = parseAreaToken(token);
    if (typeof parsed === "string") issues.push({ token, problem: parsed });
    else if (areas.some((area) => sameArea(area, parsed))) issues.push({ token, problem: "duplicate" });
    else if (areas.length >= MAX_AREAS) issues.push({ token, problem: "too_many" });
    else areas.push(parsed);
  }
  const rawReference = params.get("ref");
  const reference = rawReference?.trim() === "first" ? "first" : "region";
  const badReference = rawReference !== null && !COMPARE_REFERENCES.includes(rawReference.trim() as CompareReference);
  return { state: { areas, reference }, issues, badReference: badReference ? rawReference : null };
}

/** The query string of a comparison, defaults left out: "?a=quartier:58,region&ref=first". */
export function compareSearch(state: CompareState): string {
  return writeParams([
    ["a", state.areas.length ? state.areas.map(areaKey).join(",") : null],
    ["ref", state.reference === "region" ? null : state.reference],
  ]);
}

/** Adds an area at the end, unless it is there already or the comparison is full. */
export function withArea(state: CompareState, area: CompareArea): CompareState {
  if (state.areas.some((known) => sameArea(known, area)) || state.areas.length >= MAX_AREAS) return state;
  return { ...state, areas: [...state.areas, area] };
}

export function withoutArea(state: CompareState, area: CompareArea): CompareState {
  return { ...state, areas: state.areas.filter((known) => !sameArea(known, area)) };
}

/** Moves an area to the front: it becomes the reference when the comparison is "against the first". */
export function firstArea(state: CompareState, area: CompareArea): CompareState {
  const rest = state.areas.filter((known) => !sameArea(known, area));
  return rest.length === state.areas.length ? state : { ...state, areas: [area, ...rest] };
}
