import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry } from "../../../../src/lib/client-data.ts";
import { comparisonCsv } from "../../../../src/lib/compare/csv.ts";
import type { CompareCell, CompareLevelData } from "../../../../src/lib/compare/data.ts";
import { comparisonTable, resolveArea } from "../../../../src/lib/compare/table.ts";
import Papa from "papaparse";

const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

const entry = (
  id: string,
  family: string,
  unit: string,
  polarity: ClientCatalogEntry["polarity"],
): ClientCatalogEntry => ({
  id,
  family,
  label: { fr: `${id} fr`, nl: `${id} nl`, en: `${id} en` },
  unit,
  polarity,
  year: 2024,
  levels: [],
  status: "published",
  citation: { fr: "Éditeur (2024)", nl: "Uitgever (2024)", en: "Publisher (2024)" },
});
const catalog = [
  entry("rate", "fragility", "percent", "higher_is_worse"),
  entry("fragility_index", "fragility", "rank_0_1", "higher_is_worse"),
  entry("pharmacy", "coverage", "percent", "higher_is_better"),
  { ...entry("gp_supply", "gp", "per_1000", "higher_is_better"), status: "not_available" as const },
];
const cell = (v: number | null, extra: Partial<CompareCell> = {}): CompareCell => ({
  v,
  y: 2024,
  f: null,
  lo: null,
  hi: null,
  rc: null,
  ...extra,
});
const order = ["pharmacy", "gp_supply", "rate", "fragility_index"];
const quartiers: CompareLevelData = {
  level: "quartier",
  codes: ["1", "2"],
  names: { fr: ["Un", "Deux"], nl: ["Een", "Twee"], en: ["One", "Two"] },
  order,
  cells: {
    rate: [cell(30, { lo: 28, hi: 32, rc: "worse" }), cell(null, { f: "suppressed_small_denominator" })],
    fragility_index: [cell(0.9), cell(0.2)],
    pharmacy: [cell(90), cell(40)],
  },
  fragilityRank: { ranks: [3, null], pool: 115 },
};
const region: CompareLevelData = {
  level: "region",
  codes: ["04000"],
  names: { fr: ["Région"], nl: ["Gewest"], en: ["Region"] },
  order,
  cells: { rate: [cell(20)], pharmacy: [cell(85)] },
};

const one = resolveArea({ level: "quartier", code: "1" }, quartiers)!;
const two = resolveArea({ level: "quartier", code: "2" }, quartiers)!;
const theRegion = resolveArea({ level: "region", code: null }, region)!;

describe("comparisonTable(areas, region, catalog, reference)", () => {
  it("groups rows by family in the families' order, leaves out unpublished indicators, adds the region as reference", () => {
    const table = comparisonTable([one, two], theRegion, catalog, "region");
    expect(table.columns.map((c) => c.code)).toEqual(["1", "2", "04000"]);
    expect(table.referenceKey).toBe("region");
    expect(table.groups.map((g) => [g.family, g.rows.map((r) => r.indicator.id)])).toEqual([
      ["fragility", ["rate", "fragility_index"]],
      ["coverage", ["pharmacy"]],
    ]);
    const rate = table.groups[0]!.rows[0]!;
    expect(rate.cells.map((c) => c.verdict)).toEqual([
      { verdict: "worse", reason: "interval" },
      { verdict: "not_compared", reason: "missing" },
      "reference",
    ]);
    const index = table.groups[0]!.rows[1]!;
    expect(index.cells.map((c) => c.rank)).toEqual([{ rank: 3, pool: 115 }, null, null]);
    // No region value: the index is a rank within the level, and the region is not a quartier.
    expect(index.cells[0]!.verdict).toEqual({ verdict: "not_compared", reason: "other_level" });
  });

  it("against the first area, compares the others with it and adds no region column", () => {
    const table = comparisonTable([one, two], theRegion, catalog, "first");
    expect(table.columns.map((c) => c.code)).toEqual(["1", "2"]);
    expect(table.referenceKey).toBe("quartier:1");
    const index = table.groups[0]!.rows[1]!;
    expect(index.cells.map((c) => c.verdict)).toEqual(["reference", { verdict: "better", reason: "point" }]);
    const pharmacy = table.groups[1]!.rows[0]!;
    expect(pharmacy.cells[1]!.verdict).toEqual({ verdict: "worse", reason: "point" });
  });

  it("does not resolve a code the level does not publish", () => {
    expect(resolveArea({ level: "quartier", code: "999" }, quartiers)).toBeNull();
  });
});

describe("comparisonCsv(table, language)", () => {
  it("writes one line per indicator and area, exactly the cells of the table", () => {
    const table = comparisonTable([one, two], theRegion, catalog, "region");
    const rows = parseCsv(comparisonCsv(table, "en"));
    expect(rows).toHaveLength(3 * 3);
    expect(rows[0]).toEqual({
      family: "fragility",
      indicator_id: "rate",
      indicator: "rate en",
      unit: "percent",
      polarity: "higher_is_worse",
      level: "quartier",
      code: "1",
      name: "One",
      year: "2024",
      value: "30",
      flag: "",
      ci_low: "28",
      ci_high: "32",
      rank: "",
      rank_of: "",
      reference: "region",
      comparison: "worse",
      comparison_basis: "interval",
      sources: "Publisher (2024)",
    });
    expect(rows[1]).toMatchObject({
      code: "2",
      value: "",
      flag: "suppressed_small_denominator",
      comparison: "not_compared",
    });
    expect(rows[2]).toMatchObject({ level: "region", code: "04000", value: "20", comparison: "reference" });
    expect(rows.find((r) => r.indicator_id === "fragility_index" && r.code === "1")).toMatchObject({
      rank: "3",
      rank_of: "115",
    });
    expect(rows.find((r) => r.indicator_id === "fragility_index" && r.code === "04000")).toMatchObject({
      flag: "not_published_at_level",
      value: "",
      comparison: "",
      comparison_basis: "",
    });
  });
});
