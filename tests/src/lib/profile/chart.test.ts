import { describe, expect, it, vi } from "vitest";
import { chartLines, LABEL_LINE_CHARS, wrapLabel } from "../../../../src/lib/profile/chart.ts";
import { profileChart } from "../../../../src/data/profile/chart-view.ts";
import { profileRows } from "../../../../src/data/profile/rows.ts";

describe("wrapLabel(label, width)", () => {
  it("breaks at spaces without exceeding the width, a long word keeping its own line", () => {
    expect(wrapLabel("Share of residents within 500 m of a pharmacy", 20)).toBe(
      "Share of residents\nwithin 500 m of a\npharmacy",
    );
    expect(wrapLabel("Wijkgezondheidscentrumbezoeken per jaar", 10)).toBe("Wijkgezondheidscentrumbezoeken\nper jaar");
    expect(wrapLabel("Population", LABEL_LINE_CHARS)).toBe("Population");
  });
});

describe("chartLines(rows)", () => {
  it("puts a header before each family, then its rows", () => {
    const lines = chartLines(profileRows("quartier", "58"));
    expect(lines[0]).toMatchObject({ key: "family:fragility", row: null });
    expect(lines[1]!.key).toBe("fragility_index");
    expect(lines.filter((l) => l.row === null).map((l) => l.family)).toEqual([
      "fragility",
      "gp",
      "coverage",
      "population",
    ]);
  });
});

/**
 * The chart drawn as a new build draws it: modules loaded afresh, so that no memo (charts, frames,
 * wrapped labels) answers, at another time of day, so that a date or clock value would show.
 */
async function freshChartSvg(time: string): Promise<string> {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(time) });
  try {
    const { profileChart: fresh } = await import("../../../../src/data/profile/chart-view.ts");
    return fresh("quartier", "58", "en").svg;
  } finally {
    vi.useRealTimers();
  }
}

describe("profileChart(level, code, language)", () => {
  it("draws one symbol per value, says the verdict in each symbol's title, and is the same on every build", async () => {
    const { svg } = profileChart("quartier", "58", "en");
    const withValue = profileRows("quartier", "58").filter((r) => r.value !== null).length;
    const symbols = svg.slice(svg.indexOf('class="spine-values"')).split("</g>")[0]!.match(/<path/g)!.length;
    expect(symbols).toBe(withValue);
    expect(svg).toContain("<title>Entitled to increased reimbursement (BIM): 38.1% (worse than the region)</title>");
    expect(svg).toContain('aria-label="Spine chart of');
    const first = await freshChartSvg("2030-01-01T00:00:00Z");
    expect(first).toBe(await freshChartSvg("2031-06-15T12:34:56Z"));
    expect(first).toBe(svg);
  });

  it("shares the level's frame but not the area's marks", () => {
    const a = profileChart("quartier", "1", "fr").svg;
    const b = profileChart("quartier", "2", "fr").svg;
    const frameOf = (svg: string) => svg.slice(svg.indexOf(">") + 1, svg.indexOf('class="spine-values"'));
    expect(frameOf(a).slice(0, frameOf(a).lastIndexOf("<g"))).toBe(frameOf(b).slice(0, frameOf(b).lastIndexOf("<g")));
    expect(a).not.toBe(b);
  });
});
