/**
 * mapView reads the build's tables and topologies through observatory-data.ts; here that one
 * module is replaced by purpose-built tables, typed by their declarations as the build types them (tests/input/snapshots/tables/, same columns as the
 * published CSV files) and the six-square grid, so that site-data.ts, map-data.ts and mapView run
 * unchanged on a picture small enough to read.
 */
import { describe, expect, it, vi } from "vitest";
import { mapView, type MapViewOptions } from "../../../../src/data/map/view.ts";
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
    readTopology: (level: string) => {
      if (!topology.objects[level]) throw new Error(`The snapshot grid has no level ${level}`);
      return topology;
    },
  };
});

function picture(options: MapViewOptions): string {
  const { svg } = mapView(options);
  expect(mapView(options).svg).toBe(svg);
  return svg;
}

describe("mapView(options)", () => {
  it("draws a page's map: French texts, commune and bassin borders, highlighted areas", () => {
    const svg = picture({
      indicatorId: "bim_share",
      level: "quartier",
      language: "fr",
      borders: ["commune", "bassin"],
      highlighted: ["B2"],
    });
    expectSnapshot("map-view-page", svg);
  });

  it("draws the downloadable map: standalone, in Dutch, with legend, sources and year drawn in", () => {
    const svg = picture({
      indicatorId: "bim_share",
      level: "quartier",
      language: "nl",
      borders: ["bassin"],
      standalone: true,
    });
    expectSnapshot("map-view-standalone", svg);
  });
});
