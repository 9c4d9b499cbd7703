/**
 * The GP page's map of the communes a statement names, on the purpose-built snapshot grid (two
 * communes, C1 and C2): observatory-data.ts is replaced as in the map view's snapshot test, with
 * the two communes added to the territories.
 */
import { describe, expect, it, vi } from "vitest";
import { communeNamingMap } from "../../../../src/data/gp/commune-map.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import type { TableSchema } from "../../../../src/core/table-schema.ts";

vi.mock("../../../../src/data/observatory-data.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../../src/data/observatory-data.ts")>();
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { default: Papa } = await import("papaparse");
  const { INPUT_DIR, snapshotGrid } = await import("../../../helpers/snapshot-grid.ts");
  const { topology } = snapshotGrid();
  const { parseTable } = await import("../../../../src/core/table-schema.ts");
  const communes = "commune,C1,Ouest,West,West,4000,4\ncommune,C2,Est,Oost,East,500,2\n";
  const parse = (name: string) =>
    Papa.parse<Record<string, string>>(
      readFileSync(join(INPUT_DIR, "tables", `${name}.csv`), "utf8") + (name === "territories" ? communes : ""),
      { header: true, skipEmptyLines: true },
    );
  return {
    ...original,
    readTable: (schema: TableSchema) => {
      const { data, meta } = parse(schema.name);
      return parseTable(schema, data, `${schema.name}.csv`, meta.fields);
    },
    readTopology: () => topology,
  };
});

describe("communeNamingMap(language, named)", () => {
  it("colours the communes named, greys the others, and counts both in the legend", () => {
    const { svg, legendItems } = communeNamingMap("fr", ["C2"]);
    expect(communeNamingMap("fr", ["C2"]).svg).toBe(svg);
    expect(legendItems.map((i) => i.label)).toEqual(["nommée (1)", "non nommée (1)"]);
    expectSnapshot("gp-commune-naming-map", svg);
  });
});
