/**
 * The territorial levels, read from data/reference/levels.json (the one place they are defined):
 * the pipeline validates and builds them (scripts/territory/levels.ts), the site offers them in
 * the order each view lists. A new level is an entry there, its reference table and its messages.
 */
import declared from "../../data/reference/levels.json";
import type { Localized } from "./languages.ts";

export type LevelKind = "sector" | "quartier" | "commune" | "reference" | "region";

/** A territorial level as declared in data/reference/levels.json. */
export interface LevelDefinition {
  id: string;
  kind: LevelKind;
  /** Name of the level's own table in the outputs (sectors, quartiers, ...). */
  table: string;
  label: Localized;
  plural: Localized;
  status: "official" | "reconstructed";
  sources: string[];
  note: Localized;
  /** For reference levels: the finer level whose codes the assignment table lists. */
  from?: string;
  /**
   * `match` "exact" (the default): the table lists every code of the finer level. "prefix": it
   * lists code prefixes (Statbel codes nest: a sector code starts with its commune's NIS code and
   * its sub-municipality letter), each finer code taking the one prefix it starts with.
   */
  assignment?: { file: string; from_column: string; code_column: string; match?: "exact" | "prefix" };
  names?: { file: string; code_column: string };
}

/** The parts of the site that offer a choice of level. */
export type LevelView = "map" | "profile" | "tools";

export interface LevelsFile {
  views: Record<LevelView, string[]>;
  levels: LevelDefinition[];
}

const file = declared as LevelsFile;

/** Every level, finest first. */
export const LEVELS: readonly LevelDefinition[] = file.levels;

/** The levels a view offers, in its order: explorer maps, profile pages, policy tools. */
export const MAP_LEVELS: readonly string[] = file.views.map;
export const PROFILE_LEVELS: readonly string[] = file.views.profile;
export const TOOL_LEVELS: readonly string[] = file.views.tools;

export function isLevelIn(view: readonly string[], value: unknown): value is string {
  return typeof value === "string" && view.includes(value);
}

export function levelDefinition(id: string): LevelDefinition {
  const found = LEVELS.find((level) => level.id === id);
  if (!found) throw new Error(`Unknown level "${id}" (data/reference/levels.json)`);
  return found;
}
