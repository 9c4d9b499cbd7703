import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGeoJson } from "../../../scripts/sources/read-geojson.ts";
import { readJson } from "../../../scripts/sources/read-text.ts";

const dir = mkdtempSync(join(tmpdir(), "obs-geojson-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const square = {
  type: "Polygon",
  coordinates: [
    [
      [4.3, 50.8],
      [4.31, 50.8],
      [4.31, 50.81],
      [4.3, 50.8],
    ],
  ],
};
const good = JSON.stringify(
  {
    type: "FeatureCollection",
    features: [{ type: "Feature", properties: { id: "21001A00-", population: 2812 }, geometry: square }],
  },
  null,
  1,
);

describe("readGeoJson(path)", () => {
  it("reads features and their properties", () => {
    const geo = readGeoJson(file("good.geojson", good));
    expect(geo.features).toHaveLength(1);
    expect(geo.number(0, "population")).toBe(2812);
  });

  it("rejects a file that is not valid JSON, with line and column", () => {
    const path = file("broken.geojson", good.replace('"Feature",', '"Feature" '));
    expect(() => readGeoJson(path)).toThrow(
      new RegExp(`^${path.replace(/[.]/g, "\\.")} \\(row 6, column 4\\): not valid JSON: `),
    );
  });

  it("flags a truncated file", () => {
    const path = file("truncated.geojson", good.slice(0, 120));
    expect(() => readGeoJson(path)).toThrow(
      /truncated\.geojson \(row \d+, column \d+\): not valid JSON: .*\(truncated file\?\)$/,
    );
  });

  it("rejects JSON that is not a FeatureCollection", () => {
    const path = file("array.geojson", "[1, 2]");
    expect(() => readGeoJson(path)).toThrow(`${path}: expected a GeoJSON FeatureCollection`);
  });

  it("names the feature and property of a bad value", () => {
    const geo = readGeoJson(file("bad-value.geojson", good.replace("2812", '"n/a"')));
    expect(() => geo.number(0, "population")).toThrow(
      'bad-value.geojson (row 1, column "population"): "n/a" is not a number',
    );
    expect(() => geo.text(0, "name")).toThrow('bad-value.geojson (row 1, column "name"): missing property "name"');
  });

  it("rejects a feature without geometry", () => {
    const path = file("no-geometry.geojson", good.replace(/"geometry": \{[\s\S]*\}\s*\}\s*\]/, '"geometry": null}]'));
    expect(() => readGeoJson(path)).toThrow(
      `${path} (row 1, column "geometry"): unsupported or missing geometry (null)`,
    );
  });
});

describe("readJson(path)", () => {
  it("parses JSON and locates a syntax error by line and column", () => {
    expect(readJson(file("list.json", '[{"id": 1}]'))).toEqual([{ id: 1 }]);
    const path = file("broken.json", '[\n  {"id": 1},\n  {"id" 2}\n]');
    expect(() => readJson(path)).toThrow(
      new RegExp(`^${path.replace(/[.]/g, "\\.")} \\(row 3, column 9\\): not valid JSON: `),
    );
    expect(() => readJson(file("cut.json", '{"elements": ['))).toThrow(
      /cut\.json \(row 1, column \d+\): not valid JSON: .*\(truncated file\?\)$/,
    );
  });
});

