import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../scripts/lib/paths.ts";
import { readNonResidentialQuartiers } from "../../../scripts/territory/non-residential-quartiers.ts";
import { buildTerritorialModel } from "../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../helpers/raw-fixture.ts";

const HEADER = "quartier_code,name_fr,kind,land_use,reason";
const names = new Map([
  ["12", { name_fr: "Quartier Douze" }],
  ["700", { name_fr: "Cimetière Test" }],
  ["906", { name_fr: "Forêt Test" }],
]);
const GOOD = ["700,Cimetière Test,cemetery,cemetery,range 700–799", "906,Forêt Test,park,forest,range 900–999"];

/** A reference directory holding only the table, with these rows. */
function table(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "obs-non-residential-"));
  writeFileSync(join(dir, "non-residential-quartiers.csv"), [HEADER, ...rows, ""].join("\n"));
  return dir;
}
const fileIn = (dir: string) => join(dir, "non-residential-quartiers.csv");

describe("readNonResidentialQuartiers(referenceDir, quartierNames)", () => {
  it("reads the kind of each listed quartier", () => {
    expect([...readNonResidentialQuartiers(table(GOOD), names)]).toEqual([
      ["700", "cemetery"],
      ["906", "park"],
    ]);
  });

  it("refuses an unknown quartier code, naming the row", () => {
    const dir = table([...GOOD, "999,Parc X,park,park,range"]);
    expect(() => readNonResidentialQuartiers(dir, names)).toThrow(
      `${fileIn(dir)} (row 4, column "quartier_code"): unknown quartier code 999`,
    );
  });

  it("refuses a quartier listed twice", () => {
    const dir = table([...GOOD, GOOD[0]!]);
    expect(() => readNonResidentialQuartiers(dir, names)).toThrow(
      `${fileIn(dir)} (row 4, column "quartier_code"): quartier 700 is listed twice`,
    );
  });

  it("refuses a French name that is not the quartier's (a shifted code)", () => {
    const dir = table(["700,Forêt Test,cemetery,cemetery,range", GOOD[1]!]);
    expect(() => readNonResidentialQuartiers(dir, names)).toThrow(
      `${fileIn(dir)} (row 2, column "name_fr"): quartier 700 is "Cimetière Test" in the sources, not "Forêt Test"`,
    );
  });

  it("refuses an unknown kind, and a kind outside its UrbIS range", () => {
    const unknown = table([GOOD[0]!, "906,Forêt Test,forest,forest,range"]);
    expect(() => readNonResidentialQuartiers(unknown, names)).toThrow(
      `${fileIn(unknown)} (row 3, column "kind"): unknown kind "forest" (expected cemetery, industrial, park)`,
    );
    const range = table([GOOD[0]!, "906,Forêt Test,cemetery,forest,range"]);
    expect(() => readNonResidentialQuartiers(range, names)).toThrow(
      `${fileIn(range)} (row 3, column "kind"): quartier 906 is listed as cemetery, but UrbIS numbers cemetery quartiers 700–799`,
    );
  });

  it("refuses a table that leaves out a quartier of a non-residential range", () => {
    const dir = table([GOOD[0]!]);
    expect(() => readNonResidentialQuartiers(dir, names)).toThrow(
      `${fileIn(dir)}: quartier 906 (Forêt Test) is in the UrbIS park range 900–999 but is not listed`,
    );
  });

  it("gives the published quartier types on the real data: 3 cemeteries, 6 industrial zones, 18 parks and forests", () => {
    const model = buildTerritorialModel(realContext());
    const quartiers = model.territories.get("quartier")!;
    const kinds = readNonResidentialQuartiers(
      referenceDir,
      new Map(quartiers.map((q) => [q.code, { name_fr: q.name_fr }])),
    );
    expect([...kinds.values()].filter((k) => k === "park")).toHaveLength(18);
    expect(kinds.get("906")).toBe("park");
    expect(quartiers.filter((q) => q.type !== "residential").map((q) => [q.code, q.type])).toEqual([...kinds]);
  });
});
