import { describe, expect, it } from "vitest";
import { OSM_HEALTH_POI, readOsmHealthPoi } from "../../../scripts/raw/osm-health-poi.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

const poiFile = (rawDir: string) => `${rawDir}/osm-brussels-health-poi/osm_brussels_health_social_poi_2026-05.geojson`;

describe("readOsmHealthPoi on the real extract", () => {
  it("returns every feature of the extract, in file order", () => {
    const points = readOsmHealthPoi(realContext());
    expect(points).toHaveLength(991);
    expect(points[0]!.origin).toBe("feature 1");
    expect(points.filter((p) => p.amenity === "dentist").length).toBeGreaterThan(0);
  });
});

describe("readOsmHealthPoi on bad input", () => {
  it("rejects an OSM dentist with a non-numeric coordinate, naming the feature", () => {
    const { context: bad, rawDir } = rawFixture({
      [OSM_HEALTH_POI]: replaceText('"coordinates": [4.3275632, 50.8943834]', '"coordinates": [4.3275632, "north"]'),
    });
    expect(() => readOsmHealthPoi(bad)).toThrow(
      `${poiFile(rawDir)} (row 127, column "geometry.coordinates[1]"): "north" is not a number`,
    );
  });

  it("rejects a tag that is not text, naming the feature and the tag", () => {
    const { context: bad, rawDir } = rawFixture({
      [OSM_HEALTH_POI]: replaceText('"amenity": "dentist"', '"amenity": 7'),
    });
    expect(() => readOsmHealthPoi(bad)).toThrow(
      new RegExp(`^${poiFile(rawDir)} \\(row \\d+, column "amenity"\\): expected text, found 7$`),
    );
  });

  it("rejects a name with a NUL byte, naming the feature and the tag", () => {
    const { context: bad, rawDir } = rawFixture({
      [OSM_HEALTH_POI]: replaceText('"name": "Multipharma"', '"name": "Multi\\u0000pharma"'),
    });
    expect(() => readOsmHealthPoi(bad)).toThrow(
      `${poiFile(rawDir)} (row 1, column "name"): contains the control character U+0000 at character 6; text must be printable`,
    );
  });
});
