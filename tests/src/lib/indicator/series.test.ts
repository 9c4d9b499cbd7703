import { describe, expect, it } from "vitest";
import {
  breaksBetween,
  isRankUnit,
  lastComparablePair,
  lineSegments,
  valueIn,
  yearRange,
} from "../../../../src/lib/indicator/series.ts";
import { matchAreas, nextActive, normaliseName } from "../../../../src/lib/indicator/area-search.ts";
import { chosenCodes, seriesPath } from "../../../../src/lib/indicator/series-routes.ts";

describe("lineSegments(years, values, breaks)", () => {
  const years = [2019, 2020, 2021, 2022, 2023, 2024];

  it("joins consecutive values into one run", () => {
    expect(lineSegments([2020, 2021], [1, 2], [])).toEqual([
      [
        { year: 2020, value: 1 },
        { year: 2021, value: 2 },
      ],
    ]);
  });

  it("stops at a missing year (a gap) and before a break year, never bridging either", () => {
    const runs = lineSegments(years, [1, 2, null, 4, 5, 6], [{ year: 2024, kind: "definition" }]);
    expect(runs.map((run) => run.map((p) => p.year))).toEqual([[2019, 2020], [2022, 2023], [2024]]);
  });

  it("splits at a break dated in a year without data (a biennial series): before the next published year", () => {
    const runs = lineSegments([2020, 2022, 2024], [1, 2, 3], [{ year: 2021, kind: "source" }]);
    expect(runs.map((run) => run.map((p) => p.year))).toEqual([[2020], [2022, 2024]]);
    expect(lastComparablePair([2020, 2022, 2024], [{ year: 2021, kind: "source" }])).toEqual([2022, 2024]);
  });

  it("keeps a lone value between gaps as a run of one point", () => {
    expect(lineSegments(years, [null, null, 3, null, null, null], [])).toEqual([[{ year: 2021, value: 3 }]]);
  });

  it("gives nothing for a line without values", () => {
    expect(
      lineSegments(
        years,
        years.map(() => null),
        [],
      ),
    ).toEqual([]);
  });
});

describe("breaksBetween(breaks, from, to) and lastComparablePair(years, breaks)", () => {
  const breaks = [
    { year: 2015, kind: "source" },
    { year: 2025, kind: "definition" },
  ];
  it("finds the breaks strictly after the first year and up to the second, in either order", () => {
    expect(breaksBetween(breaks, 2010, 2015)).toEqual([breaks[0]]);
    expect(breaksBetween(breaks, 2015, 2024)).toEqual([]);
    expect(breaksBetween(breaks, 2025, 2010)).toEqual(breaks);
  });
  it("takes the first and last years after the last break", () => {
    const years = [2010, 2012, 2015, 2018, 2024, 2025];
    expect(lastComparablePair(years, breaks)).toEqual([2015, 2024]);
    expect(lastComparablePair(years.slice(0, 5), breaks)).toEqual([2015, 2024]);
    expect(lastComparablePair([2010, 2024], [])).toEqual([2010, 2024]);
    expect(lastComparablePair([], [])).toBeNull();
  });
  it("goes back to the last segment with two years when the latest has one (a new method in the last year)", () => {
    expect(lastComparablePair([2010, 2015, 2022, 2025], [{ year: 2025, kind: "method" }])).toEqual([2010, 2022]);
    expect(
      lastComparablePair(
        [2010, 2015, 2025],
        [
          { year: 2015, kind: "source" },
          { year: 2025, kind: "method" },
        ],
      ),
    ).toBeNull();
  });
  it("writes a year range with an en dash, one year alone", () => {
    expect(yearRange([2024, 2010, 2015])).toBe("2010–2024");
    expect(yearRange([2024])).toBe("2024");
    expect(yearRange([])).toBe("");
  });
  it("knows the units that are ranks within a level", () => {
    expect(isRankUnit("rank_0_1")).toBe(true);
    expect(isRankUnit("rank")).toBe(true);
    expect(isRankUnit("percent")).toBe(false);
  });
  it("reads the value of one year", () => {
    expect(valueIn({ years: [2010, 2011] }, [1, null], 2010)).toBe(1);
    expect(valueIn({ years: [2010, 2011] }, [1, null], 2011)).toBeNull();
    expect(valueIn({ years: [2010, 2011] }, [1, null], 2012)).toBeNull();
  });
});

describe("matchAreas(areas, query, chosen)", () => {
  const areas = [
    { code: "21013", name: "Saint-Gilles" },
    { code: "21004", name: "Bruxelles" },
    { code: "21015", name: "Schaerbeek" },
    { code: "21016", name: "Uccle" },
    { code: "21014", name: "Saint-Josse-ten-Noode" },
  ];
  it("finds names starting with the query first, then names containing it, without accents or hyphens", () => {
    expect(matchAreas(areas, "saint g", []).map((a) => a.code)).toEqual(["21013"]);
    expect(matchAreas(areas, "ÉE", []).map((a) => a.code)).toEqual(["21015"]);
    expect(matchAreas(areas, "s", []).map((a) => a.code)).toEqual(["21013", "21015", "21014", "21004"]);
  });
  it("finds a code, leaves out the chosen ones, and nothing for an empty query", () => {
    expect(matchAreas(areas, "21016", []).map((a) => a.code)).toEqual(["21016"]);
    expect(matchAreas(areas, "saint", ["21013"]).map((a) => a.code)).toEqual(["21014"]);
    expect(matchAreas(areas, "  ", [])).toEqual([]);
    expect(matchAreas(areas, "s", [], 2)).toHaveLength(2);
  });
  it("normalises names", () => {
    expect(normaliseName("  Saint-Josse–ten-Noode ")).toBe("saint josse ten noode");
  });
});

describe("nextActive(current, count, key)", () => {
  it("moves with the arrows and wraps, jumps with Home and End", () => {
    expect(nextActive(-1, 3, "ArrowDown")).toBe(0);
    expect(nextActive(2, 3, "ArrowDown")).toBe(0);
    expect(nextActive(-1, 3, "ArrowUp")).toBe(2);
    expect(nextActive(1, 3, "ArrowUp")).toBe(0);
    expect(nextActive(1, 3, "Home")).toBe(0);
    expect(nextActive(0, 3, "End")).toBe(2);
    expect(nextActive(1, 3, "a")).toBe(1);
    expect(nextActive(0, 0, "ArrowDown")).toBe(-1);
  });
});

describe("seriesPath and chosenCodes", () => {
  it("round-trips the chosen territories through the page's query", () => {
    const path = seriesPath("fr", "bim_share", "16", "A 1");
    expect(path).toBe("/fr/indicators/bim_share/?area=16,A%201#series");
    expect(chosenCodes(new URL(path, "http://x").search)).toEqual(["16", "A 1"]);
    expect(chosenCodes("?area=16,,16,20")).toEqual(["16", "20"]);
    expect(chosenCodes("")).toEqual([]);
  });
});
