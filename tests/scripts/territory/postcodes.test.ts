import { describe, expect, it } from "vitest";
import type { LevelDefinition } from "../../../src/core/levels.ts";
import { postcodeRows } from "../../../scripts/territory/postcodes.ts";
import type { Sector, TerritorialModel, Territory } from "../../../scripts/territory/territorial-model.ts";

/** Three square sectors (rings clockwise, as d3-geo reads an exterior ring) side by side: s1 and s2 in commune A (quartiers q1, q2), s3 in commune B (q3). */
function squaresModel(): TerritorialModel {
  const square = (west: number) => ({
    type: "Polygon" as const,
    coordinates: [
      [
        [west, 50.8],
        [west, 50.81],
        [west + 0.01, 50.81],
        [west + 0.01, 50.8],
        [west, 50.8],
      ],
    ],
  });
  const sector = (code: string, west: number, quartier: string, commune: string): Sector => ({
    code,
    name_fr: code,
    name_nl: code,
    population: 100,
    area_ha: 1,
    sourceRow: 1,
    codes: { sector: code, quartier, commune, region: "R" },
    geometry: square(west),
  });
  const sectors = [sector("s1", 4.3, "q1", "A"), sector("s2", 4.31, "q2", "A"), sector("s3", 4.32, "q3", "B")];
  const levels = (
    [
      ["sector", "sector"],
      ["quartier", "quartier"],
      ["commune", "commune"],
      ["region", "region"],
    ] as const
  ).map(([id, kind]) => ({ id, kind }) as LevelDefinition);
  const territory = (level: string, code: string): Territory => ({
    level,
    code,
    name_fr: code,
    name_nl: code,
    name_en: code,
    type: null,
    sectors,
    population: 300,
  });
  return {
    levels,
    sectors,
    territories: new Map([["region", [territory("region", "R")]]]),
    geometry: new Map([
      ["sector", sectors.map((s) => ({ type: "Feature", properties: { code: s.code }, geometry: s.geometry }))],
    ]),
    parameters: [],
  } as unknown as TerritorialModel;
}

describe("postcodeRows(model, addresses, source)", () => {
  it("counts each postcode's addresses per commune and quartier, sorted by postcode and code", () => {
    const address = (postcode: string, lon: number, origin: string) => ({ postcode, lon, lat: 50.805, origin });
    const { rows, quality } = postcodeRows(
      squaresModel(),
      [
        address("1050", 4.325, "record 1"),
        address("1000", 4.305, "record 2"),
        address("1000", 4.306, "record 3"),
        address("1000", 4.315, "record 4"),
        address("1050", 4.305, "record 5"),
      ],
      "src",
    );
    expect(rows).toEqual([
      { postcode: "1000", commune_code: "A", quartier_code: "q1", addresses: 2, source_id: "src" },
      { postcode: "1000", commune_code: "A", quartier_code: "q2", addresses: 1, source_id: "src" },
      { postcode: "1050", commune_code: "A", quartier_code: "q1", addresses: 1, source_id: "src" },
      { postcode: "1050", commune_code: "B", quartier_code: "q3", addresses: 1, source_id: "src" },
    ]);
    expect(quality).toEqual([]);
  });

  it("leaves out an address outside every sector with a note naming it", () => {
    const { rows, quality } = postcodeRows(
      squaresModel(),
      [{ postcode: "1210", lon: 4.5, lat: 50.805, origin: "record 7 (authorization 1)" }],
      "src",
    );
    expect(rows).toEqual([]);
    expect(quality).toEqual([
      {
        source_id: "src",
        level: "region",
        territory_code: "R",
        indicator_id: null,
        issue: "outside_region",
        detail:
          "1 address(es) with a postcode lie outside every statistical sector and are left out of the postcodes table: record 7 (authorization 1) (1210; 4.5, 50.805).",
        detail_fr:
          "1 adresse(s) avec un code postal se trouvent hors de tout secteur statistique et sont laissées hors de la table postcodes : enregistrement 7 (autorisation 1) (1210; 4.5, 50.805).",
        detail_nl:
          "1 adres(sen) met een postcode liggen buiten elke statistische sector en blijven buiten de tabel postcodes: record 7 (vergunning 1) (1210; 4.5, 50.805).",
      },
    ]);
  });
});
