import { describe, expect, it } from "vitest";
import { detectDefinitionBreaks, shiftTest } from "../../../../scripts/indicators/series-checks/definition-break.ts";
import type { SeriesCell } from "../../../../scripts/indicators/series-checks/series.ts";

const thresholds = { minBlockAreas: 10, minMedianRatio: 2, minRankSeparation: 0.4 };
let row = 2;
const cell = (area: number, year: number, value: number, indicator = "share"): SeriesCell => ({
  row: row++,
  area: String(area),
  indicator,
  year,
  value,
});
/** Areas `from`..`to` with a value per year: value(area, year). */
const block = (from: number, to: number, years: number[], value: (area: number, year: number) => number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((area) =>
    years.map((year) => cell(area, year, value(area, year))),
  );

describe("detectDefinitionBreaks(cells, thresholds)", () => {
  it("finds areas whose only year departs from the other areas' series (the share_65_alone case)", () => {
    const cells = [
      // 12 areas with a series 2020-2024 around 10 %, 11 areas with only 2025 around 40 %.
      ...block(1, 12, [2020, 2021, 2022, 2023, 2024], (a) => 8 + a * 0.3),
      ...block(13, 23, [2025], (a) => 30 + a),
    ];
    const [finding, ...rest] = detectDefinitionBreaks(cells, thresholds);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: "definition_break",
      indicator: "share",
      reference: {
        areas: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        years: [2020, 2021, 2022, 2023, 2024],
      },
      outlying: { areas: ["13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"], years: [2025] },
      compared: [2024, 2025],
      rankSeparation: 1,
    });
    expect(finding!.medians).toEqual([9.95, 48]);
  });

  it("finds a year whose values jump for the same areas (a definition changed for everyone)", () => {
    const cells = block(1, 12, [2021, 2022, 2023], (a, y) => (y === 2023 ? 100 * a : a));
    expect(detectDefinitionBreaks(cells, thresholds)).toMatchObject([
      { outlying: { years: [2023] }, reference: { years: [2021, 2022] }, compared: [2022, 2023], medianRatio: 100 },
    ]);
  });

  it("keeps blocks of one indicator that differ by geography but overlap (ratio or separation under the thresholds)", () => {
    const cells = [
      ...block(1, 12, [2024, 2025], (a) => a),
      // A median 2.15 times higher but overlapping values: separation 0.79, under 0.9.
      ...block(13, 24, [2025], (a) => (a - 12) * 2 + 1),
      // Fully separated but only 1.3 times higher: a real difference between places.
      ...block(1, 12, [2025], (a) => 10 + a * 0.1).map((c) => ({ ...c, indicator: "other" })),
      ...block(13, 24, [2025], (a) => 13 + a * 0.1).map((c) => ({ ...c, indicator: "other" })),
    ];
    expect(detectDefinitionBreaks(cells, thresholds)).toEqual([]);
  });

  it("does not compare blocks of fewer areas than the threshold", () => {
    const cells = [...block(1, 12, [2024], () => 10), ...block(13, 21, [2025], () => 50)];
    expect(detectDefinitionBreaks(cells, thresholds)).toEqual([]);
  });
});

describe("shiftTest(reference, outlying, thresholds)", () => {
  it("counts ties as half and reads a zero median against a positive one as an infinite ratio", () => {
    expect(shiftTest([0, 0, 0], [0, 1, 2], thresholds).measures).toEqual({
      medians: [0, 1],
      medianRatio: Infinity,
      rankSeparation: (1.5 + 3 + 3) / 9,
    });
  });
});
