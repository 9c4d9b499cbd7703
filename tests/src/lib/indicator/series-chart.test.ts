import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import {
  breakX,
  fitLabel,
  frame,
  lineChartSvg,
  spreadLabels,
  withTitleAndSource,
} from "../../../../src/lib/indicator/line-chart.ts";
import {
  chartLines,
  renderLineChart,
  renderSlopeChart,
  type SeriesData,
} from "../../../../src/lib/indicator/series-chart.ts";
import { slopeChartSvg } from "../../../../src/lib/indicator/slope-chart.ts";
import { sparklineSvg } from "../../../../src/lib/profile/sparkline.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";

/** Six years, a definition break in 2024, a quartier with a missing year, the region. */
export const purposeBuilt: SeriesData = {
  indicator: "BIM share",
  unit: "percent",
  levelName: "quartier",
  levelPlural: "quartiers",
  years: [2019, 2020, 2021, 2022, 2023, 2024],
  breaks: [{ year: 2024, kind: "definition" }],
  rows: [
    { code: "1", name: "Anneessens", values: [30, 31, 32, 33, 34, 40] },
    { code: "2", name: "Bockstael", values: [20, null, 22, 23, 24, 28] },
    { code: "3", name: "Cureghem", values: [40, 41, 40, 39, 38, 45] },
    { code: "4", name: "Dieweg", values: [5, 5, 6, 6, 6, 8] },
  ],
  region: { code: "04000", name: "Region", values: [25, 25.5, 26, 26.5, 27, 30] },
};

