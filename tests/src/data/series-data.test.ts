import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Purpose-built tables in tests/input/published-series/: two indicators over several years.
process.env.OBSERVATORY_DATA_DIR = join(import.meta.dirname, "../../input/published-series");
let data: typeof import("../../../src/data/observatory-data.ts");
let site: typeof import("../../../src/data/site-data.ts");
beforeAll(async () => {
  data = await import("../../../src/data/observatory-data.ts");
  site = await import("../../../src/data/site-data.ts");
});
afterAll(() => {
  delete process.env.OBSERVATORY_DATA_DIR;
});

describe("headline year of the long table", () => {
  it("pages read the catalogue's reference year, not the latest row, nor a year after it", () => {
    const cells = site.levelValues("quartier").get("rate")!;
    expect(cells.get("1")).toMatchObject({ value: 14, year: 2024 });
    // A reference-year row without a value is still the headline row (it says why it is missing).
    expect(cells.get("2")).toMatchObject({ value: null, year: 2024, flag: "missing" });
    expect(site.levelValues("quartier").get("index")!.get("1")).toMatchObject({ value: 0.7, year: 2025 });
    expect(site.levelValues("region").get("rate")!.get("04000")).toMatchObject({ value: 13, year: 2024 });
  });

  it("one headline row per level, territory and indicator", () => {
    const keys = data.headlineIndicatorRows().map((r) => `${r.level}/${r.territory_code}/${r.indicator_id}`);
    expect(keys.toSorted()).toEqual(["quartier/1/index", "quartier/1/rate", "quartier/2/rate", "region/04000/rate"]);
  });
});

describe("indicatorSeries(level, indicatorId)", () => {
  it("gives every year of the level, a value or null per territory and year, the region beside, the breaks inside the years", () => {
    expect(data.indicatorSeries("quartier", "rate")).toEqual({
      indicator: "rate",
      level: "quartier",
      years: [2020, 2022, 2024, 2025],
      breaks: [
        { year: 2021, kind: "source" },
        { year: 2025, kind: "definition" },
      ],
      values: { "1": [10, 12, 14, 30], "2": [null, 8, null, null], "3": [null, null, null, null] },
      flags: {
        "1": [null, null, null, null],
        "2": [null, "latest_available_year", "missing", null],
        "3": [null, null, null, null],
      },
      region: [null, 11, 13, null],
    });
  });

  it("leaves out breaks outside the level's years, and is null where the indicator has no row", () => {
    expect(data.indicatorSeries("quartier", "index")!.breaks).toEqual([{ year: 2025, kind: "method" }]);
    expect(data.indicatorSeries("region", "index")).toBeNull();
  });
});

describe("indicatorTrend(level, code, indicatorId)", () => {
  it("returns the indicator_trends row of the area, typed", () => {
    expect(data.indicatorTrend("quartier", "1", "rate")).toEqual({
      level: "quartier",
      territory_code: "1",
      indicator_id: "rate",
      from_year: 2022,
      to_year: 2024,
      value_from: 12,
      value_to: 14,
      change_abs: 2,
      change_rel_pct: 16.67,
      slope_per_year: 1,
      slope_low: null,
      slope_high: null,
      n_years: 2,
      direction: "no_clear_change",
    });
    expect(data.indicatorTrend("quartier", "2", "rate")).toBeUndefined();
  });
});
