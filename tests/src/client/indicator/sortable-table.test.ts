import { describe, expect, it } from "vitest";
import { nextDirection, sortOrder } from "../../../../src/client/indicator/sortable-table.ts";

describe("sortOrder(keys, kind, direction, locale)", () => {
  it("sorts numbers by value, keeping empty cells (no value) last in both directions", () => {
    const keys = ["0.5", "", "12", "3.25", ""];
    expect(sortOrder(keys, "number", "ascending", "en")).toEqual([0, 3, 2, 1, 4]);
    expect(sortOrder(keys, "number", "descending", "en")).toEqual([2, 3, 0, 1, 4]);
  });

  it("sorts text the way the language does, codes by their numbers", () => {
    expect(sortOrder(["Uccle", "Étterbeek", "Anderlecht"], "text", "ascending", "fr")).toEqual([2, 1, 0]);
    expect(sortOrder(["101", "9", "21"], "text", "ascending", "fr")).toEqual([1, 2, 0]);
  });

  it("is stable on ties", () => {
    expect(sortOrder(["1", "1", "0"], "number", "descending", "en")).toEqual([0, 1, 2]);
  });
});

describe("nextDirection(current, first)", () => {
  it("starts a value column at its worst-first direction and turns a sorted column round", () => {
    expect(nextDirection(null, "descending")).toBe("descending");
    expect(nextDirection(null, "ascending")).toBe("ascending");
    expect(nextDirection(null, undefined)).toBe("ascending");
    expect(nextDirection("descending", "descending")).toBe("ascending");
    expect(nextDirection("ascending", "descending")).toBe("descending");
  });
});
