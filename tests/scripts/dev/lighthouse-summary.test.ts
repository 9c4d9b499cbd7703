import { describe, expect, it } from "vitest";
import {
  lighthouseBudgetChecks,
  maxCheck,
  median,
  summarizeRuns,
  type LighthouseRun,
} from "../../../scripts/dev/lighthouse-summary.ts";

const run = (performance: number, tbt: number, accessibility = 1): LighthouseRun => ({
  performance,
  accessibility,
  total_blocking_time_ms: tbt,
  largest_contentful_paint_ms: 1200,
  cumulative_layout_shift: 0,
  first_contentful_paint_ms: 900,
});

describe("median(values)", () => {
  it("takes the middle of an odd count and the lower middle of an even one", () => {
    expect(median([0.88, 1, 0.99])).toBe(0.99);
    expect(median([30, 10, 20, 40])).toBe(20);
    expect(() => median([])).toThrow("median of no values");
  });
});

describe("summarizeRuns(runs)", () => {
  it("gives each metric's own median, and keeps the runs", () => {
    const runs = [run(0.88, 470), run(1, 0), run(0.99, 63)];
    const summary = summarizeRuns(runs);
    expect([summary.performance, summary.total_blocking_time_ms]).toEqual([0.99, 63]);
    expect(summary.runs).toEqual(runs);
    expect(() => summarizeRuns([])).toThrow("no Lighthouse runs to summarise");
  });
});

describe("lighthouseBudgetChecks(pages)", () => {
  it("fails performance under 0.99, accessibility under 1 and blocking time of 50 ms or more", () => {
    const checks = lighthouseBudgetChecks({
      "/fr/": summarizeRuns([run(0.99, 49)]),
      "/fr/query/": summarizeRuns([run(0.98, 50, 0.98)]),
    });
    expect(checks.map((c) => [c.name, c.ok])).toEqual([
      ["lighthouse_performance /fr/", true],
      ["lighthouse_accessibility /fr/", true],
      ["lighthouse_total_blocking_time_ms /fr/", true],
      ["lighthouse_performance /fr/query/", false],
      ["lighthouse_accessibility /fr/query/", false],
      ["lighthouse_total_blocking_time_ms /fr/query/", false],
    ]);
  });

  it("maxCheck meets a budget up to and including its value", () => {
    expect(maxCheck("build_site_ms", 60_000, 60_000).ok).toBe(true);
    expect(maxCheck("build_site_ms", 60_001, 60_000)).toEqual({
      name: "build_site_ms",
      value: 60_001,
      budget: 60_000,
      ok: false,
    });
  });
});
