import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import type { TrendRow } from "../../../../src/lib/indicator/series.ts";
import { signedChange, sparklineAlt, trendSentence } from "../../../../src/lib/profile/trend.ts";

// Intl writes (narrow) no-break spaces inside numbers and units.
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ");

const row = (over: Partial<TrendRow>): TrendRow => ({
  level: "quartier",
  territory_code: "16",
  indicator_id: "bim_share",
  from_year: 2010,
  to_year: 2024,
  value_from: 18.1,
  value_to: 21.3,
  change_abs: 3.2,
  change_rel_pct: 17.7,
  slope_per_year: 0.21,
  slope_low: 0.15,
  slope_high: 0.3,
  n_years: 15,
  direction: "worsened",
  ...over,
});

describe("trendSentence(t, language, trend, unit)", () => {
  it("words a worsening share in percentage points with both years and values, in three languages", () => {
    expect(plain(trendSentence(createTranslator("en"), "en", row({}), "percent"))).toBe(
      "Worsened since 2010: +3.2 percentage points (18.1% in 2010, 21.3% in 2024).",
    );
    expect(plain(trendSentence(createTranslator("fr"), "fr", row({}), "percent"))).toBe(
      "En dégradation depuis 2010 : +3,2 points de pourcentage (18,1 % en 2010, 21,3 % en 2024).",
    );
    expect(plain(trendSentence(createTranslator("nl"), "nl", row({}), "percent"))).toBe(
      "Verslechterd sinds 2010: +3,2 procentpunt (18,1% in 2010, 21,3% in 2024).",
    );
  });

  it("takes the verdict from the row's polarity-aware direction, not from the sign of the change", () => {
    // A median income that rose: higher is better, so the pipeline says "improved".
    const income = row({
      value_from: 18000,
      value_to: 20500,
      change_abs: 2500,
      direction: "improved",
      from_year: 2005,
      to_year: 2022,
    });
    expect(plain(trendSentence(createTranslator("en"), "en", income, "euros"))).toBe(
      "Improved since 2005: +€2,500 (€18,000 in 2005, €20,500 in 2022).",
    );
    // A share that fell but whose interval contains zero: no clear change, with the minus sign.
    const flat = row({
      value_from: 12.4,
      value_to: 12.1,
      change_abs: -0.3,
      direction: "no_clear_change",
      from_year: 2019,
    });
    expect(plain(trendSentence(createTranslator("en"), "en", flat, "percent"))).toBe(
      "No clear change since 2019: −0.3 percentage points (12.4% in 2019, 12.1% in 2024).",
    );
    expect(plain(trendSentence(createTranslator("fr"), "fr", flat, "percent"))).toBe(
      "Pas de changement net depuis 2019 : −0,3 points de pourcentage (12,4 % en 2019, 12,1 % en 2024).",
    );
  });

  it("says 'change' without a verdict for a neutral indicator (direction null)", () => {
    const neutral = row({ value_from: 5.2, value_to: 4.1, change_abs: -1.1, direction: null });
    expect(plain(trendSentence(createTranslator("nl"), "nl", neutral, "percent"))).toBe(
      "Verandering sinds 2010: −1,1 procentpunt (5,2% in 2010, 4,1% in 2024).",
    );
  });

  it("says nothing without two values or two years", () => {
    const t = createTranslator("en");
    expect(trendSentence(t, "en", row({ value_from: null }), "percent")).toBeNull();
    expect(trendSentence(t, "en", row({ from_year: 2024 }), "percent")).toBeNull();
  });

  it("computes the change from the values when the row has none", () => {
    const t = createTranslator("en");
    expect(plain(trendSentence(t, "en", row({ change_abs: null, direction: "worsened" }), "percent"))).toContain(
      "+3.2 percentage points",
    );
  });
});

describe("signedChange(t, language, change, unit)", () => {
  it("signs every unit and writes no sign for zero", () => {
    const t = createTranslator("en");
    expect(plain(signedChange(t, "en", -0.04, "rank_0_1"))).toBe("−0.04");
    expect(plain(signedChange(t, "en", 0, "percent"))).toBe("0.0 percentage points");
    expect(plain(signedChange(t, "en", 12, "metres"))).toBe("+12 m");
  });
});

describe("sparklineAlt(t, language, input)", () => {
  it("gives the years, each line's first and last values and the breaks", () => {
    const t = createTranslator("en");
    const alt = sparklineAlt(t, "en", {
      indicator: "BIM share",
      years: [2010, 2011, 2012],
      unit: "percent",
      lines: [
        { name: "Molenbeek", values: [null, 18.1, 21.3] },
        { name: "region", values: [15, 15.5, 16] },
        { name: "care area North", values: [null, null, null] },
      ],
      breaks: [{ year: 2012, kind: "definition" }],
    });
    expect(plain(alt)).toBe(
      "BIM share, 2010–2012: Molenbeek 18.1% in 2011, 21.3% in 2012; region 15.0% in 2010, 16.0% in 2012. " +
        "Break in the series in 2012 (new definition): the years before and after are not compared.",
    );
  });

  it("names a single value once", () => {
    const t = createTranslator("fr");
    const alt = sparklineAlt(t, "fr", {
      indicator: "Part BIM",
      years: [2023, 2024],
      unit: "percent",
      lines: [{ name: "Anderlecht", values: [null, 20] }],
      breaks: [],
    });
    expect(plain(alt)).toBe("Part BIM, 2023–2024 : Anderlecht 20,0 % en 2024.");
  });
});