const en = createTranslator("en");
const groups = (svg: string, code: string) => new RegExp(`<g data-code="${code}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? "";

describe("frame(years, values, box)", () => {
  const box = { left: 0, right: 100, top: 0, bottom: 100 };
  it("starts a share's axis at zero when its values lie close to it, not an income's", () => {
    expect(frame([2010, 2020], [5, 40], box, false).yDomain).toEqual([5, 40]);
    expect(frame([2010, 2020], [5, 40], box).yDomain).toEqual([0, 40]);
    expect(frame([2010, 2020], [18000, 24000], box).yDomain).toEqual([18000, 24000]);
  });
  it("puts the first year at the left edge and the last at the right, ticks on whole years", () => {
    const f = frame([2010, 2011, 2012, 2013, 2014, 2015], [1, 2], box);
    expect(f.x(2010)).toBe(0);
    expect(f.x(2015)).toBe(100);
    expect(f.xTicks.every(Number.isInteger)).toBe(true);
    expect(frame([2020], [3], box).x(2020)).toBe(50);
  });
  it("stands a break's rule halfway between the break year and the year before", () => {
    const f = frame([2010, 2020], [1], box);
    expect(breakX([2010, 2012, 2020], 2020, f)).toBe(60);
    expect(breakX([2010, 2012, 2020], 2010, f)).toBe(0);
    // A break dated in a year without data stands before the next published year.
    expect(breakX([2010, 2012, 2020], 2015, f)).toBe(60);
  });
});

describe("spreadLabels(wanted, spacing, top, bottom)", () => {
  it("pushes labels apart in their order and back inside the bottom", () => {
    expect(spreadLabels([50, 52, 200], 14, 0, 300)).toEqual([50, 64, 200]);
    expect(spreadLabels([95, 98, 99], 10, 0, 100)).toEqual([80, 90, 100]);
    expect(spreadLabels([30, 10], 14, 0, 100)).toEqual([30, 10]);
  });
});

describe("fitLabel(text, max)", () => {
  it("cuts a long name with an ellipsis so that the label stays inside the picture", () => {
    expect(fitLabel("Anderlecht - Centre - Wayez", 16)).toBe("Anderlecht - Ce…");
    expect(fitLabel("Anneessens", 16)).toBe("Anneessens");
  });
});

describe("chartLines(data, chosen)", () => {
  it("draws grey lines first, then the region, then the chosen ones in the order they were chosen", () => {
    const lines = chartLines(purposeBuilt, ["3", "1", "unknown"]);
    expect(lines.map((l) => `${l.kind}:${l.code}`)).toEqual([
      "context:2",
      "context:4",
      "region:04000",
      "chosen:3",
      "chosen:1",
    ]);
  });
});

describe("renderLineChart(t, language, data, chosen)", () => {
  const svg = renderLineChart(en, "en", purposeBuilt, ["2"]);
  it("never joins the years across the break nor across the missing year", () => {
    // Bockstael: 2019 alone (2020 missing), 2021–2023 joined, 2024 alone after the break.
    const bockstael = groups(svg, "2");
    expect(bockstael.match(/<path /g)).toHaveLength(1);
    expect(bockstael.match(/<circle /g)).toHaveLength(2);
    expect(groups(svg, "1").match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('data-break="2024"');
    expect(svg).toContain(">2024: new definition<");
  });
  it("names the chart with its years and describes the chosen territories", () => {
    expect(svg).toContain('aria-label="BIM share, 2019–2024: quartiers and region"');
    expect(svg).toContain("; in colour: Bockstael.");
    expect(svg).toContain(">Bockstael 28.0%<");
  });
  it("draws the same picture every time", () => {
    expect(renderLineChart(en, "en", purposeBuilt, ["2"])).toBe(svg);
  });
  it("matches its snapshot", () => {
    expectSnapshot("indicator-series-line", svg);
    expectSnapshot(
      "indicator-series-line-standalone",
      withTitleAndSource(svg, "BIM share, 2019–2024", "Source: IBSA (2024)"),
    );
  });
  it("draws a lone year as a dot", () => {
    const one = lineChartSvg({
      years: [2024],
      breaks: [],
      lines: [{ code: "x", label: "X", values: [3], kind: "chosen" }],
      format: String,
      breakLabel: () => "",
      ariaLabel: "a",
      ariaDescription: "b",
    });
    expect(groups(one, "x")).toMatch(/^<circle cx="307" cy="192" /);
  });
});

describe("renderSlopeChart(t, language, data, from, to, chosen)", () => {
  it("joins the two years of a comparable pair", () => {
    const slope = renderSlopeChart(en, "en", purposeBuilt, 2019, 2023, ["1"]);
    expect(slope.breakNote).toBeNull();
    expect(slope.title).toBe("BIM share, 2019 and 2023: quartiers and region");
    expect(groups(slope.svg, "1")).toMatch(/^<line /);
    // Bockstael has no 2020: one dot, no line.
    expect(groups(renderSlopeChart(en, "en", purposeBuilt, 2020, 2023, []).svg, "2")).not.toContain("<line");
    expectSnapshot("indicator-series-slope", slope.svg);
  });
  it("draws dots without lines across a break, and says why", () => {
    const slope = renderSlopeChart(en, "en", purposeBuilt, 2019, 2024, ["1"]);
    expect(slope.breakNote).toBe(
      "A break in the series (new definition, 2024) lies between 2019 and 2024: these years are not comparable, so no line joins them.",
    );
    expect(slope.svg).not.toContain('<line x1="190" y1');
    expect(groups(slope.svg, "1").match(/<circle /g)).toHaveLength(2);
    expectSnapshot("indicator-series-slope-break", slope.svg);
  });
  it("leaves out a value that is missing", () => {
    const svg = slopeChartSvg({
      from: 2020,
      to: 2021,
      lines: [{ code: "x", label: "X", from: null, to: 2, kind: "region" }],
      broken: false,
      format: String,
      ariaLabel: "a",
      ariaDescription: "b",
    });
    expect(groups(svg, "x")).toBe('<circle cx="370" cy="199" r="3.5" fill="#1b1f24"/>');
  });
});

describe("sparklineSvg(input)", () => {
  const input = {
    years: purposeBuilt.years,
    breaks: purposeBuilt.breaks,
    area: purposeBuilt.rows[1]!.values,
    bassin: [22, 23, 23, 24, 24, 27],
    region: purposeBuilt.region!.values,
    ariaLabel: "BIM share, 2019–2024: Bockstael 20.0% in 2019, 28.0% in 2024",
  };
  it("stops the lines at the break and writes the first and last years", () => {
    const svg = sparklineSvg(input);
    expect(svg).toContain('role="img" aria-label="BIM share, 2019–2024: Bockstael 20.0% in 2019, 28.0% in 2024"');
    expect(svg).toContain('<line data-break="2024"');
    expect(svg).toContain(">2019</text>");
    expect(svg).toContain(">2024</text>");
    // The region: 2019–2023 joined, 2024 alone after the break.
    const region = /<g data-line="region">(.*?)<\/g>/.exec(svg)![1]!;
    expect(region.match(/<path /g)).toHaveLength(1);
    expect(region.match(/<circle /g)).toHaveLength(1);
    expectSnapshot("profile-sparkline", svg);
  });
  it("draws only the area's line for a bassin or a level-ranked indicator", () => {
    const svg = sparklineSvg({ ...input, bassin: null, region: null });
    expect(svg).not.toContain('data-line="region"');
    expect(svg).not.toContain('data-line="bassin"');
    expect(svg).toContain('data-line="area"');
  });
});
