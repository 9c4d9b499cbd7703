import { describe, expect, it } from "vitest";
import { languages } from "../../../../src/core/languages.ts";
import { flagTokens, isRankable, MIN_RESIDENTS } from "../../../../src/core/reliability.ts";
import { questionSql, type QuestionIndicator } from "../../../../src/lib/explorer/guided-question.ts";
import { orderRows, summarize, wordsFor, type ValueRow } from "../../../../src/lib/indicator/page.ts";
import { choropleth } from "../../../../src/lib/map/choropleth.ts";
import { TOO_FEW_RESIDENTS_FILL } from "../../../../src/lib/map/color-scale.ts";
import { renderMapSvg } from "../../../../src/lib/map/svg.ts";
import { compareWithRegion } from "../../../../src/lib/profile/compare.ts";

describe("isRankable(flag) and flagTokens(flag)", () => {
  it("keeps values flagged by the small-number rule out of rankings, whatever else the flag says", () => {
    expect(isRankable(null)).toBe(true);
    expect(isRankable("partial_source")).toBe(true);
    expect(isRankable("small_denominator")).toBe(false);
    expect(isRankable("partial_source;non_residential")).toBe(false);
    expect(flagTokens("partial_source;small_denominator")).toEqual(["partial_source", "small_denominator"]);
  });
});

// Four residential quartiers and a park whose 4 residents give it the "best" share.
const codes = ["a", "b", "c", "d", "park"];
const values = [10, 20, 30, 40, 100];
const flags = [null, null, "partial_source", null, "non_residential;small_denominator"];

describe("choropleth(input) with values the small-number rule flags", () => {
  const map = choropleth({
    codes,
    names: codes,
    values,
    flags,
    polarity: "higher_is_better",
    format: (v) => `${v} %`,
    text: {
      tooltip: (name, value) => `${name}: ${value}`,
      noData: "No data",
      notApplicable: "Not applicable",
      tooFewResidents: "Too few residents",
      count: (n) => `${n} areas`,
    },
  });

  it("hatches the park, labels it and cuts the classes on the ranked values only", () => {
    expect(map.fills.get("park")).toBe(TOO_FEW_RESIDENTS_FILL);
    expect(map.labels.get("park")).toBe("park: 100 % (Too few residents)");
    expect(map.legend!.breaks.every((b) => b <= 40)).toBe(true);
    expect(map.legendItems.at(-1)).toEqual({ fill: TOO_FEW_RESIDENTS_FILL, label: "Too few residents (1 areas)" });
    expect(map.fills.get("c")).not.toBe(TOO_FEW_RESIDENTS_FILL);
  });

  it("hatches a rate withheld for too few residents the same way", () => {
    const withheld = choropleth({
      codes: ["a", "royal"],
      names: ["a", "Royal"],
      values: [4, null],
      flags: [null, "suppressed_small_denominator"],
      polarity: "higher_is_better",
      format: (v) => `${v}`,
      text: {
        tooltip: (name, value) => `${name}: ${value}`,
        noData: "No data",
        notApplicable: "Not applicable",
        tooFewResidents: "Too few residents",
        count: (n) => `${n} areas`,
      },
    });
    expect(withheld.fills.get("royal")).toBe(TOO_FEW_RESIDENTS_FILL);
    expect(withheld.labels.get("royal")).toBe("Royal: Too few residents");
  });

  it("defines the hatching in the SVG only when an area uses it", () => {
    const areas = codes.map((code) => ({ code, d: "M0 0h1v1z", fill: map.fills.get(code)!, label: code }));
    expect(renderMapSvg({ id: "m", title: "t", description: "d", areas })).toContain('id="pattern-too-few-residents"');
    expect(renderMapSvg({ id: "m", title: "t", description: "d", areas: areas.slice(0, 4) })).not.toContain(
      "pattern-too-few-residents",
    );
  });
});

describe("orderRows(rows, direction, language) and summarize(rows, language)", () => {
  const rows: ValueRow[] = codes.map((code, i) => ({
    code,
    name: code,
    value: values[i]!,
    year: 2024,
    flag: flags[i]!,
  }));
  rows.push({ code: "none", name: "none", value: null, year: 2024, flag: "no_residents" });

  it("puts the ranked values worst first, then the flagged ones, then the missing", () => {
    expect(orderRows(rows, "ascending", "en").map((r) => r.code)).toEqual(["a", "b", "c", "d", "park", "none"]);
    expect(orderRows(rows, "descending", "en").map((r) => r.code)).toEqual(["d", "c", "b", "a", "park", "none"]);
  });

  it("summarises the ranked values only", () => {
    const summary = summarize(rows, "en")!;
    expect([summary.count, summary.lowest.code, summary.highest.code]).toEqual([4, "a", "d"]);
  });
});

describe("compareWithRegion(value, region, polarity, unit, intervalVerdict)", () => {
  it("takes the interval's verdict where there is one, and says similar when the interval contains the region", () => {
    // 60.79 % against 70 %: more than 5 % apart, yet "similar" when the published interval says so.
    expect(compareWithRegion(60.79, 70, "higher_is_better", "percent", "similar")).toBe("similar");
    expect(compareWithRegion(22.19, 23, "higher_is_better", "percent", "worse")).toBe("worse");
  });

  it("falls back on the point rule without an interval, and never judges a neutral indicator", () => {
    expect(compareWithRegion(60.79, 70, "higher_is_better", "percent", null)).toBe("worse");
    expect(compareWithRegion(8, 10, "neutral", "percent", "lower")).toBe("not_compared");
    expect(compareWithRegion(null, 10, "higher_is_better", "percent", "similar")).toBe("not_compared");
  });
});

describe("questionSql(question, level, known, nameColumn)", () => {
  it("leaves values the small-number rule flags out of the worst share", () => {
    const known = new Map<string, QuestionIndicator>([
      ["a", { id: "a", polarity: "higher_is_worse" }],
      ["b", { id: "b", polarity: "higher_is_worse" }],
    ]);
    const sql = questionSql(
      { first: "a", worstPercent: 20, second: "b", comparison: "lt", threshold: 90 },
      "quartier",
      known,
      "name_en",
    );
    expect(sql).toContain(
      "AND NOT regexp_matches(coalesce(flag, ''), '(^|;)(small_denominator|suppressed_small_denominator|non_residential)(;|$)')",
    );
  });
});

describe("the site's words for the rule", () => {
  it("state the threshold the pipeline applies, in every language", () => {
    const thresholds = { fr: "1 000", nl: "1.000", en: "1,000" } as const;
    expect(MIN_RESIDENTS).toBe(1000);
    for (const language of languages) {
      for (const key of ["flag.small_denominator", "indicators.flag.small_denominator"]) {
        const [prefix, code] = [key.slice(0, key.lastIndexOf(".")), key.slice(key.lastIndexOf(".") + 1)];
        expect(wordsFor(language, prefix, code)).toContain(thresholds[language]);
      }
    }
  });
});
