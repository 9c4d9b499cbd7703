import { describe, expect, it } from "vitest";
import { componentValues } from "../../../../scripts/indicators/fragility/component-indicators.ts";
import { fragilityStage } from "../../../../scripts/indicators/fragility/stage.ts";
import { readQuartierComponents } from "../../../../scripts/indicators/fragility/components.ts";
import { communeAgeStructure } from "../../../../scripts/raw/statbel-population-age-sex-commune.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { AGE_SOURCE } from "../../../../scripts/raw/statbel-population-age-sex-commune.ts";
import { rawFixture, realContext, replaceText } from "../../../helpers/raw-fixture.ts";

const context = realContext();
const model = buildTerritorialModel(context);
const components = readQuartierComponents(
  context,
  model.territories.get("quartier")!.map((q) => q.code),
);
const output = fragilityStage(context, model, components);
const value = (level: string, code: string, indicator: string) =>
  output.values.find((v) => v.level === level && v.territory_code === code && v.indicator_id === indicator);

describe("commune, bassin and region values of the components on the real data", () => {
  const statbel = communeAgeStructure(context, 2025);

  it("gives Berchem-Sainte-Agathe the share aged 65-79 of Statbel's counts (11.26), with its numerator and denominator", () => {
    expect(value("commune", "21003", "share_65_79")).toMatchObject({
      year: 2025,
      value: 11.26,
      numerator: 2906,
      denominator: 25803,
      flag: null,
    });
  });

  it("gives every commune and the region the shares aged 65-79 and 80+ of Statbel's counts", () => {
    let aged = 0;
    let total = 0;
    for (const [code, ages] of statbel) {
      expect(value("commune", code, "share_80_plus"), code).toMatchObject({
        numerator: ages.aged80plus,
        denominator: ages.total,
        value: Math.round((10000 * ages.aged80plus) / ages.total) / 100,
      });
      aged += ages.aged65to79;
      total += ages.total;
    }
    expect(value("region", "04000", "share_65_79")).toMatchObject({ numerator: aged, denominator: total, flag: null });
  });

  it("makes every bassin's count-based numerators and denominators add up to the region's", () => {
    const bassins = output.values.filter((v) => v.level === "bassin" && v.indicator_id === "share_80_plus");
    const region = value("region", "04000", "share_80_plus")!;
    // A bassin holding part of a split commune says its value is estimated for that part, and data_quality says how.
    for (const v of bassins) expect([null, "estimated_part"]).toContain(v.flag);
    const estimated = bassins.filter((v) => v.flag === "estimated_part");
    // The shares of a split commune add up to it before rounding; each estimated part is published
    // rounded to whole residents, so the sum may differ from the region by up to half a resident per part.
    const gap = (key: "numerator" | "denominator") =>
      Math.abs(bassins.reduce((sum, v) => sum + v[key]!, 0) - region[key]!);
    expect(gap("numerator")).toBeLessThanOrEqual(estimated.length / 2);
    expect(gap("denominator")).toBeLessThanOrEqual(estimated.length / 2);
    const notes = output.quality.filter((n) => n.issue === "estimated" && n.indicator_id === "share_80_plus");
    expect(notes.map((n) => n.territory_code)).toEqual(estimated.map((v) => v.territory_code));
    expect(notes[0]!.source_id).toBe("statbel-population-age-sex-commune");
    expect(notes[0]!.detail).toMatch(
      /^Holds part of commune\(s\) \d{5}(, \d{5})*: each one's Statbel counts are shared among the territories holding its parts, residents by the sectors' residents, the count by residents times the quartier rate, so that the parts add up to the commune\.$/,
    );
  });

  it("publishes no denominator for unemployment, whose denominator (the labour force) no source gives", () => {
    expect(value("commune", "21003", "unemployment_rate")).toMatchObject({ numerator: null, denominator: null });
    expect(value("commune", "21003", "bim_share")).toMatchObject({ numerator: null, denominator: 25771 });
  });

  it("publishes the median income for quartiers only, and the mean of their medians under its own name above", () => {
    expect(output.values.filter((v) => v.indicator_id === "median_income" && v.level !== "quartier")).toEqual([]);
    expect(value("commune", "21003", "median_income_quartier_mean")!.value).toBeGreaterThan(20000);
    const definition = output.definitions.find((d) => d.id === "median_income_quartier_mean")!;
    expect(definition.label.en).toBe("Quartier median incomes, population-weighted mean");
    expect(definition.method.en).toContain("a mean of medians is not a median");
  });

  it("cites Statbel's counts by commune as a source of the age shares", () => {
    expect(output.definitions.find((d) => d.id === "share_65_79")!.sources).toEqual([
      "ibsa-monitoring-export",
      "statbel-population-age-sex-commune",
    ]);
  });

  it("states how each component is aggregated in method_parameters, one row each, and the coverage they need", () => {
    expect(output.parameters!.find((p) => p.parameter === "min_covered_share_for_aggregates")).toMatchObject({
      family: "fragility",
      value: 0.8,
      status: "setting",
    });
    const rows = output.parameters!.filter((p) => p.parameter.startsWith("aggregation_"));
    expect(rows.map((r) => [r.parameter, r.value, r.source_id])).toEqual([
      ["aggregation_bim_share", "residents_weighted_mean", "statbel-sectors-2024-population"],
      ["aggregation_cpas_share", "residents_weighted_mean", "statbel-sectors-2024-population"],
      ["aggregation_unemployment_rate", "residents_weighted_mean_approximation", "statbel-sectors-2024-population"],
      [
        "aggregation_median_income_quartier_mean",
        "residents_weighted_mean_of_medians",
        "statbel-sectors-2024-population",
      ],
      ["aggregation_share_65_79", "statbel_commune_counts", "statbel-population-age-sex-commune"],
      ["aggregation_share_80_plus", "statbel_commune_counts", "statbel-population-age-sex-commune"],
      ["aggregation_share_65_alone", "residents_weighted_mean_approximation", "statbel-sectors-2024-population"],
    ]);
  });
});

