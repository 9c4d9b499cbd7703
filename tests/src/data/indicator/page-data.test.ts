import { existsSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultOutDir } from "../../../../scripts/lib/paths.ts";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { languages } from "../../../../src/core/languages.ts";
import { flagTokens, isRankable } from "../../../../src/core/reliability.ts";
import { hasWords } from "../../../../src/lib/indicator/page.ts";
import { distributionStaticPaths, indicatorStaticPaths } from "../../../../src/data/static-paths.ts";
import {
  distributionCsv,
  distributionLevelOf,
  mapLevelOf,
  mappedLevels,
  parameterRows,
  qualityRows,
  regionRow,
  valueRows,
} from "../../../../src/data/indicator/page-data.ts";
import { readCsvTable } from "../../../../src/data/observatory-data.ts";
import { indicator, indicators } from "../../../../src/data/site-data.ts";

// These tests read the published tables (public/data); on a fresh checkout, publish them first.
beforeAll(async () => {
  if (!existsSync(join(defaultOutDir, "manifest.json"))) await runPipeline();
});

describe("levels shown on an indicator page", () => {
  it("maps and charts quartiers when the indicator has them", () => {
    expect(mapLevelOf("fragility_index")).toBe("quartier");
    expect(distributionLevelOf("fragility_index")).toBe("quartier");
    expect(mappedLevels("fragility_index")).toEqual(["quartier", "commune", "bassin"]);
  });
  it("falls back to the finest level the indicator has", () => {
    expect(mapLevelOf("distance_pharmacy_m")).toBe("sector");
    expect(distributionLevelOf("distance_pharmacy_m")).toBe("sector");
    expect(mapLevelOf("population_official")).toBe("commune");
  });
  it("has no level at all for an indicator that is not available", () => {
    expect(mapLevelOf("gp_access_2sfca")).toBeUndefined();
    expect(distributionLevelOf("gp_access_2sfca")).toBeUndefined();
  });
});

describe("valueRows(indicator, level, language)", () => {
  it("lists all 145 quartiers, the most fragile first, the quartiers without a value last", () => {
    const rows = valueRows(indicator("fragility_index"), "quartier", "fr");
    expect(rows).toHaveLength(145);
    const values = rows.map((r) => r.value);
    const present = values.filter((v): v is number => v !== null);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.slice(present.length).every((v) => v === null)).toBe(true);
    expect(rows[0]!.value).toBe(1);
  });
  it("puts the lowest ranked share within 500 m of a pharmacy first (higher is better), flagged values after", () => {
    const rows = valueRows(indicator("share_within_500m_pharmacy"), "quartier", "en").filter((r) => r.value !== null);
    const ranked = rows.filter((r) => isRankable(r.flag));
    expect(rows[0]!.value).toBe(Math.min(...ranked.map((r) => r.value!)));
    expect(rows.slice(ranked.length).every((r) => !isRankable(r.flag))).toBe(true);
  });
  it("gives the regional value when the indicator has one", () => {
    expect(regionRow(indicator("bim_share"), "nl")?.code).toBe("04000");
    expect(regionRow(indicator("fragility_index"), "nl")).toBeUndefined();
  });
});

describe("notes and parameters of an indicator", () => {
  it("counts the data-quality notes that concern it", () => {
    expect(qualityRows("bim_share").some((n) => n.indicator_id === "bim_share" && n.territory_code === "6")).toBe(true);
    expect(qualityRows("gp_access_2sfca").some((n) => n.issue === "supply_not_available")).toBe(true);
  });
  it("gives the GP method's parameters to a GP indicator", () => {
    expect(parameterRows("gp_access_2sfca").map((p) => p.parameter)).toContain("catchment_m");
    // The population family's parameters: its plausibility limit, then the inferred commune or
    // Bruxelles-Ville part → bassin assignments, on which every bassin population rests.
    const population = parameterRows("population").map((p) => p.parameter);
    expect(population[0]).toBe("min_sector_share_of_official");
    expect(population.slice(1)).toEqual(expect.arrayContaining(["bassin_of_21004C", "bassin_of_21015"]));
    expect(population.slice(1).every((parameter) => String(parameter).startsWith("bassin_of_"))).toBe(true);
  });
});

describe("distributionCsv(indicator, language)", () => {
  it("holds the values the chart shows, then the region's", () => {
    const rows = Papa.parse<Record<string, string>>(distributionCsv("bim_share", "en").replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.at(-1)).toMatchObject({ level: "region", code: "04000", indicator_id: "bim_share" });
    expect(rows.slice(0, -1).every((r) => r.level === "quartier" && r.value !== "")).toBe(true);
    expect(rows.every((r) => r.sources === indicator("bim_share").sources.join(";"))).toBe(true);
  });
});

describe("routes", () => {
  it("give a page to every indicator in every language, and a CSV only to published ones", () => {
    expect(indicatorStaticPaths()).toHaveLength(indicators().length * languages.length);
    const withCsv = new Set(distributionStaticPaths().map((r) => r.params.indicator));
    expect(withCsv.has("fragility_index")).toBe(true);
    expect(withCsv.has("gp_access_2sfca")).toBe(false);
  });
});

describe("words for the codes in the published tables", () => {
  // A flag holds one or more tokens joined by ";" (src/core/reliability.ts): each needs words.
  const used = (table: string, column: string) => [
    ...new Set(
      readCsvTable(table)
        .flatMap((r) => (column === "flag" ? flagTokens(r[column]) : [r[column]!]))
        .filter(Boolean),
    ),
  ];
  it.each([
    ["indicators.flag", "indicators", "flag"],
    ["flag", "indicators", "flag"],
    ["indicators.issue", "data_quality", "issue"],
    ["indicators.unit", "indicator_catalog", "unit"],
    ["indicators.family", "indicator_catalog", "family"],
    ["indicators.parameterStatus", "method_parameters", "status"],
  ])("%s covers every %s.%s in every language", (prefix, table, column) => {
    for (const language of languages) {
      expect(
        used(table, column).filter((code) => !hasWords(language, prefix, code)),
        language,
      ).toEqual([]);
    }
  });
});
