import { describe, expect, it } from "vitest";
import {
  chartPlan,
  distributionSvg,
  fits,
  isDiscrete,
  roundGeometry,
  type DistributionChartInput,
} from "../../../../src/lib/indicator/chart.ts";

// A seeded generator: the same points on every run, no Math.random in tests.
function points(count: number, seed = 7) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => ({ name: `T${i}`, value: Math.round(next() * 1000) / 10 }));
}

const input = (overrides: Partial<DistributionChartInput> = {}): DistributionChartInput => ({
  points: points(145),
  region: 42.5,
  format: (v) => `${v.toFixed(1)} %`,
  formatCount: String,
  axisLabel: "Share",
  countLabel: "Number of neighbourhoods",
  regionLabel: "Region: 42.5 %",
  ariaLabel: "Share by neighbourhood",
  ariaDescription: "Each dot is a neighbourhood.",
  tooltip: (p) => `${p.name}: ${p.value}`,
  ...overrides,
});
const draw = (chart: DistributionChartInput) =>
  distributionSvg(
    chart,
    chartPlan(
      chart.points.map((p) => p.value),
      chart.region,
    ),
  );

describe("chartPlan(values, region)", () => {
  it("packs one dot per territory when they fit, growing the height as needed", () => {
    expect(
      chartPlan(
        points(145).map((p) => p.value),
        42.5,
      ),
    ).toMatchObject({ kind: "dots", height: 120 });
    // A peaked distribution (the mean of two uniform draws) stacks higher than a flat one.
    const other = points(724, 11);
    const sectors = chartPlan(
      points(724).map((p, i) => Math.round((p.value + other[i]!.value) * 5) / 10),
      null,
    );
    expect(sectors.kind).toBe("dots");
    expect(sectors.kind === "dots" && sectors.height).toBeGreaterThan(120);
  });

  it("uses a histogram when many equal values would stack into a needle (100 % for most quartiers)", () => {
    const values = [...points(40).map((p) => p.value), ...Array.from({ length: 100 }, () => 100)];
    expect(chartPlan(values, 95.3)).toEqual({ kind: "histogram" });
  });

  it("uses bars for a few whole values (a count of flags)", () => {
    expect(chartPlan([0, 1, 1, 2, 4, 0, 0], null)).toEqual({ kind: "bars" });
    expect(isDiscrete(points(145).map((p) => p.value))).toBe(false);
  });

  it("depends on the values, not on their order", () => {
    const values = points(300).map((p) => p.value);
    expect(chartPlan([...values].reverse(), 10)).toEqual(chartPlan(values, 10));
  });
});

describe("distributionSvg(input, plan)", () => {
  it("draws one dot per territory with a tooltip, labelled for assistive technology", () => {
    const svg = draw(input());
    expect(svg.match(/<circle\b/g)).toHaveLength(145);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Share by neighbourhood"');
    expect(svg).toContain('aria-description="Each dot is a neighbourhood."');
    expect(svg).toContain("<title>T0: ");
  });

  it("marks the regional value with a dashed line and its label, not with colour alone", () => {
    const svg = draw(input());
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg).toContain(">Region: 42.5 %</text>");
    expect(draw(input({ region: null }))).not.toContain("stroke-dasharray");
  });

  it("keeps every dot inside the frame, below the region's label, even with 724 sectors", () => {
    expect(fits(draw(input({ points: points(724) })), 28)).toBe(true);
  });

  it("draws a histogram with its count axis and the regional line", () => {
    const many = [...points(40), ...Array.from({ length: 100 }, (_, i) => ({ name: `F${i}`, value: 100 }))];
    const svg = draw(input({ points: many, region: 95.3, regionLabel: "Region: 95.3 %" }));
    expect(svg).not.toContain("<circle");
    expect(svg).toContain("Number of neighbourhoods");
    expect(svg).toContain(">Region: 95.3 %</text>");
  });

  it("draws bars with the count written on each", () => {
    const counts = Array.from({ length: 116 }, (_, i) => ({ name: `Q${i}`, value: i % 5 === 0 ? 2 : i % 3 }));
    const svg = draw(input({ points: counts, region: null }));
    expect(svg).not.toContain("<circle");
    expect(svg.match(/<rect\b/g)!.length).toBe(3);
  });

  it("is one image for assistive technology: its marks are hidden, not left as unnamed groups", () => {
    const many = [...points(40), ...Array.from({ length: 100 }, (_, i) => ({ name: `F${i}`, value: 100 }))];
    const counts = points(20).map((p) => ({ ...p, value: Math.round(p.value / 30) }));
    for (const svg of [draw(input()), draw(input({ points: counts, region: null })), draw(input({ points: many }))]) {
      const marks = [...svg.matchAll(/<g\b[^>]*aria-label="(dot|rule|text|bar|rect)"[^>]*>/g)].map((m) => m[0]);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toContain('aria-hidden="true"');
    }
  });

  it("stacks nearly equal values instead of overlapping them, at fixed positions", () => {
    const svg = draw(input());
    expect(svg).toContain('viewBox="0 0 720 120"');
    // T81 (0) and T104 (0.1) are 0.6 px apart: the second dot sits 7 px above the first.
    expect(svg).toContain(
      '<circle r="3" cy="76" cx="44"><title>T81: 0</title></circle><circle r="3" cy="69" cx="44.6"><title>T104: 0.1</title></circle>',
    );
  });
});

describe("fits(svg)", () => {
  it("detects a dot above the top of the picture", () => {
    expect(fits('<svg><circle cx="1" cy="5" r="3"></circle></svg>')).toBe(true);
    expect(fits('<svg><circle r="3" cy="1" cx="1"></circle></svg>')).toBe(false);
    expect(fits('<svg><circle cx="1" cy="20" r="3"></circle></svg>', 28)).toBe(false);
  });
});

describe("roundGeometry(svg)", () => {
  it("rounds coordinates to a tenth of a pixel and leaves text alone", () => {
    expect(
      roundGeometry('<circle cx="29.8464" cy="112.15037572742482" r="3"></circle><text x="1.25">0.85</text>'),
    ).toBe('<circle cx="29.8" cy="112.2" r="3"></circle><text x="1.3">0.85</text>');
  });
});