describe("commune values of the age shares on bad input", () => {
  it("stops when Statbel's file lacks a commune in the year of the quartier shares, naming file, column, year and commune", () => {
    const { context: fixture, rawDir } = rawFixture({ [AGE_SOURCE]: replaceText(/^21003,2025,.*\r?\n/gm, "") });
    expect(() => fragilityStage(fixture, model, components)).toThrow(
      `${rawDir}/statbel-population-age-sex-commune/statbel_pop_commune_age5_sex_bxl_2010_2026.csv (column "year"): ` +
        "no 2025 residents for commune 21003: share_65_79 is rebuilt above the quartier from Statbel's counts " +
        "of the year of the quartier shares (2025, the Monitoring export's latest)",
    );
  });
});

describe("componentValues(context, model, components) with a component known in part of a commune", () => {
  it("withholds a commune value whose quartiers with a value hold under 80 % of its residents, and says why", () => {
    // Keep Bruxelles-Ville's (21004) CPAS rates in its northern quartiers (Heysel to Haren) only (under 80 % of its residents).
    const kept = new Set(["74", "75", "76", "77", "78"]);
    const inCity = new Set(model.sectors.filter((s) => s.codes.commune === "21004").map((s) => s.codes.quartier!));
    const thinned = new Map(components);
    thinned.set(
      "cpas_share",
      new Map([...components.get("cpas_share")!].filter(([code]) => !inCity.has(code) || kept.has(code))),
    );
    const { values, quality } = componentValues(context, model, thinned);
    expect(quality.filter((n) => n.issue === "withheld" && n.indicator_id === "cpas_share")).toContainEqual({
      source_id: "ibsa-monitoring-vulnerability",
      level: "commune",
      territory_code: "21004",
      indicator_id: "cpas_share",
      issue: "withheld",
      detail: expect.stringMatching(
        /^Not published: the quartiers with a cpas_share value hold \d+\.\d % of the residents, under the 80 % needed \(method_parameters: fragility, min_covered_share_for_aggregates\)\.$/,
      ),
      detail_fr: expect.stringMatching(
        /^Non publié : les quartiers qui ont une valeur cpas_share regroupent \d+\.\d % /,
      ),
      detail_nl: expect.stringMatching(/^Niet gepubliceerd: de wijken met een waarde cpas_share tellen \d+\.\d % /),
    });
    const city = values.find(
      (v) => v.level === "commune" && v.territory_code === "21004" && v.indicator_id === "cpas_share",
    );
    expect(city).toMatchObject({ value: null, numerator: null, denominator: null, flag: "insufficient_coverage" });
    const berchem = values.find(
      (v) => v.level === "commune" && v.territory_code === "21003" && v.indicator_id === "cpas_share",
    );
    expect(berchem!.value).not.toBeNull();
  });
});