describe("GeoJsonFile.number(index, property) and text(index, property) read strictly", () => {
  const withPopulation = (name: string, population: string) =>
    readGeoJson(file(name, good.replace('"population": 2812', `"population": ${population}`)));

  it.each([
    ["blank", '" "', '" " is not a number (found text; a JSON number is required)'],
    ["boolean", "true", "true is not a number (found a boolean; a JSON number is required)"],
    ["hexadecimal text", '"0x1F"', '"0x1F" is not a number (found text; a JSON number is required)'],
    ["numeric text", '"2812"', '"2812" is not a number (found text; a JSON number is required)'],
    ["array", "[2812]", "[2812] is not a number (found an array; a JSON number is required)"],
    ["null", "null", "null is not a number (found null; a JSON number is required)"],
  ])("refuses a %s population, naming file, feature and property", (_, population, problem) => {
    const name = `population-${population.replace(/\W/g, "_")}.geojson`;
    const geo = withPopulation(name, population);
    expect(() => geo.number(0, "population")).toThrow(`${join(dir, name)} (row 1, column "population"): ${problem}`);
  });

  it("refuses a name with a NUL byte or a bidirectional override", () => {
    const nul = readGeoJson(
      file("nul.geojson", good.replace('"id": "21001A00-"', '"id": "21001A00-", "name": "RESIS\\u0000TANCE"')),
    );
    expect(() => nul.text(0, "name")).toThrow(
      `${join(dir, "nul.geojson")} (row 1, column "name"): contains the control character U+0000 at character 6; text must be printable`,
    );
    const rtl = readGeoJson(
      file("rtl.geojson", good.replace('"id": "21001A00-"', '"id": "21001A00-", "name": "\\u202eECNATSISER"')),
    );
    expect(() => rtl.text(0, "name")).toThrow(
      `${join(dir, "rtl.geojson")} (row 1, column "name"): contains the control character U+202E at character 1; text must be printable`,
    );
  });

  it("refuses a name that is not text", () => {
    const geo = readGeoJson(
      file("bool-name.geojson", good.replace('"id": "21001A00-"', '"id": "21001A00-", "name": true')),
    );
    expect(() => geo.text(0, "name")).toThrow(
      `${join(dir, "bool-name.geojson")} (row 1, column "name"): expected text, found true`,
    );
  });
});

