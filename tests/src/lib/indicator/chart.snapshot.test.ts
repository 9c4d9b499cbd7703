import { beforeAll, describe, expect, it } from "vitest";
import {
  chartPlan,
  distributionSvg,
  type DistributionChartInput,
  type DistributionPoint,
} from "../../../../src/lib/indicator/chart.ts";
import { BUILD_OFFSET_MESSAGE, plotOffset } from "../../../helpers/plot-offset.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput } from "../../../helpers/snapshot-grid.ts";

const input = readInput<{ continuous: DistributionPoint[]; region: number; discrete: DistributionPoint[] }>(
  "distribution.json",
);

function chart(points: DistributionPoint[], region: number | null): DistributionChartInput {
  return {
    points,
    region,
    format: (v) => `${v.toFixed(0)} %`,
    formatCount: (n) => `${n}`,
    axisLabel: "Share of residents (%)",
    countLabel: "Number of quartiers",
    regionLabel: `Region: ${region ?? ""} %`,
    ariaLabel: "Distribution of the share over the quartiers",
    ariaDescription: "One dot per quartier; the dashed line is the region's value.",
    tooltip: (p) => `${p.name}: ${p.value} %`,
  };
}

describe("distributionSvg(input, plan)", () => {
  // Drawn at build time: Plot without a window, as in the Astro build.
  beforeAll(async () => expect(await plotOffset(), BUILD_OFFSET_MESSAGE).toBe(0));

  it("packs one dot per territory, with the regional value as a labelled dashed line", () => {
    const values = input.continuous.map((p) => p.value);
    const plan = chartPlan(values, input.region);
    expect(plan.kind).toBe("dots");
    const svg = distributionSvg(chart(input.continuous, input.region), plan);
    expect(distributionSvg(chart(input.continuous, input.region), plan)).toBe(svg);
    expectSnapshot("indicator-page-chart-dots", svg);
  });

  it("draws a histogram, with the region's value on the right half", () => {
    const svg = distributionSvg(chart(input.continuous, 35), { kind: "histogram" });
    expect(distributionSvg(chart(input.continuous, 35), { kind: "histogram" })).toBe(svg);
    expectSnapshot("indicator-page-chart-histogram", svg);
  });

  it("draws bars per value for a few whole values, without a regional value", () => {
    const values = input.discrete.map((p) => p.value);
    const plan = chartPlan(values, null);
    expect(plan.kind).toBe("bars");
    const svg = distributionSvg(chart(input.discrete, null), plan);
    expect(distributionSvg(chart(input.discrete, null), plan)).toBe(svg);
    expectSnapshot("indicator-page-chart-bars", svg);
  });
});
