import { join } from "node:path";
import { InputError } from "../lib/errors.ts";
import { referenceDir } from "../lib/paths.ts";
import type { LevelDefinition, LevelKind } from "../../src/core/levels.ts";
import { readJson } from "../sources/read-text.ts";

const kinds: readonly LevelKind[] = ["sector", "quartier", "commune", "reference", "region"];

export function loadLevels(dir = referenceDir): LevelDefinition[] {
  const path = join(dir, "levels.json");
  const { levels } = readJson(path) as { levels: LevelDefinition[] };
  const seen = new Set<string>();
  levels.forEach((level, index) => {
    const fail = (column: string, problem: string) => new InputError(path, problem, { row: index + 1, column });
    if (!/^[a-z][a-z0-9_]*$/.test(level.id ?? ""))
      throw fail("id", `level id "${level.id}" must be lower-case letters, digits or _`);
    if (seen.has(level.id)) throw fail("id", `duplicated level "${level.id}"`);
    if (!kinds.includes(level.kind)) throw fail("kind", `unknown level kind "${level.kind}"`);
    for (const field of ["label", "plural", "note"] as const) {
      for (const language of ["fr", "nl", "en"] as const) {
        if (!level[field]?.[language]) throw fail(field, `missing ${field}.${language}`);
      }
    }
    if (level.kind === "reference") {
      if (!level.from || !seen.has(level.from))
        throw fail("from", `"from" must name a finer level declared above (got "${level.from}")`);
      if (!level.assignment?.file || !level.assignment.from_column || !level.assignment.code_column) {
        throw fail(
          "assignment",
          "a reference level needs assignment.file, assignment.from_column and assignment.code_column",
        );
      }
      const match = level.assignment.match;
      if (match !== undefined && match !== "exact" && match !== "prefix")
        throw fail("assignment", `assignment.match must be "exact" or "prefix" (got "${String(match)}")`);
    }
    seen.add(level.id);
  });
  for (const kind of ["sector", "quartier", "commune", "region"] as const) {
    if (!levels.some((level) => level.kind === kind)) throw new InputError(path, `the "${kind}" level is missing`);
  }
  return levels;
}
