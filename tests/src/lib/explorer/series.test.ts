import { describe, expect, it } from "vitest";
import {
  breakAt,
  comparable,
  comparableBefore,
  comparableSegments,
  lastComparablePair,
  seriesColumn,
  type SeriesData,
} from "../../../../src/lib/explorer/series.ts";

const series: SeriesData = {
  indicator: "bim_share",
  level: "quartier",
  years: [2015, 2018, 2020, 2023, 2025],
  breaks: [{ year: 2025, kind: "definition" }],
  values: { A1: [10, 11, 12, 13, 20], B2: [null, 5, 6, 7, 9] },
  flags: { A1: [null, null, null, null, null], B2: [null, null, "too_few_residents", null, null] },
  region: [8, 9, 10, 11, 15],
};

describe("comparableSegments(series)", () => {
  it("cuts the years at each break: the break year starts a new segment", () => {
    expect(comparableSegments(series)).toEqual([[2015, 2018, 2020, 2023], [2025]]);
    expect(comparableSegments({ years: [2010, 2011, 2012], breaks: [] })).toEqual([[2010, 2011, 2012]]);
    expect(comparableSegments({ years: [2010, 2011, 2012], breaks: [{ year: 2011, kind: "source" }] })).toEqual([
      [2010],
      [2011, 2012],
    ]);
    // A break in a year without values still cuts between the years around it.
    const gap = { years: [2010, 2012, 2013], breaks: [{ year: 2011, kind: "method" }] };
    expect(comparableSegments(gap)).toEqual([[2010], [2012, 2013]]);
    expect(breakAt(gap, 2012)).toEqual({ year: 2011, kind: "method" });
  });
});

describe("comparable(series, a, b) and comparableBefore(series, to)", () => {
  it("refuses pairs across a break and offers only earlier years of the same segment", () => {
    expect(comparable(series, 2015, 2023)).toBe(true);
    expect(comparable(series, 2023, 2025)).toBe(false);
    expect(comparableBefore(series, 2023)).toEqual([2015, 2018, 2020]);
    expect(comparableBefore(series, 2025)).toEqual([]);
    expect(comparableBefore(series, 2015)).toEqual([]);
  });
});

describe("breakAt(series, year) and lastComparablePair(series)", () => {
  it("names the break at a year, and the last segment's ends when it has two years or more", () => {
    expect(breakAt(series, 2025)).toEqual({ year: 2025, kind: "definition" });
    expect(breakAt(series, 2023)).toBeUndefined();
    expect(lastComparablePair(series)).toBeNull();
    expect(lastComparablePair({ ...series, breaks: [{ year: 2018, kind: "method" }] })).toEqual({
      from: 2018,
      to: 2025,
    });
  });
});

describe("seriesColumn(series, codes, year)", () => {
  it("gives one year's values and flags in the level's order, null for areas not in the file", () => {
    expect(seriesColumn(series, ["B2", "A1", "Z9"], 2020)).toEqual({
      values: [6, 12, null],
      flags: ["too_few_residents", null, null],
    });
  });

  it("refuses a year the series does not have", () => {
    expect(() => seriesColumn(series, ["A1"], 2019)).toThrow("bim_share by quartier has no year 2019");
  });
});
