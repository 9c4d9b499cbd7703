import { describe, expect, it } from "vitest";
import { OSM_PHARMACIES, readOsmPharmacies } from "../../../scripts/raw/osm-pharmacies.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

const pharmaciesFile = (rawDir: string) => `${rawDir}/osm-pharmacies/osm_pharmacies_brussels_bbox_2026-07-01.json`;

describe("readOsmPharmacies", () => {
  it("returns the 475 pharmacies of the bounding-box extract", () => {
    const pharmacies = readOsmPharmacies(realContext());
    expect(pharmacies).toHaveLength(475);
    expect(pharmacies[0]).toEqual({ lon: 4.347231, lat: 50.8313153 });
  });

  it("rejects a non-numeric latitude, naming the file, the record and the field", () => {
    const { context: bad, rawDir } = rawFixture({
      [OSM_PHARMACIES]: replaceText('"latitude": 50.8313153', '"latitude": "north"'),
    });
    expect(() => readOsmPharmacies(bad)).toThrow(
      `${pharmaciesFile(rawDir)} (row 1, column "geo.latitude"): "north" is not a number`,
    );
  });

  it("rejects a latitude written as text, which Number() would coerce", () => {
    const { context: bad, rawDir } = rawFixture({
      [OSM_PHARMACIES]: replaceText('"latitude": 50.8313153', '"latitude": "50.8313153"'),
    });
    expect(() => readOsmPharmacies(bad)).toThrow(
      `${pharmaciesFile(rawDir)} (row 1, column "geo.latitude"): "50.8313153" is not a number (found text; a JSON number is required)`,
    );
  });

  it("rejects a pharmacy with latitude and longitude swapped, naming record and values", () => {
    const { context: bad, rawDir } = rawFixture({
      [OSM_PHARMACIES]: replaceText(
        '"latitude": 50.8313153, "longitude": 4.347231',
        '"latitude": 4.347231, "longitude": 50.8313153',
      ),
    });
    expect(() => readOsmPharmacies(bad)).toThrow(
      `${pharmaciesFile(rawDir)} (row 1, column "geo"): longitude 50.8313153, latitude 4.347231 is outside the Brussels-Capital Region (longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84): latitude and longitude look swapped`,
    );
  });
});
