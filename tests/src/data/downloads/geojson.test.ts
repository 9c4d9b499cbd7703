import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Polygon } from "geojson";
import type { Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultOutDir } from "../../../../scripts/lib/paths.ts";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { geoJsonFile, levelGeoJson, topologyToGeoJson } from "../../../../src/data/downloads/geojson.ts";
import { readCsvTable, readTopology } from "../../../../src/data/observatory-data.ts";

// Reads the published TopoJSON (public/data/geo); on a fresh checkout, publish it first.
beforeAll(async () => {
  if (!existsSync(join(defaultOutDir, "manifest.json"))) await runPipeline();
});

// Two unit squares sharing an edge, quantized, one with a numeric id like the quartiers.
const topology = {
  type: "Topology",
  transform: { scale: [0.123456789, 0.1], translate: [4, 50] },
  objects: {
    demo: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", id: 7, arcs: [[0, 1]] },
        { type: "Polygon", id: "B", arcs: [[2, -1]] },
      ],
    },
  },
  arcs: [
    [
      [1, 0],
      [0, 1],
    ],
    [
      [1, 1],
      [-1, 0],
      [0, -1],
      [1, 0],
    ],
    [
      [1, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ],
  ],
} as unknown as Topology;

describe("topologyToGeoJson(topology, object, level, names)", () => {
  it("gives one feature per geometry, ids and codes as text, names as properties", () => {
    const collection = topologyToGeoJson(
      topology,
      "demo",
      "quartier",
      new Map([["7", { name_fr: "Sept", name_nl: "Zeven", name_en: "Seven" }]]),
    );
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f) => f.id)).toEqual(["7", "B"]);
    expect(collection.features[0]!.properties).toEqual({
      level: "quartier",
      code: "7",
      name_fr: "Sept",
      name_nl: "Zeven",
      name_en: "Seven",
    });
    expect(collection.features[1]!.properties).toEqual({ level: "quartier", code: "B" });
  });
  it("decodes the quantized arcs and rounds coordinates to 7 decimals", () => {
    const ring = (topologyToGeoJson(topology, "demo", "x").features[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring[0]).toEqual([4.1234568, 50]);
    for (const [x, y] of ring) {
      expect(Math.round(x! * 1e7) / 1e7).toBe(x);
      expect(Math.round(y! * 1e7) / 1e7).toBe(y);
    }
  });
  it("fails on a missing object instead of writing an empty file", () => {
    expect(() => topologyToGeoJson(topology, "nothing", "x")).toThrow('TopoJSON has no object "nothing"');
  });
});

describe("levelGeoJson(level) on the published geometry", () => {
  it("keeps the 145 quartiers with their codes and names", () => {
    const collection = JSON.parse(levelGeoJson("quartier").text) as GeoJSON.FeatureCollection;
    const codes = readCsvTable("quartiers").map((q) => q.quartier_code);
    expect(collection.features).toHaveLength(145);
    expect(collection.features.map((f) => f.properties!.code).sort()).toEqual([...codes].sort());
    expect(collection.features.every((f) => f.id === f.properties!.code && f.geometry.type.endsWith("Polygon"))).toBe(
      true,
    );
    expect(collection.features.find((f) => f.id === "2")!.properties).toMatchObject({
      name_fr: "Dansaert",
      name_nl: "Dansaert",
    });
  });
  it("keeps every level's features (724 sectors, 19 communes, 5 bassins, 1 region)", () => {
    for (const [level, count] of [
      ["sector", 724],
      ["commune", 19],
      ["bassin", 5],
      ["region", 1],
    ] as const) {
      expect(JSON.parse(levelGeoJson(level).text).features, level).toHaveLength(count);
    }
  });
  it("is reproducible, with the size and checksum the data page shows", () => {
    const file = levelGeoJson("bassin");
    const again = geoJsonFile(
      topologyToGeoJson(
        readTopology("bassin"),
        "bassin",
        "bassin",
        new Map(
          readCsvTable("territories")
            .filter((t) => t.level === "bassin")
            .map((t) => [t.code!, { name_fr: t.name_fr!, name_nl: t.name_nl!, name_en: t.name_en! }]),
        ),
      ),
    );
    expect(again).toEqual(file);
    expect(file.bytes).toBe(Buffer.byteLength(file.text));
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
