import { describe, expect, it } from "vitest";
import { rankedBarChart, type RankedBarChart } from "../../../../src/lib/explorer/bar-chart.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";

const chart: RankedBarChart = {
  id: "explorer-chart",
  title: "Share of BIM beneficiaries, by commune (2025)",
  description: "The same values, with their rank, are in the Table tab.",
  bars: [
    { code: "21012", name: "Molenbeek-Saint-Jean", value: 40, valueText: "40.0 %", fill: "#b30000" },
    { code: "21004", name: "Brussels & <City>", value: 30, valueText: "30.0 %", fill: "#e34a33" },
    {
      code: "21009",
      name: "A very long commune name that does not fit the label column",
      value: 10,
      valueText: "10.0 %",
      fill: "#fdbb84",
    },
  ],
  selected: "21004",
  selectedLabel: "selected area",
};

describe("rankedBarChart(chart)", () => {
  it("draws one bar per area in the given order, in its map colour, the selected one outlined", () => {
    const svg = rankedBarChart(chart);
    expect([...svg.matchAll(/<g data-code="(\d+)"/g)].map((m) => m[1])).toEqual(["21012", "21004", "21009"]);
    expect([...svg.matchAll(/fill="(#[0-9a-f]+)"/g)].map((m) => m[1])).toEqual(["#b30000", "#e34a33", "#fdbb84"]);
    // Bars are proportional to the values, from the zero line at the label column's edge.
    expect([...svg.matchAll(/<rect x="230" y="\d+" width="([\d.]+)"/g)].map((m) => m[1])).toEqual(["360", "270", "90"]);
    expect(svg).toContain('stroke="#1b1f24" stroke-width="2"');
    expect(svg).toContain("30.0 % ◀ selected area");
    expect(svg).toContain("Brussels &amp; &lt;City&gt;");
    expect(svg).toContain(">A very long commune name that doe…</text>");
    expect(svg).toContain('role="img" aria-labelledby="explorer-chart-title" aria-describedby="explorer-chart-desc"');
    expect(svg).toContain('font-size="12"');
    // Drawn at its own size (a phone scrolls it rather than shrinking its 12 px text).
    expect(svg).toContain('viewBox="0 0 720 66" width="720" height="66"');
    expectSnapshot("explorer-bar-chart", svg);
  });

  it("draws negative values (a fall) leftwards of the zero line", () => {
    const svg = rankedBarChart({
      ...chart,
      bars: [
        { code: "1", name: "Up", value: 2, valueText: "+2", fill: "#b30000" },
        { code: "2", name: "Down", value: -2, valueText: "−2", fill: "#2166ac" },
      ],
      selected: null,
    });
    expect([...svg.matchAll(/<rect x="([\d.]+)" y="\d+" width="([\d.]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["410", "180"],
      ["230", "180"],
    ]);
    expect(svg).toContain('<line x1="410" x2="410"');
    expect(svg).not.toContain("◀");
  });
});
