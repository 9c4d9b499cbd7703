import { describe, expect, it } from "vitest";
import { AFMPS_PHARMACIES, readAfmpsPharmacies } from "../../../scripts/raw/afmps-pharmacies.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

describe("readAfmpsPharmacies on the real register", () => {
  it("returns the 533 active pharmacies in file order and notes the 59 suspended", () => {
    const register = readAfmpsPharmacies(realContext());
    expect(register.active).toHaveLength(533);
    expect(register.notes).toHaveLength(1);
    expect(register.notes[0]!.issue).toBe("excluded");
    expect(register.notes[0]!.detail).toMatch(/^59 of 592 pharmacies of the register are TEMPORARILY_SUSPENDED/);
    const anspach = register.active.find((p) => p.authorizationId === 210708)!;
    expect(anspach.name).toBe("Pharmacie Anspach");
    expect(anspach.origin).toMatch(/^record \d+ \(authorization 210708\)$/);
  });

  it("keeps every record's postcode and coordinates, suspended ones included", () => {
    const register = readAfmpsPharmacies(realContext());
    expect(register.addresses).toHaveLength(592);
    expect(register.addresses[0]).toMatchObject({ postcode: "1081", origin: "record 1 (authorization 212406)" });
    expect(new Set(register.addresses.map((a) => a.postcode)).size).toBe(23);
  });
});

describe("readAfmpsPharmacies on bad input", () => {
  const afmpsFile = (rawDir: string) => `${rawDir}/afmps-pharmacies/afmps_pharmacies_brussels_2022-03-08.json`;

  it("rejects a pharmacy with a non-numeric coordinate, naming the file, the record and the field", () => {
    const { context: bad, rawDir } = rawFixture({
      [AFMPS_PHARMACIES]: replaceText('"latitude": 50.84712603387559', '"latitude": "fifty"'),
    });
    expect(() => readAfmpsPharmacies(bad)).toThrow(
      `${afmpsFile(rawDir)} (row 2, column "geo[epsg:4326].latitude"): "fifty" is not a number`,
    );
  });

  it("rejects a postcode that is not a Brussels postcode, naming the record and the field", () => {
    const { context: bad, rawDir } = rawFixture({
      [AFMPS_PHARMACIES]: replaceText('"zipCode": 1081', '"zipCode": 9999'),
    });
    expect(() => readAfmpsPharmacies(bad)).toThrow(
      `${afmpsFile(rawDir)} (row 1, column "zipCode"): "9999" is not a Brussels postcode (four digits, 1000 to 1299)`,
    );
  });

  it("rejects a pharmacy without a status", () => {
    const { context: bad, rawDir } = rawFixture({
      [AFMPS_PHARMACIES]: replaceText(', "status": "TEMPORARILY_SUSPENDED"}', "}"),
    });
    expect(() => readAfmpsPharmacies(bad)).toThrow(`${afmpsFile(rawDir)} (row 1, column "status"): missing field`);
  });

  it("rejects a pharmacy whose two coordinate entries disagree", () => {
    const { context: bad, rawDir } = rawFixture({
      [AFMPS_PHARMACIES]: replaceText('"x": 648540.125', '"x": 648740.125'),
    });
    expect(() => readAfmpsPharmacies(bad)).toThrow(
      new RegExp(
        `^${afmpsFile(rawDir)} \\(row 2, column "geo"\\): the EPSG:3812 .* coordinates are 200(\\.\\d)? m apart$`,
      ),
    );
  });

  it("rejects an authorization id written as text or as a boolean", () => {
    for (const [id, problem] of [
      ['"210708"', '"210708" is not a number (found text; a JSON number is required)'],
      ["true", "true is not a number (found a boolean; a JSON number is required)"],
    ]) {
      const { context: bad, rawDir } = rawFixture({
        [AFMPS_PHARMACIES]: replaceText('"authorization_id": 210708', `"authorization_id": ${id}`),
      });
      expect(() => readAfmpsPharmacies(bad)).toThrow(
        `${afmpsFile(rawDir)} (row 2, column "authorization_id"): ${problem}`,
      );
    }
  });

  it("rejects a pharmacy whose WGS84 entry has latitude and longitude swapped", () => {
    const { context: bad, rawDir } = rawFixture({
      [AFMPS_PHARMACIES]: replaceText(
        '"latitude": 50.84712603387559, "longitude": 4.348028340963605',
        '"latitude": 4.348028340963605, "longitude": 50.84712603387559',
      ),
    });
    expect(() => readAfmpsPharmacies(bad)).toThrow(
      `${afmpsFile(rawDir)} (row 2, column "geo[epsg:4326]"): longitude 50.84712603387559, latitude 4.348028340963605 is outside the Brussels-Capital Region (longitude 4.22 to 4.51, latitude 50.74 to 50.94, WGS84): latitude and longitude look swapped`,
    );
  });
});
