import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { nullable, required, tableSchema } from "../../../src/core/table-schema.ts";

// Small tables in tests/input/published/, not the live build in public/data.
const dir = join(import.meta.dirname, "../../input/published");
process.env.OBSERVATORY_DATA_DIR = dir;
let data: typeof import("../../../src/data/observatory-data.ts");
beforeAll(async () => {
  data = await import("../../../src/data/observatory-data.ts");
});

const levels = tableSchema("levels", [
  required("level", "VARCHAR"),
  required("level_order", "INTEGER"),
  required("status", "VARCHAR"),
  nullable("note_en", "VARCHAR"),
]);
const misdeclared = tableSchema("levels_misdeclared", [
  required("level", "VARCHAR"),
  required("level_order", "INTEGER"),
  required("status", "VARCHAR"),
  nullable("note_en", "VARCHAR"),
]);

describe("readTable(schema)", () => {
  it("parses a published CSV into typed rows, empty cells of nullable columns as null", () => {
    expect(data.readTable(levels)).toEqual([
      { level: "quartier", level_order: 1, status: "official", note_en: null },
      { level: "bassin", level_order: 3, status: "reconstructed", note_en: "Reconstructed" },
    ]);
  });

  it("parses each table once and shares it, frozen against in-place sorting", () => {
    expect(data.readTable(levels)).toBe(data.readTable(levels));
    expect(Object.isFrozen(data.readTable(levels))).toBe(true);
  });

  it("stops on a table that does not match its declaration, naming file, row and column", () => {
    expect(() => data.readTable(misdeclared)).toThrow(
      `${join(dir, "tables/levels_misdeclared.csv")}, row 3, column "level_order": "three" is not an integer`,
    );
  });
});

describe("readCsvTable(name)", () => {
  it("parses a published CSV into rows of text, empty cells as empty strings", () => {
    expect(data.readCsvTable("levels")).toEqual([
      { level: "quartier", level_order: "1", status: "official", note_en: "" },
      { level: "bassin", level_order: "3", status: "reconstructed", note_en: "Reconstructed" },
    ]);
  });

  it("says which command writes a missing table", () => {
    expect(() => data.readCsvTable("nothing")).toThrow("run `npm run data` before building the site");
  });
});
