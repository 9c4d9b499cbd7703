import { describe, expect, it } from "vitest";
import type { SeriesData } from "../../../../src/lib/explorer/series.ts";
import {
  hasTimeLines,
  lineAreas,
  timeLines,
  timeLinesChart,
  type LineArea,
} from "../../../../src/lib/explorer/time-lines.ts";
import { CHOSEN_COLOURS, REGION_STROKE } from "../../../../src/lib/indicator/line-chart.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";

/** Four years, a definition change in 2020 (2018 and 2020 cannot be joined), one gap, one area absent. */
const series: SeriesData = {
  indicator: "bim_share",
  level: "commune",
  years: [2016, 2018, 2020, 2022],
  breaks: [{ year: 2020, kind: "definition" }],
  values: {
    "21012": [40, 42, 30, 32],
    "21004": [30, null, 25, 26],
    "21001": [20, 21, 22, 23],
  },
  flags: {},
  region: [25, 26, 20, 21],
};
const ranked: LineArea[] = [
  { code: "21012", name: "Molenbeek-Saint-Jean" },
  { code: "21004", name: "Bruxelles" },
  { code: "21001", name: "Anderlecht" },
  { code: "21009", name: "Ixelles" },
];
const text = {
  title: "BIM share over time, 2016–2022, by communes",
  description: "The region in black dashes; in colour: Molenbeek-Saint-Jean, Bruxelles, Anderlecht.",
  format: (v: number) => `${v.toFixed(1)} %`,
  breakLabel: (b: { year: number; kind: string }) => `${b.year}: ${b.kind}`,
};

describe("lineAreas(ranked, selected, count)", () => {
  it("takes the first of the ranking when nothing is selected", () => {
    expect(lineAreas(ranked, null).map((a) => a.code)).toEqual(["21012", "21004", "21001"]);
    expect(lineAreas(ranked, null, 1).map((a) => a.code)).toEqual(["21012"]);
  });

  it("puts the selected area first and does not draw it twice", () => {
    expect(lineAreas(ranked, ranked[1]!).map((a) => a.code)).toEqual(["21004", "21012", "21001", "21009"]);
    expect(lineAreas(ranked, { code: "21015", name: "Schaerbeek" }, 2).map((a) => a.code)).toEqual([
      "21015",
      "21012",
      "21004",
    ]);
  });
});

describe("timeLines(series, areas, regionLabel)", () => {
  it("gives the region's line then one line per area with its values in the series' years", () => {
    const lines = timeLines(series, lineAreas(ranked, null), "Whole region");
    expect(lines).toEqual([
      { code: "region", label: "Whole region", values: [25, 26, 20, 21], kind: "region" },
      { code: "21012", label: "Molenbeek-Saint-Jean", values: [40, 42, 30, 32], kind: "chosen" },
      { code: "21004", label: "Bruxelles", values: [30, null, 25, 26], kind: "chosen" },
      { code: "21001", label: "Anderlecht", values: [20, 21, 22, 23], kind: "chosen" },
    ]);
  });

  it("draws an area absent from the series without values, and no region line without a region value", () => {
    const lines = timeLines({ ...series, region: [null, null, null, null] }, [ranked[3]!], "Whole region");
    expect(lines).toEqual([{ code: "21009", label: "Ixelles", values: [null, null, null, null], kind: "chosen" }]);
  });
});

describe("timeLinesChart(series, lines, text, regionName)", () => {
  const lines = timeLines(series, lineAreas(ranked, null), "Whole region");
  const chart = timeLinesChart(series, lines, text, "Brussels-Capital Region");

  it("stops every line at the break and at a gap: no segment joins 2018 to 2020", () => {
    const paths = (code: string) =>
      [
        ...new RegExp(`<g data-code="${code}" data-kind="\\w+">(.*?)</g>`)
          .exec(chart.svg)![1]!
          .matchAll(/<path d="([^"]+)"/g),
      ].map((m) => m[1]!.split("L").length);
    // Two points before the break, two after: two runs of two points each.
    expect(paths("region")).toEqual([2, 2]);
    expect(paths("21012")).toEqual([2, 2]);
    // 21004 has no 2018 value: 2016 alone (a dot), then 2020–2022.
    expect(paths("21004")).toEqual([2]);
    expect(chart.svg).toMatch(/<g data-code="21004" data-kind="chosen"><circle /);
    expect(chart.svg).toContain('<g data-break="2020">');
    expect(chart.svg).toContain(">2020: definition</text>");
  });

  it("draws the region in black dashes and the areas in the chosen colours, each named at its end", () => {
    expect(chart.svg).toContain(`stroke="${REGION_STROKE}" stroke-width="2.5" stroke-dasharray="7 3"`);
    for (const colour of CHOSEN_COLOURS.slice(0, 3)) expect(chart.svg).toContain(`stroke="${colour}"`);
    expect(chart.svg).not.toContain(`stroke="${CHOSEN_COLOURS[3]}"`);
    expect([...chart.svg.matchAll(/font-weight="700">([^<]+)</g)].map((m) => m[1])).toEqual([
      "Whole region 21.0 %",
      "Molenbeek-Saint… 32.0 %",
      "Bruxelles 26.0 %",
      "Anderlecht 23.0 %",
    ]);
    expect(chart.svg).toContain(`aria-label="${text.title}"`);
    expect(chart.svg).toContain('font-size="12"');
    expectSnapshot("explorer-time-lines", chart.svg);
  });

  it("gives the table alternative: the region by its full name, a cell per year, empty where missing", () => {
    expect(chart.table).toEqual({
      years: [2016, 2018, 2020, 2022],
      rows: [
        { code: "region", label: "Brussels-Capital Region", cells: ["25.0 %", "26.0 %", "20.0 %", "21.0 %"] },
        { code: "21012", label: "Molenbeek-Saint-Jean", cells: ["40.0 %", "42.0 %", "30.0 %", "32.0 %"] },
        { code: "21004", label: "Bruxelles", cells: ["30.0 %", "", "25.0 %", "26.0 %"] },
        { code: "21001", label: "Anderlecht", cells: ["20.0 %", "21.0 %", "22.0 %", "23.0 %"] },
      ],
    });
  });
});

describe("hasTimeLines(series, level)", () => {
  it("needs more than one published year at the level", () => {
    expect(hasTimeLines({ commune: { years: [2016, 2018] } }, "commune")).toBe(true);
    expect(hasTimeLines({ commune: { years: [2016] } }, "commune")).toBe(false);
    expect(hasTimeLines({ commune: { years: [2016, 2018] } }, "quartier")).toBe(false);
    expect(hasTimeLines(undefined, "commune")).toBe(false);
  });
});
