import { describe, expect, it } from "vitest";
import { aggregateQuartierValues } from "../../../../scripts/territory/aggregate.ts";
import { rebuiltComponent } from "../../../../scripts/indicators/fragility/component-indicators.ts";
import { fragilityStage } from "../../../../scripts/indicators/fragility/stage.ts";
import { readQuartierComponents } from "../../../../scripts/indicators/fragility/components.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";

const context = realContext();
const model = buildTerritorialModel(context);
const quartierCodes = model.territories.get("quartier")!.map((q) => q.code);
const components = readQuartierComponents(context, quartierCodes);
const output = fragilityStage(context, model, components);
const fragility = output.tables.find((t) => t.name === "fragility")!.rows;
const quartiers = fragility.filter((r) => r.level === "quartier");
const value = (level: string, code: string, indicator: string) =>
  output.values.find((v) => v.level === level && v.territory_code === code && v.indicator_id === indicator);

describe("fragilityStage(context, model, components) on the real data", () => {
  it("ranks the 115 residential quartiers with complete data and at least 1,000 residents", () => {
    const count = (status: string) => quartiers.filter((r) => r.status === status).length;
    // 108 is not ranked since its copied age shares (109's) are treated as missing.
    expect([count("ranked"), count("not_applicable"), count("incomplete_data")]).toEqual([115, 28, 2]);
    expect(quartiers.find((r) => r.territory_code === "108")!.status).toBe("incomplete_data");
    expect(quartiers.find((r) => r.territory_code === "6")!.status).toBe("not_applicable"); // 329 residents
    expect(quartiers.find((r) => r.territory_code === "115")!.status).toBe("incomplete_data");
    expect(quartiers.find((r) => r.territory_code === "905")!.status).toBe("not_applicable"); // a park
  });

  it("keeps every index, score and component rank within 0..1 and ranks 1..115", () => {
    for (const row of quartiers.filter((r) => r.status === "ranked")) {
      for (const [key, cell] of Object.entries(row)) {
        if (
          key === "fragility_index" ||
          key.startsWith("score_") ||
          key.startsWith("rank_b") ||
          key.startsWith("rank_c") ||
          key.startsWith("rank_m") ||
          key.startsWith("rank_s") ||
          key.startsWith("rank_u")
        ) {
          if (key === "rank_best") continue;
          expect(cell as number, key).toBeGreaterThanOrEqual(0);
          expect(cell as number, key).toBeLessThanOrEqual(1);
        }
      }
      expect(row.rank as number).toBeGreaterThanOrEqual(1);
      expect(row.rank as number).toBeLessThanOrEqual(115);
      expect(row.rank_best as number).toBeLessThanOrEqual(row.rank as number);
      expect(row.rank_worst as number).toBeGreaterThanOrEqual(row.rank as number);
    }
  });

  it("flags about a tenth of the quartiers in the worst decile of each component", () => {
    for (const component of ["bim_share", "cpas_share", "unemployment_rate", "median_income", "share_80_plus"]) {
      const flagged = quartiers.filter((r) =>
        String(r.flags ?? "")
          .split(";")
          .includes(component),
      ).length;
      // Percentile rank >= 0.9 among 115 means at least 103 lower values: 12 quartiers without ties,
      // fewer when tied values straddle the cut (ties share the lower rank).
      expect(flagged, component).toBeGreaterThanOrEqual(10);
      expect(flagged, component).toBeLessThanOrEqual(12);
    }
  });

  it("finds the expected poles: Cureghem and the canal among the most fragile, the Woluwes and Uccle among the least", () => {
    const rank = (code: string) => quartiers.find((r) => r.territory_code === code)!.rank as number;
    const socio = (code: string) => quartiers.find((r) => r.territory_code === code)!.score_socioeconomic as number;
    // Socio-economic theme: Cureghem Vétérinaire (12) and Molenbeek Historique area (15) near the top; Stockel (94) near the bottom.
    expect(socio("12")).toBeGreaterThan(0.9);
    expect(socio("15")).toBeGreaterThan(0.9);
    expect(socio("94")).toBeLessThan(0.2);
    expect(rank("15")).toBeLessThan(rank("94"));
  });

  it("ranks communes among communes and bassins among bassins, on rebuilt rates", () => {
    const communes = fragility.filter((r) => r.level === "commune");
    expect(communes).toHaveLength(19);
    expect(communes.every((r) => r.status === "ranked" && r.pool_size === 19)).toBe(true);
    // Five bassins ranked among themselves; equal indices share a rank (CO and NE tie on the
    // commune-line bassins), each rank being one more than the number of more fragile bassins.
    const bassins = fragility.filter((r) => r.level === "bassin");
    expect(bassins.map((r) => r.territory_code)).toEqual(["CO", "N", "NE", "S", "SE"]);
    for (const bassin of bassins) {
      const moreFragile = bassins.filter((r) => (r.fragility_index as number) > (bassin.fragility_index as number));
      expect([bassin.territory_code, bassin.status, bassin.rank]).toEqual([
        bassin.territory_code,
        "ranked",
        moreFragile.length + 1,
      ]);
    }
    expect(fragility.some((r) => r.level === "region")).toBe(false);
    // Saint-Josse (21014) rebuilt BIM rate lies between its quartiers' extremes.
    const bim = value("commune", "21014", "bim_share")!.value!;
    expect(bim).toBeGreaterThan(30);
    expect(bim).toBeLessThan(60);
  });

  it("publishes each quartier's rank under every alternative weighting", () => {
    const robustness = output.tables
      .find((t) => t.name === "fragility_robustness")!
      .rows.filter((r) => r.level === "quartier" && r.territory_code === "1");
    expect(robustness.map((r) => r.variant)).toEqual([
      "default",
      "equal_components",
      "equal_themes",
      "socioeconomic_only",
      "without_bim_share",
      "without_cpas_share",
      "without_unemployment_rate",
      "without_median_income",
      "without_share_80_plus",
    ]);
  });

  it("publishes 65+ living alone under one definition only: the 2001-2024 series, not the 2025 block", () => {
    // Quartier 2 has the series (2024, no flag); quartier 1 only had a 2025 value of another definition.
    expect(value("quartier", "2", "share_65_alone")).toMatchObject({ year: 2024, flag: null });
    expect(value("quartier", "1", "share_65_alone")).toMatchObject({ year: 2024, value: null, flag: "missing" });
    expect(output.quality.find((n) => n.territory_code === "1" && n.indicator_id === "share_65_alone")).toMatchObject({
      source_id: "ibsa-monitoring-export",
      issue: "definition_break",
    });
    expect(output.definitions.find((d) => d.id === "share_65_alone")!.year).toBe(2024);
  });

  it("marks unranked quartiers instead of giving them a number", () => {
    expect(value("quartier", "905", "fragility_index")).toMatchObject({ value: null, flag: "not_applicable" });
    expect(value("quartier", "115", "fragility_index")).toMatchObject({ value: null, flag: "incomplete_data" });
    expect(output.quality.filter((n) => n.territory_code === "115").map((n) => n.issue)).toContain("incomplete_data");
  });
});

describe("rebuiltComponent(context, model, components, id, level)", () => {
  it("rebuilds a component once per model and components, BIM as the residents-weighted mean of its quartier rates", () => {
    const bim = rebuiltComponent(context, model, components, "bim_share", "commune");
    expect(rebuiltComponent(context, model, components, "bim_share", "commune")).toBe(bim);
    const weighted = aggregateQuartierValues(
      model,
      "commune",
      new Map([...components.get("bim_share")!].map(([code, v]) => [code, v.value])),
    );
    for (const [code, rebuilt] of bim) {
      const mean = weighted.get(code)!;
      expect(rebuilt).toEqual({ value: mean.value, numerator: null, denominator: mean.covered, flag: rebuilt!.flag });
    }
    expect(() => rebuiltComponent(context, model, components, "bim_share", "sector")).toThrow(
      "no rebuilt bim_share at level sector",
    );
  });
});
