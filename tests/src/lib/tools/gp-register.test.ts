import { describe, expect, it } from "vitest";
import {
  change,
  clickResultSort,
  downloadTable,
  resultRows,
  sortResultRows,
  type AreaResult,
  type LevelNames,
  type LevelResults,
} from "../../../../src/lib/tools/gp-register.ts";

/** A territory's figures as the engine publishes them (rounded), with the fields the page reads. */
const figures = (population: number, gpPer1000: number | null, access: number | null): AreaResult => ({
  population,
  headcount: gpPer1000 === null ? 0 : (gpPer1000 * population) / 1000,
  fte: null,
  values: {
    gp_per_1000: gpPer1000,
    gp_fte_per_1000: null,
    gp_need_adjusted_per_1000: gpPer1000,
    gp_access_2sfca: access,
    gp_share_below_threshold: 10,
    gp_share_below_severe: 0,
  },
});

const results: LevelResults = new Map([
  [
    "quartier",
    new Map([
      ["1", figures(4000, 0.75, 0.812)],
      ["2", figures(2000, 1.5, 1.204)],
      ["3", figures(0, null, null)],
    ]),
  ],
  ["region", new Map([["04000", figures(6000, 1, 0.943)]])],
]);
const names: LevelNames = { codes: ["1", "2", "3"], names: ["Grand Place", "Marolles", "Parc"] };

describe("resultRows(names, results, indicator, before?)", () => {
  it("lists the territories in published order with the indicator's value", () => {
    const rows = resultRows(names, results.get("quartier")!, "gp_access_2sfca");
    expect(rows.map((r) => [r.code, r.name, r.population, r.value])).toEqual([
      ["1", "Grand Place", 4000, 0.812],
      ["2", "Marolles", 2000, 1.204],
      ["3", "Parc", 0, null],
    ]);
    expect(rows[0]).not.toHaveProperty("before");
  });

  it("adds the value before the edits and the change", () => {
    const after: LevelResults = new Map([["quartier", new Map([["1", figures(4000, 0.75, 0.9)]])]]);
    const rows = resultRows(names, after.get("quartier")!, "gp_access_2sfca", results.get("quartier"));
    expect(rows).toEqual([
      {
        code: "1",
        name: "Grand Place",
        population: 4000,
        headcount: 3,
        fte: null,
        value: 0.9,
        before: 0.812,
        change: 0.088,
      },
    ]);
  });
});

describe("change(before, after) and sortResultRows(rows, key, ascending)", () => {
  it("rounds the change to 3 decimals and keeps missing values missing", () => {
    expect(change(0.1, 0.3)).toBe(0.2);
    expect(change(null, 0.3)).toBeNull();
    expect(change(0.3, null)).toBeNull();
  });

  it("sorts by value with missing values last, and by name", () => {
    const rows = resultRows(names, results.get("quartier")!, "gp_per_1000");
    expect(sortResultRows(rows, "value", false).map((r) => r.code)).toEqual(["2", "1", "3"]);
    expect(sortResultRows(rows, "value", true).map((r) => r.code)).toEqual(["1", "2", "3"]);
    expect(sortResultRows(rows, "name", false).map((r) => r.name)).toEqual(["Parc", "Marolles", "Grand Place"]);
  });
});

describe("downloadTable(names, results, before, source, parameters)", () => {
  const allNames = {
    quartier: names,
    commune: { codes: [], names: [] },
    bassin: { codes: [], names: [] },
    region: { codes: ["04000"], names: ["Région"] },
  };

  it("says on every row that it was computed from the user's file", () => {
    const { header, rows } = downloadTable(allNames, results, null, 'Computed from your file "r.csv"', "r=1000");
    expect(header).toEqual([
      "computed_from",
      "parameters",
      "level",
      "territory_code",
      "name",
      "population",
      "gp_headcount",
      "gp_fte",
      "gp_per_1000",
      "gp_fte_per_1000",
      "gp_need_adjusted_per_1000",
      "gp_access_2sfca",
      "gp_share_below_threshold",
      "gp_share_below_severe",
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([
      'Computed from your file "r.csv"',
      "r=1000",
      "quartier",
      "1",
      "Grand Place",
      4000,
      3,
      null,
      0.75,
      null,
      0.75,
      0.812,
      10,
      0,
    ]);
    expect(rows[3]!.slice(2, 5)).toEqual(["region", "04000", "Région"]);
  });

  it("gives before, after and change of each indicator after edits", () => {
    const { header, rows } = downloadTable(allNames, results, results, "f", "");
    expect(header.slice(8, 11)).toEqual(["gp_per_1000_before", "gp_per_1000_after", "gp_per_1000_change"]);
    expect(rows[0]!.slice(8, 11)).toEqual([0.75, 0.75, 0]);
  });
});

describe("clickResultSort(current, key, polarity)", () => {
  it("starts a value column with the worst areas as the polarity says, and turns it round on a second click", () => {
    expect(clickResultSort(null, "value", "higher_is_better")).toEqual({ key: "value", ascending: true });
    expect(clickResultSort(null, "value", "higher_is_worse")).toEqual({ key: "value", ascending: false });
    expect(clickResultSort({ key: "value", ascending: true }, "value", "higher_is_better")).toEqual({
      key: "value",
      ascending: false,
    });
    expect(clickResultSort({ key: "value", ascending: true }, "before", "higher_is_worse")).toEqual({
      key: "before",
      ascending: false,
    });
    expect(clickResultSort(null, "change", "higher_is_better")).toEqual({ key: "change", ascending: true });
  });

  it("starts names from A and counts from the largest", () => {
    expect(clickResultSort(null, "name", "higher_is_better")).toEqual({ key: "name", ascending: true });
    expect(clickResultSort(null, "population", "higher_is_better")).toEqual({ key: "population", ascending: false });
    expect(clickResultSort(null, "headcount", "higher_is_worse")).toEqual({ key: "headcount", ascending: false });
  });
});
