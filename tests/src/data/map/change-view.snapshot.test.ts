/**
 * The static change map reads the build's tables, topologies and series through
 * observatory-data.ts; here that module is replaced by the purpose-built tables and series of
 * the six-square grid (as in ./view.snapshot.test.ts), so that changeMapSvg runs unchanged.
 */
import { describe, expect, it, vi } from "vitest";
import { changeMapSvg, changeMapYears } from "../../../../src/data/map/change-view.ts";
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
  const parse = (name: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(INPUT_DIR, "tables", `${name}.csv`), "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
  return {
    ...original,
    readCsvTable: (name: string) => parse(name).data,
    readTable: (schema: TableSchema) => {
      const { data, meta } = parse(schema.name);
      return parseTable(schema, data, `${schema.name}.csv`, meta.fields);
    },
    // The series of the six squares (tests/input/snapshots/explorer-series.json) for bim_share by quartier.
    indicatorSeries: (level: string, id: string) =>
      level === "quartier" && id === "bim_share"
        ? JSON.parse(readFileSync(join(INPUT_DIR, "explorer-series.json"), "utf8"))
        : null,
    readTopology: (level: string) => {
      if (!topology.objects[level]) throw new Error(`The snapshot grid has no level ${level}`);
      return topology;
    },
  };
});

describe("changeMapYears(indicatorId, level) and changeMapSvg(indicatorId, level, language)", () => {
  it("compares the first and last years of the last comparable segment (after the 2018 break)", () => {
    expect(changeMapYears("bim_share", "quartier")).toEqual({ from: 2018, to: 2024 });
  });

  it("has no change map where the indicator has a single year", () => {
    expect(changeMapYears("bim_share", "commune")).toBeNull();
    expect(() => changeMapSvg("bim_share", "commune", "en")).toThrow(
      "bim_share by commune has no two comparable years to map a change",
    );
  });

  it("draws the standalone change map in English: diverging legend, source and both years drawn in", () => {
    const svg = changeMapSvg("bim_share", "quartier", "en");
    expect(changeMapSvg("bim_share", "quartier", "en")).toBe(svg);
    expect(svg).toContain("Share of BIM beneficiaries: change 2018–2024, by neighbourhood");
    expect(svg).toContain("Years compared: 2018 and 2024.");
    // Wrapped in the legend column, the count on its own line, singular for one area.
    expect(svg).toMatch(/>worsened: above \+4\.0 pp<\/text><text [^>]*>\(1\u00a0area\)<\/text>/);
    expect(svg).toContain("South: -4.0 pp (-17%)");
    expectSnapshot("map-change-standalone", svg);
  });
});
