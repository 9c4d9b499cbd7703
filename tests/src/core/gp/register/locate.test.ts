import { describe, expect, it } from "vitest";
import { lambert72 } from "../../../../../src/core/lambert72.ts";
import {
  describeIssue,
  locateRegister,
  parseNumber,
  readRegisterFile,
  sectorLocator,
} from "../../../../../src/core/gp/register/index.ts";
import { centre, townGeography } from "./town.ts";

const geography = townGeography();

async function locate(csv: string) {
  const table = await readRegisterFile("r.csv", new TextEncoder().encode(csv));
  const { practices, errors } = locateRegister(table, geography);
  return { practices, errors: errors.map(describeIssue) };
}

describe("locateRegister(table, geography)", () => {
  it("places practices by WGS84, Lambert 72, sector code and quartier code (its most populated sector)", async () => {
    const [lonB, latB] = centre(1);
    const [xC, yC] = lambert72(...centre(2));
    const { practices, errors } = await locate(
      [
        "practice_id,name,lon,lat,x_l72,y_l72,sector_code,quartier_code,gp_headcount,gp_fte,age,accepts_new_patients,year",
        `p1,One,${lonB + 0.001},${latB},,,,,3,2.5,51,oui,2025`,
        `p2,,,,${xC},${yC},,,,,,,`,
        "p3,,,,,,a,,2,,,Nee,",
        "p4,,,,,,,007,,,,,",
      ].join("\n"),
    );
    expect(errors).toEqual([]);
    const [a, b] = [geography.sectors[0]!, geography.sectors[1]!];
    expect(
      practices.map((p) => [p.id, p.sector, p.locatedBy, p.headcount, p.fte, p.age, p.acceptsNewPatients, p.year]),
    ).toEqual([
      ["p1", "B", "wgs84", 3, 2.5, 51, true, 2025],
      ["p2", "C", "lambert72", 1, null, null, null, null],
      ["p3", "A", "sector", 2, null, null, false, null],
      ["p4", "B", "quartier", 1, null, null, null, null],
    ]);
    expect(practices[0]!.name).toBe("One");
    expect([practices[0]!.x, practices[0]!.y]).toEqual(lambert72(lonB + 0.001, latB));
    expect([practices[1]!.x, practices[1]!.y]).toEqual([xC, yC]);
    expect([practices[2]!.x, practices[2]!.y, practices[2]!.lon]).toEqual([a.x, a.y, a.lon]);
    expect([practices[3]!.x, practices[3]!.y]).toEqual([b.x, b.y]);
  });

  it("accepts a decimal comma with semicolons only", async () => {
    const [lon, lat] = centre(0);
    const ok = await locate(`practice_id;lon;lat;gp_fte\np1;${String(lon).replace(".", ",")};${lat};0,8\n`);
    expect(ok.errors).toEqual([]);
    expect(ok.practices[0]!.fte).toBe(0.8);
    const refused = await locate(`practice_id,sector_code,gp_fte\np1,A,"0,8"\n`);
    expect(refused.errors).toEqual([
      'row 2, column "gp_fte": "0,8" has a decimal comma: write decimals with a point, or separate the columns with semicolons (;)',
    ]);
  });

  it("reports every bad row with its row and column, and keeps every good row", async () => {
    const { practices, errors } = await locate(
      [
        "practice_id,lon,lat,x_l72,y_l72,sector_code,quartier_code,gp_headcount,gp_fte,age,accepts_new_patients,year",
        "good,,,,,A,,,,,,",
        "good,,,,,A,,,,,,",
        "good,,,,,B,,,,,,",
        ",,,,,B,,,,,,",
        "far,4.5,50.9,,,,,,,,,",
        "far72,,,150000,100000,,,,,,,",
        "nosector,,,,,21004Z99-,,,,,,",
        "noquartier,,,,,,999,,,,,",
        "textquartier,,,,,,centre,,,,,",
        "nowhere,,,,,,,,,,,",
        "halflon,4.35,,,,,,,,,,",
        "halfx,,,,150000,,,,,,,",
        "nan,abc,50.8,,,,,,,,,",
        "heads,,,,,A,,2.5,,,,",
        "heads0,,,,,A,,0,,,,",
        "fte,,,,,A,,,300,,,",
        "age,,,,,A,,,,12,,",
        "yesno,,,,,A,,,,,maybe,",
        "year,,,,,A,,,,,,1890",
        "good2,,,,,C,,4,,,,",
      ].join("\n"),
    );
    expect(errors).toEqual([
      "row 3: this row repeats row 2",
      'row 4, column "practice_id": practice_id good is already used on row 2',
      'row 5, column "practice_id": practice_id is empty: every row needs one',
      'row 6, column "lon": the position 4.5, 50.9 (WGS84) lies outside every statistical sector of the Brussels-Capital Region',
      'row 7, column "x_l72": the position 4.368743, 50.211102 (WGS84) lies outside every statistical sector of the Brussels-Capital Region',
      'row 8, column "sector_code": unknown statistical sector code "21004Z99-"',
      'row 9, column "quartier_code": unknown quartier code "999" (the Monitoring des Quartiers codes, 1 to 999)',
      'row 10, column "quartier_code": unknown quartier code "centre" (the Monitoring des Quartiers codes, 1 to 999)',
      "row 11: the row has no location: fill lon and lat, x_l72 and y_l72, sector_code or quartier_code",
      'row 12, column "lat": lon is given but lat is empty',
      'row 13, column "x_l72": y_l72 is given but x_l72 is empty',
      'row 14, column "lon": "abc" is not a number',
      'row 15, column "gp_headcount": 2.5 is not a whole number',
      'row 16, column "gp_headcount": 0 is outside the accepted range 1 to 200',
      'row 17, column "gp_fte": 300 is outside the accepted range 0.01 to 200',
      'row 18, column "age": 12 is outside the accepted range 20 to 100',
      'row 19, column "accepts_new_patients": "maybe" is not yes or no (yes/no, oui/non, ja/nee, true/false, 1/0)',
      'row 20, column "year": 1890 is outside the accepted range 1990 to 2100',
    ]);
    expect(practices.map((p) => [p.row, p.id])).toEqual([
      [2, "good"],
      [21, "good2"],
    ]);
  });
});

describe("sectorLocator(geography)", () => {
  it("finds the sector on each side of a shared border, the first in code order exactly on it, and null outside", () => {
    const locate = sectorLocator(geography);
    const border = 4.35;
    const lat = centre(0)[1];
    expect(locate(border - 1e-6, lat)).toBe("A");
    expect(locate(border + 1e-6, lat)).toBe("B");
    expect(locate(4.339, lat)).toBeNull();
    expect(locate(4.35, 50.86)).toBeNull();
  });
});

describe("parseNumber(text, decimalCommaAllowed)", () => {
  it("reads points, signs, exponents and (where allowed) a decimal comma; refuses the rest", () => {
    expect(parseNumber(" 4.5 ", false)).toBe(4.5);
    expect(parseNumber("-.5", false)).toBe(-0.5);
    expect(parseNumber("1e3", false)).toBe(1000);
    expect(parseNumber("4,5", true)).toBe(4.5);
    expect(parseNumber("4,5", false)).toBe("decimalComma");
    expect(parseNumber("1,000.5", true)).toBeNull();
    expect(parseNumber("", true)).toBeNull();
  });
});
