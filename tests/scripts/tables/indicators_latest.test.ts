import { describe, expect, it } from "vitest";
import type { IndicatorDefinition, IndicatorValue } from "../../../scripts/indicators/indicator-model.ts";
import { latestTable } from "../../../scripts/tables/indicators_latest.ts";
import type { TerritorialModel, Territory } from "../../../scripts/territory/territorial-model.ts";

const names = (name: string) => ({ name_fr: name, name_nl: `${name} NL`, name_en: name });
const sector = (code: string, population: number, commune: string, bassin: string) => ({
  code,
  population,
  codes: { sector: code, quartier: code.slice(0, 1), commune, bassin, region: "04000" },
});
// Quartier 1 lies mostly in commune 21004 (bassin CO), a little in 21001; quartier 2 wholly in 21001.
const sectors = [sector("1a", 900, "21004", "CO"), sector("1b", 100, "21001", "CO"), sector("2a", 500, "21001", "CO")];
const territory = (level: string, code: string, name: string, of: typeof sectors): Territory =>
  ({
    level,
    code,
    ...names(name),
    type: null,
    sectors: of,
    population: of.reduce((sum, s) => sum + s.population, 0),
  }) as unknown as Territory;
const level = (id: string) => ({ id, kind: id, table: id });
const model = {
  levels: ["quartier", "commune", "bassin"].map(level),
  territories: new Map([
    [
      "quartier",
      [
        territory("quartier", "1", "Grand Place", sectors.slice(0, 2)),
        territory("quartier", "2", "Dansaert", sectors.slice(2)),
      ],
    ],
    [
      "commune",
      [
        territory("commune", "21001", "Anderlecht", sectors.slice(1)),
        territory("commune", "21004", "Bruxelles", sectors.slice(0, 1)),
      ],
    ],
    ["bassin", [territory("bassin", "CO", "Centre-Ouest", sectors)]],
  ]),
} as unknown as TerritorialModel;
const definition = (id: string) =>
  ({ id, label: { fr: id, nl: id, en: id }, unit: "percent" }) as unknown as IndicatorDefinition;
const value = (territory_code: string, indicator_id: string, year: number, v: number | null, lvl = "quartier") =>
  ({ level: lvl, territory_code, indicator_id, year, value: v }) as IndicatorValue;

describe("latestTable(values, definitions, model)", () => {
  const table = latestTable(
    [
      value("1", "b_share", 2020, 10.5),
      value("1", "b_share", 2024, 12.25),
      value("1", "b_share", 2022, 11),
      // Suppressed in its latest year: published as null with that year, never the older value.
      value("2", "b_share", 2019, 7),
      value("2", "b_share", 2023, null),
      value("1", "a_rate", 2025, -3.5),
      value("21001", "a_rate", 2025, 4, "commune"),
    ],
    [definition("b_share"), definition("a_rate")],
    model,
  );

  it("gives one row per territory with its main commune and bassin, and each indicator's latest value and year", () => {
    expect(table.columns.map((c) => c.name).slice(-4)).toEqual([
      "a_rate_value",
      "a_rate_year",
      "b_share_value",
      "b_share_year",
    ]);
    const pick = ({
      level,
      territory_code,
      commune_code,
      commune_name_nl,
      bassin_code,
      population,
      ...rest
    }: Record<string, unknown>) => [
      level,
      territory_code,
      commune_code,
      commune_name_nl,
      bassin_code,
      population,
      rest.a_rate_value,
      rest.a_rate_year,
      rest.b_share_value,
      rest.b_share_year,
    ];
    expect(table.rows.map(pick)).toEqual([
      ["quartier", "1", "21004", "Bruxelles NL", "CO", 1000, -3.5, 2025, 12.25, 2024],
      ["quartier", "2", "21001", "Anderlecht NL", "CO", 500, null, null, null, 2023],
      ["commune", "21001", null, null, "CO", 600, 4, 2025, null, null],
      ["commune", "21004", null, null, "CO", 900, null, null, null, null],
      ["bassin", "CO", null, null, null, 1500, null, null, null, null],
    ]);
  });
});
