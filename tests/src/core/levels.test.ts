import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  LEVELS,
  MAP_LEVELS,
  PROFILE_LEVELS,
  TOOL_LEVELS,
  isLevelIn,
  levelDefinition,
} from "../../../src/core/levels.ts";

const file = JSON.parse(readFileSync(new URL("../../../data/reference/levels.json", import.meta.url), "utf8"));

describe("src/core/levels.ts", () => {
  it("reads the levels and the views from data/reference/levels.json, in their order", () => {
    expect(LEVELS.map((level) => level.id)).toEqual(file.levels.map((level: { id: string }) => level.id));
    expect(MAP_LEVELS).toEqual(["quartier", "commune", "bassin", "sector"]);
    expect(PROFILE_LEVELS).toEqual(["quartier", "commune", "bassin"]);
    expect(TOOL_LEVELS).toEqual(["quartier", "commune", "bassin"]);
  });
  it("lists in each view only levels that are declared", () => {
    const ids = new Set(LEVELS.map((level) => level.id));
    for (const view of [MAP_LEVELS, PROFILE_LEVELS, TOOL_LEVELS])
      for (const id of view) expect(ids.has(id), id).toBe(true);
  });
  it("tells whether a value is a level of a view", () => {
    expect(isLevelIn(MAP_LEVELS, "sector")).toBe(true);
    expect(isLevelIn(PROFILE_LEVELS, "sector")).toBe(false);
    expect(isLevelIn(MAP_LEVELS, 3)).toBe(false);
  });
  it("finds a level's definition, and names the file for an unknown level", () => {
    expect(levelDefinition("bassin").kind).toBe("reference");
    expect(() => levelDefinition("block")).toThrow('Unknown level "block" (data/reference/levels.json)');
  });
});
