import { describe, expect, it } from "vitest";
import type { SeriesCell } from "../../../../scripts/indicators/series-checks/series.ts";
import {
  validateSeries,
  type SeriesDecision,
  type SeriesSource,
} from "../../../../scripts/indicators/series-checks/validate.ts";

const source: SeriesSource = {
  file: "export.csv",
  sourceId: "export",
  decisionsFile: "corrections.csv",
  level: "quartier",
  indicatorId: (indicator) => (indicator === "alone" ? "share_alone" : null),
  populationParts: {
    population: "population",
    counts: [{ name: "foreigners", indicators: ["foreigners"] }],
    shares: [],
    shareTolerance: 0.5,
  },
  valueColumn: () => "value",
};
let row = 2;
const cells = (
  areas: number[],
  indicator: string,
  years: number[],
  value: (area: number, year: number) => number,
): SeriesCell[] =>
  areas.flatMap((area) =>
    years.map((year) => ({ row: row++, area: String(area), indicator, year, value: value(area, year) })),
  );
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const years = range(1990, 2024);

/** Areas 1-12 with a series of "alone", 13-22 with only a 2025 value four times higher. */
const breakCells = [
  ...cells(range(1, 12), "alone", [2023, 2024], (a) => 10 + a / 10),
  ...cells(range(13, 22), "alone", [2025], (a) => 30 + a),
];
/** Area 5 carries area 6's foreigner counts. */
const copyCells = [
  ...cells(range(1, 6), "foreigners", years, (a, y) => (a === 5 ? 6 : a) * 100 + y - 1990),
  ...cells(range(1, 6), "population", years, (a, y) => a * 10000 + y),
];
const keepBlock: SeriesDecision = {
  issue: "definition-break",
  action: "keep-reference-block",
  indicator: "alone",
  year: 2025,
  row: 7,
  detail: "kept the series.",
  detail_fr: "série gardée.",
  detail_nl: "reeks behouden.",
};
const dropCopy: SeriesDecision = {
  issue: "copied-series",
  action: "drop-identical-cells",
  area: "5",
  original: "6",
  row: 8,
  detail: "5 holds 6's data.",
};

describe("validateSeries(source, cells, decisions)", () => {
  it("stops on a definition break no decision covers, naming file, row, indicator and areas", () => {
    expect(() => validateSeries(source, breakCells, [])).toThrow(
      'export.csv (row 26, column "value"): definition break in "alone": 10 area(s) (13, 14, 15, 16, 17, 18, 19, 20, 21, 22) in 2025 have median 47.5 in 2025 against 10.65 in 2024 for the 12 area(s) with 2023-2024 (median ratio 4.46, rank separation 1; a break is a ratio of at least 2 with a separation at least 0.4 from 0.5). No decision covers it in corrections.csv: review the series, then add a row (issue definition-break, indicator_nl, year 2025, action keep-reference-block) or fix the export.',
    );
  });

  it("stops on a copied series no decision covers, naming file and both areas", () => {
    expect(() => validateSeries(source, copyCells, [])).toThrow(
      'export.csv (column "mdrc"): areas 5 and 6 share 35 identical (indicator, year) cells of 70, 35 of them with a value no other area has (a copy from 30), in 1 indicator(s): "foreigners". No decision covers it in corrections.csv: find which area holds the other\'s data, then add a row (issue copied-series, quartier_code = the copy, other_quartier_code = the original, action drop-identical-cells) or fix the export.',
    );
  });

  it("applies the decisions: drops the outlying block and the copy's identical cells, with a note per area and series", () => {
    const { kept, notes } = validateSeries(source, [...breakCells, ...copyCells], [keepBlock, dropCopy]);
    expect(kept.filter((c) => c.indicator === "alone").map((c) => c.year)).not.toContain(2025);
    expect(kept.filter((c) => c.area === "5" && c.indicator === "foreigners")).toEqual([]);
    expect(kept.filter((c) => c.area === "6" && c.indicator === "foreigners")).toHaveLength(35);
    expect(kept.filter((c) => c.area === "5" && c.indicator === "population")).toHaveLength(35);
    expect(notes.filter((n) => n.issue === "definition_break").map((n) => [n.territory_code, n.indicator_id])).toEqual(
      range(13, 22).map((a) => [String(a), "share_alone"]),
    );
    expect(notes.find((n) => n.issue === "copied_series")).toEqual({
      source_id: "export",
      level: "quartier",
      territory_code: "5",
      indicator_id: null,
      issue: "copied_series",
      detail:
        "Series not published. \"foreigners\": 35 year(s) (1990-2024) identical to quartier 6's, treated as missing. areas 5 and 6 share 35 identical (indicator, year) cells of 72, 35 of them with a value no other area has (a copy from 30), in 1 indicator(s). Decision: 5 holds 6's data.",
    });
  });

  it("stops on a decision that matches no finding any more (the export changed)", () => {
    expect(() => validateSeries(source, breakCells, [keepBlock, dropCopy])).toThrow(
      "corrections.csv (row 8): the decision (copied-series) matches no finding of the series checks any more: the export changed; review it and remove or update the row",
    );
  });

  it("stops on a count above the population once the decisions are applied", () => {
    const excess = [
      ...copyCells.filter((c) => !(c.area === "2" && c.year === 2000 && c.indicator === "foreigners")),
      ...cells([2], "foreigners", [2000], () => 1e6),
    ];
    expect(() => validateSeries(source, excess, [dropCopy])).toThrow(
      /^export\.csv \(row \d+, column "value"\): quartier 2, 2000: "foreigners" = 1000000, above 22000 \(foreigners: a count of residents above the population \(population\)\): the values cannot all be right; check the export$/,
    );
  });
});
