import { describe, expect, it } from "vitest";
import {
  addPractice,
  isEdited,
  movePractice,
  movePracticeTo,
  removePractice,
  type EditablePractice,
  type LocateSector,
} from "../../../../src/lib/tools/gp-register-edits.ts";

/** Two sectors side by side: west of x = 150000 is "W", east (up to 152000) "E", beyond nothing. */
const locate: LocateSector = (x) => (x < 150000 ? "W" : x <= 152000 ? "E" : null);
const practices: EditablePractice[] = [
  { id: "P1", name: "A", x: 149950, y: 170000, sector: "W", headcount: 2, fte: null },
  { id: "P2", name: "B", x: 151000, y: 170000, sector: "E", headcount: 1, fte: 0.8 },
];

describe("movePractice(practices, id, direction, locate)", () => {
  it("moves one practice by 100 m and locates it again", () => {
    const moved = movePractice(practices, "P1", "east", locate)!;
    expect(moved[0]).toEqual({ ...practices[0], x: 150050, sector: "E" });
    expect(moved[1]).toBe(practices[1]);
    expect(movePractice(practices, "P1", "north", locate)![0]).toMatchObject({ y: 170100, sector: "W" });
    expect(movePractice(practices, "P1", "south", locate)![0]).toMatchObject({ y: 169900 });
    expect(movePractice(practices, "P1", "west", locate)![0]).toMatchObject({ x: 149850 });
  });

  it("refuses a move out of every sector, and an unknown id", () => {
    expect(movePracticeTo(practices, "P2", 153000, 170000, locate)).toBeNull();
    expect(movePractice(practices, "P9", "east", locate)).toBeNull();
  });
});

describe("removePractice(practices, id) and addPractice(practices, x, y, locate, name)", () => {
  it("removes by id", () => {
    expect(removePractice(practices, "P1").map((p) => p.id)).toEqual(["P2"]);
  });

  it("adds one GP at a point with the first free id, and refuses a point outside", () => {
    const first = addPractice(practices, 151500.123, 170000, locate, "New")!;
    expect(first.id).toBe("new-1");
    expect(first.practices.at(-1)).toEqual({
      id: "new-1",
      name: "New 1",
      x: 151500.12,
      y: 170000,
      sector: "E",
      headcount: 1,
      fte: null,
      added: true,
    });
    expect(addPractice(first.practices, 149000, 170000, locate, "New")!.id).toBe("new-2");
    expect(addPractice(practices, 160000, 170000, locate, "New")).toBeNull();
  });
});

describe("isEdited(original, edited)", () => {
  it("tells an edited list from the file's", () => {
    expect(isEdited(practices, [...practices])).toBe(false);
    expect(isEdited(practices, movePractice(practices, "P2", "north", locate)!)).toBe(true);
    expect(isEdited(practices, removePractice(practices, "P2"))).toBe(true);
  });
});
