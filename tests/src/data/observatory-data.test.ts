import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A two-row table in tests/input/published/, not the live build in public/data.
process.env.OBSERVATORY_DATA_DIR = join(import.meta.dirname, "../../input/published");
let readTable: typeof import("../../../src/data/observatory-data.ts").readTable;
beforeAll(async () => {
  ({ readTable } = await import("../../../src/data/observatory-data.ts"));
});

describe("readTable(name)", () => {
  it("parses a published CSV into rows of text, empty cells as empty strings", () => {
    expect(readTable("levels")).toEqual([
      { level: "quartier", status: "official", note_fr: "", note_nl: "", note_en: "" },
      {
        level: "bassin",
        status: "reconstructed",
        note_fr: "Reconstruit",
        note_nl: "Gereconstrueerd",
        note_en: "Reconstructed",
      },
    ]);
  });

  it("parses each table once and shares it, frozen against in-place sorting", () => {
    expect(readTable("levels")).toBe(readTable("levels"));
    expect(Object.isFrozen(readTable("levels"))).toBe(true);
  });

  it("says which command writes a missing table", () => {
    expect(() => readTable("nothing")).toThrow("run `npm run data` before building the site");
  });
});
