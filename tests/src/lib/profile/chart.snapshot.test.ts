import { beforeAll, describe, expect, it } from "vitest";
import { renderSpineChart, type SpineChartText } from "../../../../src/lib/profile/chart.ts";
import { compare } from "../../../../src/lib/profile/compare.ts";
import type { ProfileRow } from "../../../../src/lib/profile/row.ts";
import { spinePositions, spineStats } from "../../../../src/lib/profile/spine.ts";
import type { Polarity } from "../../../../src/core/polarity.ts";
import type { Indicator } from "../../../../src/lib/published.ts";
import { BUILD_OFFSET_MESSAGE, plotOffset } from "../../../helpers/plot-offset.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput } from "../../../helpers/snapshot-grid.ts";

interface RowInput {
  id: string;
  family: Indicator["family"];
  label: string;
  unit: string;
  polarity: Polarity;
  value: number | null;
  benchmark: number | null;
  /** The level's values are levelValues × scale; null for a total, which has no range. */
  scale: number | null;
}

const input = readInput<{ levelValues: number[]; rows: RowInput[] }>("profile.json");

/** Profile rows worked out with the site's own range, position and verdict rules. */
const rows: ProfileRow[] = input.rows.map((r) => {
  const indicator: Indicator = {
    id: r.id,
    family: r.family,
    label: { fr: r.label, nl: r.label, en: r.label },
    unit: r.unit,
    polarity: r.polarity,
    year: 2024,
    levels: ["quartier"],
    method: { fr: "", nl: "", en: "" },
    sources: [],
    status: "published",
  };
  const value = r.value === null || r.scale === null ? r.value : r.value * r.scale;
  const benchmark = r.benchmark === null || r.scale === null ? null : r.benchmark * r.scale;
  const stats = r.scale === null ? null : spineStats(input.levelValues.map((v) => v * r.scale!));
  return {
    indicator,
    cell: { value, year: 2024, flag: value === null ? "not_applicable" : null, numerator: null, denominator: null },
    value,
    year: 2024,
    region: benchmark,
    bassin: null,
    benchmark: { kind: benchmark === null ? "none" : "region", value: benchmark },
    comparison: compare(value, benchmark, r.polarity, r.unit),
    bassinComparison: "not_compared",
    stats,
    positions: stats ? spinePositions(stats, value, benchmark, r.polarity) : null,
  };
});

function text(frameKey: string): SpineChartText {
  return {
    frameKey,
    ariaLabel: "Test area compared with the 9 quartiers",
    ariaDescription: "One row per indicator, worst on the left.",
    family: (family) => `Family: ${family}`,
    label: (row) => row.indicator.label.en,
    value: (row) => (row.value === null ? "not applicable" : String(row.value)),
    title: (row) => `${row.indicator.label.en}: ${row.value ?? "not applicable"} (${row.comparison})`,
    worseEnd: "◀ worse",
    betterEnd: "better ▶",
  };
}

describe("renderSpineChart(rows, text)", () => {
  // Drawn at build time: Plot without a window, as in the Astro build.
  beforeAll(async () => expect(await plotOffset(), BUILD_OFFSET_MESSAGE).toBe(0));

  it("draws ranges, quartile bands, benchmark ticks, and the area's verdicts as symbols", () => {
    expect(rows.map((r) => r.comparison)).toEqual([
      "worse",
      "similar",
      "not_compared",
      "not_compared",
      "better",
      "not_compared",
    ]);
    expectSnapshot("profile-chart-spine", renderSpineChart(rows, text("snapshot:spine")));
  });

  it("draws the same chart twice, with a fresh frame and with the cached one", () => {
    const first = renderSpineChart(rows, text("snapshot:twice"));
    // The frame is cached per frameKey: the second call reuses it, the third draws it anew.
    expect(renderSpineChart(rows, text("snapshot:twice"))).toBe(first);
    expect(renderSpineChart(rows, text("snapshot:twice-again"))).toBe(first);
  });
});
