import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Area } from "../../../../src/data/profile/territory.ts";

// Purpose-built tables in tests/input/published-charts/: one share over four years with a source
// break in 2022 and a definition break in 2025, three quartiers, a bassin and the region.
process.env.OBSERVATORY_DATA_DIR = join(import.meta.dirname, "../../../input/published-charts");
let view: typeof import("../../../../src/data/indicator/series-view.ts");
let series: typeof import("../../../../src/data/indicator/series.ts");
let trend: typeof import("../../../../src/data/profile/trend.ts");
beforeAll(async () => {
  view = await import("../../../../src/data/indicator/series-view.ts");
  series = await import("../../../../src/data/indicator/series.ts");
  trend = await import("../../../../src/data/profile/trend.ts");
});
afterAll(() => {
  delete process.env.OBSERVATORY_DATA_DIR;
});

const area = (code: string): Area => ({
  level: "quartier",
  code,
  name: { fr: code, nl: code, en: code },
  population: 1000,
  type: "residential",
  communes: [],
  bassins: ["B1"],
  region: "04000",
});

describe("keyTrend(area, indicatorId, withBenchmarks)", () => {
  it("puts the bassin's and the region's values on the quartier's years, with the breaks and the trend row", () => {
    expect(trend.keyTrend(area("1"), "rate", true)).toEqual({
      years: [2020, 2022, 2024, 2025],
      breaks: [
        { year: 2021, kind: "source" },
        { year: 2025, kind: "definition" },
      ],
      area: [10, 12, 14, 30],
      bassin: [null, 11.5, 12.5, null],
      region: [null, 11, 13, null],
      trend: expect.objectContaining({ from_year: 2022, to_year: 2024, direction: "no_clear_change" }),
    });
  });
  it("compares a bassin with the region only", () => {
    const bassin: Area = { ...area("B1"), level: "bassin", bassins: [] };
    expect(trend.keyTrend(bassin, "rate", true)).toMatchObject({
      years: [2022, 2024],
      area: [11.5, 12.5],
      bassin: null,
      region: [11, 13],
    });
  });
  it("draws only the quartier's line for an indicator ranked within its level", () => {
    expect(trend.keyTrend(area("1"), "rate", false)).toMatchObject({ bassin: null, region: null });
  });
  it("has no trend with fewer than two values", () => {
    expect(trend.keyTrend(area("2"), "rate", true)).toBeUndefined();
    expect(trend.keyTrend(area("3"), "rate", true)).toBeUndefined();
    expect(trend.keyTrend(area("1"), "unknown", true)).toBeUndefined();
  });
});

describe("trendAt(level, code, indicatorId)", () => {
  it("refuses a direction it has no words for, naming the row", () => {
    expect(() => series.trendAt("quartier", "3", "rate")).toThrow(
      'indicator_trends: unknown direction "sideways" for quartier 3 rate',
    );
    expect(series.trendAt("quartier", "2", "rate")).toBeUndefined();
  });
});

describe("seriesView(id, language)", () => {
  it("shows the quartiers by name with the region, the last comparable pair for the slope, the years in the source line", () => {
    const v = view.seriesView("rate", "en")!;
    expect(v.level).toBe("quartier");
    expect(v.data.rows.map((r) => r.name)).toEqual(["One", "Three", "Two"]);
    expect(v.data.region).toEqual({ code: "04000", name: "Region", values: [null, 11, 13, null] });
    expect([v.slope.from, v.slope.to]).toEqual([2022, 2024]);
    expect(v.slope.breakNote).toBeNull();
    expect(v.sourceLine).toBe("Rate, 2020–2025 · Source: Publisher (2024)");
    expect(v.lineSvg).toContain('aria-label="Rate, 2020–2025: neighbourhoods and region"');
    expect(view.seriesLevelOf("unknown")).toBeUndefined();
    expect(view.indicatorsWithSeries(["rate", "unknown"])).toEqual(["rate"]);
  });

  it("gives the line chart's CSV with one column per year and the slope chart's with the change", () => {
    expect(view.seriesCsv("rate", "fr")).toBe(
      "level,code,name,indicator_id,2020,2022,2024,2025\r\n" +
        "quartier,2,Deux,rate,,8,,\r\n" +
        "quartier,3,Trois,rate,,,5,\r\n" +
        "quartier,1,Un,rate,10,12,14,30\r\n" +
        "region,04000,Région,rate,,11,13,\r\n",
    );
    expect(view.slopeCsv("rate", "en")).toBe(
      "level,code,name,indicator_id,year_from,value_from,year_to,value_to,change,comparable\r\n" +
        "quartier,1,One,rate,2022,12,2024,14,2,true\r\n" +
        "quartier,3,Three,rate,2022,,2024,5,,true\r\n" +
        "quartier,2,Two,rate,2022,8,2024,,,true\r\n" +
        "region,04000,Region,rate,2022,11,2024,13,2,true\r\n",
    );
  });
});
