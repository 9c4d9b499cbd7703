import { describe, expect, it } from "vitest";
import {
  HEADLINE,
  parseYearParam,
  resolveYears,
  writeYearParam,
  type IndicatorYears,
} from "../../../../src/lib/explorer/year-state.ts";

const years: IndicatorYears = {
  headline: 2024,
  series: { years: [2010, 2015, 2020, 2023, 2024], breaks: [{ year: 2020, kind: "definition" }] },
};

describe("parseYearParam(raw)", () => {
  it("reads one year or a pair, first before second", () => {
    expect(parseYearParam("2018")).toEqual({ to: 2018, from: null });
    expect(parseYearParam("2015-2023")).toEqual({ to: 2023, from: 2015 });
  });

  it.each(["", "18", "2018 ", "2023-2015", "2020-2020", "2015–2023", "2015-", "+2018", "2018.0", "1e3"])(
    "refuses %j",
    (raw) => expect(parseYearParam(raw)).toBeNull(),
  );
});

describe("writeYearParam(choice)", () => {
  it("leaves the headline year out and writes a change as from-to", () => {
    expect(writeYearParam(HEADLINE)).toBeNull();
    expect(writeYearParam({ year: 2015, fromYear: null })).toBe("2015");
    expect(writeYearParam({ year: 2024, fromYear: 2020 })).toBe("2020-2024");
  });
});

describe("resolveYears(request, years)", () => {
  it("accepts a published year, and writes the headline year as no year at all", () => {
    expect(resolveYears({ to: 2015, from: null }, years)).toEqual({
      choice: { year: 2015, fromYear: null },
      problem: null,
    });
    expect(resolveYears({ to: 2024, from: null }, years)).toEqual({ choice: HEADLINE, problem: null });
  });

  it("accepts a pair within one comparable segment", () => {
    expect(resolveYears({ to: 2024, from: 2020 }, years)).toEqual({
      choice: { year: 2024, fromYear: 2020 },
      problem: null,
    });
  });

  it("falls back to the headline year for a year not published (out of range or between two)", () => {
    for (const request of [
      { to: 2030, from: null },
      { to: 2012, from: null },
      { to: 2024, from: 2005 },
    ])
      expect(resolveYears(request, years)).toEqual({ choice: HEADLINE, problem: { kind: "unavailable" } });
  });

  it("refuses a pair across a break, naming it, and shows the second year alone", () => {
    expect(resolveYears({ to: 2023, from: 2015 }, years)).toEqual({
      choice: { year: 2023, fromYear: null },
      problem: { kind: "break", from: 2015, to: 2023, breakYear: 2020, breakKind: "definition" },
    });
    expect(resolveYears({ to: 2024, from: 2015 }, years).choice).toEqual(HEADLINE);
  });

  it("offers the headline year alone for an indicator with one year", () => {
    const single = { headline: 2022, series: null };
    expect(resolveYears({ to: 2022, from: null }, single)).toEqual({ choice: HEADLINE, problem: null });
    expect(resolveYears({ to: 2021, from: null }, single).problem).toEqual({ kind: "unavailable" });
  });
});
