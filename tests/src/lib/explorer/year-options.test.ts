import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry } from "../../../../src/lib/client-data.ts";
import { DEFAULT_STATE, type ExplorerState } from "../../../../src/lib/explorer/state.ts";
import { withChange, withYear, yearControls } from "../../../../src/lib/explorer/year-options.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";

const entry: ClientCatalogEntry = {
  id: "bim_share",
  family: "fragility",
  label: { fr: "BIM", nl: "VT", en: "BIM" },
  unit: "percent",
  polarity: "higher_is_worse",
  year: 2024,
  levels: ["quartier", "commune"],
  status: "published",
  citation: { fr: "", nl: "", en: "" },
  series: {
    quartier: { years: [2015, 2018, 2020, 2024], breaks: [{ year: 2018, kind: "definition" }] },
    commune: { years: [2024], breaks: [] },
  },
};
const state = (over: Partial<ExplorerState>): ExplorerState => ({ ...DEFAULT_STATE, indicator: "bim_share", ...over });

describe("yearControls(entry, state, t)", () => {
  it("offers the indicator's years at the level, naming the break, and the comparable earlier years", () => {
    const controls = yearControls(entry, state({ year: 2020 }), createTranslator("en"));
    expect(controls.years.map((o) => o.label)).toEqual(["2015", "2018 (break: definition change)", "2020", "2024"]);
    expect({ hidden: controls.hidden, year: controls.year, index: controls.index }).toEqual({
      hidden: false,
      year: 2020,
      index: 2,
    });
    expect(controls.fromYears.map((o) => o.year)).toEqual([2018]);
  });

  it("is hidden where the indicator has one year", () => {
    expect(yearControls(entry, state({ level: "commune" }), createTranslator("fr")).hidden).toBe(true);
    expect(yearControls({ ...entry, series: undefined }, state({}), createTranslator("fr")).hidden).toBe(true);
  });
});

describe("withYear(state, entry, year) and withChange(state, entry, on)", () => {
  it("writes the headline year as none, and keeps a change comparable", () => {
    expect(withYear(state({ year: 2018 }), entry, 2024)).toEqual({ year: null, fromYear: null });
    expect(withYear(state({ year: 2020, fromYear: 2018 }), entry, 2024)).toEqual({ year: 2024, fromYear: 2018 });
    // 2018 is the first year after the break: no earlier comparable year, the change ends.
    expect(withYear(state({ year: 2020, fromYear: 2018 }), entry, 2018)).toEqual({ year: 2018, fromYear: null });
  });

  it("starts a change at the earliest comparable year, and ends it on the second year", () => {
    expect(withChange(state({}), entry, true)).toEqual({ year: 2024, fromYear: 2018 });
    expect(withChange(state({ year: 2015 }), entry, true)).toEqual({});
    expect(withChange(state({ year: 2024, fromYear: 2018 }), entry, false)).toEqual({ year: null, fromYear: null });
  });
});