describe("readJson(path) finds the character at fault", () => {
  it("names a duplicated key and where it first appeared (JSON.parse keeps the last silently)", () => {
    const path = file("duplicate.json", '[\n  {"id": 1,\n   "population": 2812, "population": 99}\n]');
    expect(() => readJson(path)).toThrow(
      `${path} (row 3, column 24): not valid JSON: duplicated key "population" (first at line 3, column 4)`,
    );
  });

  it("compares keys by value, escapes decoded", () => {
    const path = file("escaped-duplicate.json", '{"a": 1, "\\u0061": 2}');
    expect(() => readJson(path)).toThrow(
      `${path} (row 1, column 10): not valid JSON: duplicated key "a" (first at line 1, column 2)`,
    );
    expect(readJson(file("same-key-two-objects.json", '[{"a": 1}, {"a": 2}]'))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("locates a bad first byte at row 1, column 1, not at the end of the file", () => {
    const path = file("bad-first-byte.geojson", `X${good}`);
    expect(() => readJson(path)).toThrow(
      `${path} (row 1, column 1): not valid JSON: expected a value, found "X" (U+0058)`,
    );
  });

  it("locates a stray character after the value", () => {
    const path = file("trailing.json", '{"a": 1}\n}');
    expect(() => readJson(path)).toThrow(
      `${path} (row 2, column 1): not valid JSON: unexpected "}" (U+007D) after the end of the JSON value`,
    );
  });

  it("says truncated only when the defect is at the end", () => {
    const path = file("cut-string.json", '{"name": "Ander');
    expect(() => readJson(path)).toThrow(
      `${path} (row 1, column 16): not valid JSON: unexpected end of the file inside a string (truncated file?)`,
    );
  });

  it("refuses a raw control character inside a string, naming it", () => {
    const path = file("raw-nul.json", '{"name": "Ander\u0000lecht"}');
    expect(() => readJson(path)).toThrow(
      `${path} (row 1, column 16): not valid JSON: unescaped control character U+0000 inside a string`,
    );
  });
});

describe("readGeoJson(path) checks every geometry against WGS84 and the region's extent", () => {
  const withGeometry = (name: string, geometry: unknown, extra: Record<string, unknown> = {}) =>
    file(
      name,
      JSON.stringify({
        type: "FeatureCollection",
        ...extra,
        features: [
          { type: "Feature", properties: { id: "a" }, geometry: square },
          { type: "Feature", properties: { id: "b" }, geometry },
        ],
      }),
    );
  const ring = (...positions: unknown[]) => ({ type: "Polygon", coordinates: [positions] });

  it("refuses swapped latitude and longitude, naming feature, position and values", () => {
    const path = withGeometry("swapped.geojson", ring([50.8, 4.3], [50.8, 4.31], [50.81, 4.31], [50.8, 4.3]));
    expect(() => readGeoJson(path)).toThrow(
      `${path} (row 2, column "geometry.coordinates[0][0]"): longitude 50.8, latitude 4.3 is outside the Brussels-Capital Region ` +
        "(longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84): latitude and longitude look swapped",
    );
  });

  it("refuses Lambert 72 metres in a file read as WGS84", () => {
    const path = withGeometry("metres.geojson", {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [150000, 170000],
            [150100, 170000],
            [150100, 170100],
            [150000, 170000],
          ],
        ],
      ],
    });
    expect(() => readGeoJson(path)).toThrow(
      `${path} (row 2, column "geometry.coordinates[0][0][0]"): longitude 150000, latitude 170000 is outside the Brussels-Capital Region ` +
        "(longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84): these look like projected metres (Lambert 72?), not WGS84 degrees",
    );
  });

  it("refuses a file that declares Lambert 72, before reading a coordinate", () => {
    const crs = { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::31370" } };
    const path = withGeometry("declared-lambert.geojson", square, { crs });
    expect(() => readGeoJson(path)).toThrow(
      `${path} (column "crs"): declares the coordinate system "urn:ogc:def:crs:EPSG::31370"; GeoJSON sources are read as ` +
        "WGS84 longitude/latitude (EPSG:4326 in data/sources.json): reproject the file to WGS84, for example with mapshaper -proj wgs84",
    );
    const wgs84 = { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } };
    expect(readGeoJson(withGeometry("declared-crs84.geojson", square, { crs: wgs84 })).features).toHaveLength(2);
  });

  it.each([
    [
      "a null ring",
      { type: "Polygon", coordinates: [null] },
      "geometry.coordinates[0]",
      "a ring must be an array, found null",
    ],
    [
      "null coordinates",
      { type: "MultiPolygon", coordinates: null },
      "geometry.coordinates",
      "a MultiPolygon must be an array, found null",
    ],
    [
      "a polygon without rings",
      { type: "Polygon", coordinates: [] },
      "geometry.coordinates",
      "a polygon needs at least one ring, found none",
    ],
    [
      "a ring of three positions",
      ring([4.3, 50.8], [4.31, 50.8], [4.3, 50.8]),
      "geometry.coordinates[0]",
      "a ring needs at least 4 positions (a closed triangle), found 3",
    ],
    [
      "an open ring",
      ring([4.3, 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.81]),
      "geometry.coordinates[0]",
      "the ring is not closed: it starts at (4.3, 50.8) and ends at (4.3, 50.81)",
    ],
    [
      "a ring that crosses itself",
      ring([4.3, 50.8], [4.31, 50.81], [4.31, 50.8], [4.3, 50.81], [4.3, 50.8]),
      "geometry.coordinates[0]",
      "the ring crosses itself: its edges from positions 1 (4.3, 50.8) and 3 (4.31, 50.8) intersect",
    ],
    [
      "a coordinate written as text",
      ring(["4.3", 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.8]),
      "geometry.coordinates[0][0][0]",
      '"4.3" is not a number (found text; a JSON number is required)',
    ],
    [
      "a position of one number",
      ring([4.3], [4.31, 50.8], [4.31, 50.81], [4.3, 50.8]),
      "geometry.coordinates[0][0]",
      "a position is [longitude, latitude], found [4.3]",
    ],
    [
      "a point 50 km east of the region",
      { type: "Point", coordinates: [5.05, 50.85] },
      "geometry.coordinates",
      "longitude 5.05, latitude 50.85 is outside the Brussels-Capital Region (longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84)",
    ],
    [
      "a swapped point",
      { type: "Point", coordinates: [50.85, 4.35] },
      "geometry.coordinates",
      "longitude 50.85, latitude 4.35 is outside the Brussels-Capital Region (longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84): latitude and longitude look swapped",
    ],
  ])("refuses %s, naming the feature and the part", (name, geometry, column, problem) => {
    const path = withGeometry(`${name.replace(/\W/g, "-")}.geojson`, geometry);
    expect(() => readGeoJson(path)).toThrow(`${path} (row 2, column "${column}"): ${problem}`);
  });
});
