import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../scripts/lib/paths.ts";
import { readCommuneNamesEn } from "../../../scripts/territory/commune-names-en.ts";

const HEADER = "commune_code,name_en,source";
const GOOD = ["21001,Anderlecht,be.brussels", "21004,City of Brussels,be.brussels"];

/** A reference directory holding only the table, with these rows. */
function table(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "obs-commune-names-"));
  writeFileSync(join(dir, "commune-names-en.csv"), [HEADER, ...rows, ""].join("\n"));
  return dir;
}
const fileIn = (dir: string) => join(dir, "commune-names-en.csv");

describe("readCommuneNamesEn(referenceDir, communeCodes)", () => {
  it("reads each commune's English name", () => {
    expect([...readCommuneNamesEn(table(GOOD), ["21001", "21004"])]).toEqual([
      ["21001", "Anderlecht"],
      ["21004", "City of Brussels"],
    ]);
  });

  it("refuses an unknown commune code, naming the row", () => {
    const dir = table([...GOOD, "21099,Nowhere,be.brussels"]);
    expect(() => readCommuneNamesEn(dir, ["21001", "21004"])).toThrow(
      `${fileIn(dir)} (row 4, column "commune_code"): unknown commune code 21099`,
    );
  });

  it("refuses a commune listed twice", () => {
    const dir = table([...GOOD, "21004,Brussels,be.brussels"]);
    expect(() => readCommuneNamesEn(dir, ["21001", "21004"])).toThrow(
      `${fileIn(dir)} (row 4, column "commune_code"): commune 21004 is listed twice`,
    );
  });

  it("refuses a commune left out", () => {
    const dir = table(GOOD);
    expect(() => readCommuneNamesEn(dir, ["21001", "21004", "21012"])).toThrow(
      `${fileIn(dir)} (column "commune_code"): no English name for commune(s) 21012`,
    );
  });

  it("names the City of Brussels in English on the real table, and the other communes by their French or bilingual name", () => {
    const codes = Array.from({ length: 19 }, (_, i) => `210${String(i + 1).padStart(2, "0")}`);
    const names = readCommuneNamesEn(referenceDir, codes);
    expect(names.get("21004")).toBe("City of Brussels");
    expect(names.get("21012")).toBe("Molenbeek-Saint-Jean");
    expect(names.get("21014")).toBe("Saint-Josse-ten-Noode");
    expect(names.get("21009")).toBe("Ixelles");
  });
});
