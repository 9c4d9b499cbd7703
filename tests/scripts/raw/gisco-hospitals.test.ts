import { describe, expect, it } from "vitest";
import { GISCO_HOSPITALS, readGiscoHospitals } from "../../../scripts/raw/gisco-hospitals.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

describe("readGiscoHospitals on the real file", () => {
  it("returns the 37 Brussels hospital sites, 16 with an emergency department", () => {
    const sites = readGiscoHospitals(realContext());
    expect(sites).toHaveLength(37);
    expect(sites.filter((s) => s.emergency)).toHaveLength(16);
    expect(new Set(sites.map((s) => s.id)).size).toBe(37);
  });
});

describe("readGiscoHospitals on bad input", () => {
  it("rejects a GISCO emergency value other than yes or no, naming the row", () => {
    const { context: bad, rawDir } = rawFixture({
      [GISCO_HOSPITALS]: replaceText(/^(1310,.*?,)yes,/m, "$1maybe,"),
    });
    expect(() => readGiscoHospitals(bad)).toThrow(
      `${rawDir}/eurostat-gisco-hospitals/gisco_hospitals_BE_brussels_ref2020.csv (row 2, column "emergency"): unknown emergency value "maybe" (expected yes or no)`,
    );
  });

  it("rejects a duplicated site id, naming both rows", () => {
    const { context: bad, rawDir } = rawFixture({ [GISCO_HOSPITALS]: replaceText(/^1310,/m, "4190,") });
    expect(() => readGiscoHospitals(bad)).toThrow(
      new RegExp(
        `^${rawDir}/eurostat-gisco-hospitals/gisco_hospitals_BE_brussels_ref2020.csv \\(row \\d+, column "id"\\): duplicated id 4190 \\(also row \\d+\\)$`,
      ),
    );
  });

  it("rejects a latitude in hexadecimal, which Number() would read as 80", () => {
    const { context: bad, rawDir } = rawFixture({ [GISCO_HOSPITALS]: replaceText(",50.854399,", ",0x50,") });
    expect(() => readGiscoHospitals(bad)).toThrow(
      `${rawDir}/eurostat-gisco-hospitals/gisco_hospitals_BE_brussels_ref2020.csv (row 2, column "lat"): "0x50" is not a number (expected a plain decimal such as 12 or -4.35)`,
    );
  });

  it("rejects a site with latitude and longitude swapped, naming row and values", () => {
    const { context: bad, rawDir } = rawFixture({
      [GISCO_HOSPITALS]: replaceText(",50.854399,4.36038069999999,", ",4.36038069999999,50.854399,"),
    });
    expect(() => readGiscoHospitals(bad)).toThrow(
      `${rawDir}/eurostat-gisco-hospitals/gisco_hospitals_BE_brussels_ref2020.csv (row 2, column "lat"): longitude 50.854399, latitude 4.36038069999999 is outside the Brussels-Capital Region (longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84): latitude and longitude look swapped`,
    );
  });
});
