import { describe, expect, it } from "vitest";
import {
  withSeriesBreaks,
  catalogueBreaks,
  multiYear,
  yearRanges,
} from "../../../../scripts/indicators/series/breaks.ts";
import { directionOf, lastComparableSegment, trendRows } from "../../../../scripts/indicators/series/trends.ts";
import type { IndicatorValue } from "../../../../scripts/indicators/indicator-model.ts";

const row = (indicator_id: string, year: number, value: number | null, flag: string | null = null): IndicatorValue => ({
  level: "quartier",
  territory_code: "1",
  indicator_id,
  year,
  value,
  numerator: null,
  denominator: null,
  flag,
});

describe("withSeriesBreaks(values, breaks)", () => {
  it("marks the first year after a declared break, on each area's own years, and nothing else", () => {
    const values = [row("a", 2019, 1), row("a", 2020, 2), row("a", 2023, 3), row("a", 2024, 4), row("b", 2023, 1)];
    const marked = withSeriesBreaks(values, [
      { indicator_id: "a", year: 2022, kind: "source", reason: { fr: "", nl: "", en: "" } },
      { indicator_id: "b", year: 2023, kind: "method", reason: { fr: "", nl: "", en: "" } },
    ]);
    // 2022 is not published: the break shows on the area's next year, 2023; b's first year has no previous one.
    expect(marked.map((v) => v.series_break)).toEqual([null, null, "source", null, null]);
  });

  it("lists the catalogue's breaks as year:kind in year order, null when none", () => {
    const breaks = [
      { indicator_id: "a", year: 2025, kind: "definition" as const, reason: { fr: "", nl: "", en: "" } },
      { indicator_id: "a", year: 2012, kind: "territorial" as const, reason: { fr: "", nl: "", en: "" } },
    ];
    expect(catalogueBreaks("a", breaks)).toBe("2012:territorial;2025:definition");
    expect(catalogueBreaks("b", breaks)).toBeNull();
  });

  it("gives each indicator's first and last year with a value, and the multi-year (indicator, level) pairs", () => {
    const values = [row("a", 2010, null), row("a", 2011, 1), row("a", 2015, 2), row("b", 2020, 1)];
    expect(yearRanges(values)).toEqual(
      new Map([
        ["a", { first: 2011, last: 2015 }],
        ["b", { first: 2020, last: 2020 }],
      ]),
    );
    expect(multiYear(values)).toEqual(new Set(["a/quartier"]));
  });
});

describe("trendRows(values, polarityOf, withSeries)", () => {
  const polarity = () => "higher_is_worse" as const;

  it("measures a rising series of a higher-is-worse indicator as worsened, with its change and slope", () => {
    const values = withSeriesBreaks(
      [2010, 2011, 2012, 2013, 2014].map((y, i) => row("a", y, 10 + 2 * i)),
      [],
    );
    expect(trendRows(values, polarity, new Set(["a/quartier"]))).toEqual([
      {
        level: "quartier",
        territory_code: "1",
        indicator_id: "a",
        from_year: 2010,
        to_year: 2014,
        value_from: 10,
        value_to: 18,
        change_abs: 8,
        change_rel_pct: 80,
        slope_per_year: 2,
        slope_low: 2,
        slope_high: 2,
        n_years: 5,
        direction: "worsened",
      },
    ]);
  });

  it("starts after the last break and skips the years without a value", () => {
    const values = withSeriesBreaks(
      [
        row("a", 2010, 50),
        row("a", 2011, 60),
        row("a", 2012, 10),
        row("a", 2013, null),
        row("a", 2014, 8),
        row("a", 2015, 7),
      ],
      [{ indicator_id: "a", year: 2012, kind: "definition", reason: { fr: "", nl: "", en: "" } }],
    );
    const [trend] = trendRows(values, polarity, new Set(["a/quartier"]));
    expect(trend).toMatchObject({
      from_year: 2012,
      to_year: 2015,
      value_from: 10,
      value_to: 7,
      change_abs: -3,
      n_years: 3,
    });
    expect(trend!.change_rel_pct).toBe(-30);
    expect(trend!.slope_per_year).toBe(-1);
  });

  it("falls back to the latest run of two or more years when a method starts in the last year", () => {
    const values = withSeriesBreaks(
      [row("a", 2010, 1), row("a", 2011, 2), row("a", 2012, 3), row("a", 2025, 0.5)],
      [{ indicator_id: "a", year: 2025, kind: "method", reason: { fr: "", nl: "", en: "" } }],
    );
    expect(lastComparableSegment(values).map((v) => v.year)).toEqual([2010, 2011, 2012]);
  });

  it("claims no clear change with ties that leave 0 in the interval, with two years, or on small numbers", () => {
    const flat = withSeriesBreaks([row("a", 2010, 5), row("a", 2011, 5), row("a", 2012, 6), row("a", 2013, 5)], []);
    expect(trendRows(flat, polarity, new Set(["a/quartier"]))[0]!.direction).toBe("no_clear_change");
    const two = withSeriesBreaks([row("a", 2010, 5), row("a", 2011, 9)], []);
    expect(trendRows(two, polarity, new Set(["a/quartier"]))[0]).toMatchObject({
      n_years: 2,
      slope_per_year: 4,
      slope_low: null,
      direction: "no_clear_change",
    });
    const small = withSeriesBreaks(
      [1, 2, 3, 4, 5].map((v, i) => row("a", 2010 + i, v, i === 2 ? "small_denominator" : null)),
      [],
    );
    expect(trendRows(small, polarity, new Set(["a/quartier"]))[0]!.direction).toBe("no_clear_change");
  });

  it("leaves out single-year indicators and areas with no value at all; a zero start has no relative change", () => {
    const values = withSeriesBreaks([row("a", 2010, 0), row("a", 2011, 1), row("a", 2012, 2), row("b", 2020, 3)], []);
    const rows = trendRows(values, polarity, new Set(["a/quartier"]));
    expect(rows.map((r) => r.indicator_id)).toEqual(["a"]);
    expect(rows[0]!.change_rel_pct).toBeNull();
    const empty = withSeriesBreaks([row("a", 2010, null), row("a", 2011, null)], []);
    expect(trendRows(empty, polarity, new Set(["a/quartier"]))).toEqual([]);
  });
});

describe("directionOf(polarity, years, small, low, high)", () => {
  it("reads the interval by polarity, and gives no direction to a neutral indicator", () => {
    expect(directionOf("higher_is_better", 5, false, 0.1, 0.3)).toBe("improved");
    expect(directionOf("higher_is_better", 5, false, -0.3, -0.1)).toBe("worsened");
    expect(directionOf("higher_is_worse", 5, false, -0.3, -0.1)).toBe("improved");
    expect(directionOf("higher_is_worse", 5, false, -0.3, 0)).toBe("no_clear_change");
    expect(directionOf("neutral", 5, false, 0.1, 0.3)).toBeNull();
  });
});
