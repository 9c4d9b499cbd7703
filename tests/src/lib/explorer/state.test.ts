import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  explorerEmbedPath,
  embedPageSearch,
  explorerTableHref,
  parseState,
  serializeState,
  type StateContext,
} from "../../../../src/lib/explorer/state.ts";

const context: StateContext = {
  indicators: new Map([
    ["fragility_index", ["quartier", "commune", "bassin"]],
    ["distance_pharmacy_m", ["sector"]],
    ["population", ["sector", "quartier", "commune", "bassin"]],
  ]),
  levels: ["quartier", "commune", "bassin", "sector"],
  overlays: ["commune", "bassin", "clss", "pharmacy"],
  areas: new Map([["quartier", new Set(["1", "58"])]]),
};

describe("parseState(search, context)", () => {
  it("gives the default view for an empty query", () => {
    expect(parseState("", context)).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it("reads indicator, level, area and overlays", () => {
    expect(parseState("?i=population&l=quartier&a=58&o=bassin,pharmacy", context).state).toEqual({
      indicator: "population",
      level: "quartier",
      area: "58",
      overlays: ["bassin", "pharmacy"],
      question: null,
      year: null,
      fromYear: null,
      tab: "map",
      chart: "bars",
    });
  });

  it("names an indicator without data (not offered on the map) instead of calling it unknown", () => {
    const { state, notices } = parseState("?i=gp_per_1000", { ...context, withheld: new Set(["gp_per_1000"]) });
    expect(state.indicator).toBe(DEFAULT_STATE.indicator);
    expect(notices).toEqual([{ key: "explorer.notice.withheld", params: { indicator: { indicator: "gp_per_1000" } } }]);
  });

  it("falls back with a notice for unknown values, never failing", () => {
    const { state, notices } = parseState("?i=nonsense&l=galaxy&a=999&o=commune,<script>", context);
    expect(state).toEqual({ ...DEFAULT_STATE, area: null });
    expect(notices.map((n) => n.key)).toEqual([
      "explorer.notice.indicator",
      "explorer.notice.level",
      "explorer.notice.area",
      "explorer.notice.overlay",
    ]);
    expect(notices[3]!.params.value).toEqual({ url: "<script>" });
  });

  it("moves to a level where the indicator exists", () => {
    const { state, notices } = parseState("?i=distance_pharmacy_m", context);
    expect(state.level).toBe("sector");
    expect(notices).toEqual([
      {
        key: "explorer.notice.levelForIndicator",
        params: { indicator: { indicator: "distance_pharmacy_m" }, level: { level: "sector" } },
      },
    ]);
  });

  it("reports unknown overlays once each, in one notice, however often the URL repeats them", () => {
    const { state, notices } = parseState(`?o=${"x,".repeat(5000)}bassin,y,x`, context);
    expect(state.overlays).toEqual(["bassin"]);
    expect(notices).toEqual([{ key: "explorer.notice.overlays", params: { value: { url: "x,y" } } }]);
    expect(parseState("?o=x,x,commune", context).notices).toEqual([
      { key: "explorer.notice.overlay", params: { value: { url: "x" } } },
    ]);
  });

  it("reads the first value of a parameter given twice, and says so", () => {
    const { state, notices } = parseState("?l=commune&i=population&l=bassin&l=sector", context);
    expect(state.level).toBe("commune");
    expect(notices).toEqual([
      { key: "explorer.notice.repeated", params: { name: "l", count: "3", value: { url: "commune" } } },
    ]);
  });

  it("survives malformed percent-encoding", () => {
    expect(() => parseState("?i=%E0%A4%A", context)).not.toThrow();
  });
});

describe("serializeState(state)", () => {
  it("omits defaults and round-trips", () => {
    expect(serializeState(DEFAULT_STATE)).toBe("");
    const state = {
      indicator: "population",
      level: "commune",
      area: "21004",
      overlays: ["bassin", "clss"],
      question: null,
      year: null,
      fromYear: null,
      tab: "chart" as const,
      chart: "bars" as const,
    };
    expect(serializeState(state)).toBe("?i=population&l=commune&a=21004&o=bassin,clss&tab=chart");
    expect(parseState(serializeState(state), { ...context, areas: undefined }).state).toEqual(state);
  });
});

describe("guided questions in the URL", () => {
  const withQuestions: StateContext = {
    ...context,
    questionIndicators: new Map([
      ["fragility_index", { id: "fragility_index", polarity: "higher_is_worse" as const }],
      ["distance_pharmacy_m", { id: "distance_pharmacy_m", polarity: "higher_is_worse" as const }],
    ]),
  };

  it("reads and writes the question", () => {
    const { state } = parseState("?g=fragility_index:20:distance_pharmacy_m:gt:300", withQuestions);
    expect(state.question).toEqual({
      first: "fragility_index",
      worstPercent: 20,
      second: "distance_pharmacy_m",
      comparison: "gt",
      threshold: 300,
    });
    expect(serializeState(state)).toBe("?g=fragility_index:20:distance_pharmacy_m:gt:300");
  });

  it("drops a malformed question with a notice", () => {
    const { state, notices } = parseState("?g=fragility_index:20:nope:gt:300", withQuestions);
    expect(state.question).toBeNull();
    expect(notices).toEqual([
      { key: "explorer.notice.question", params: { value: { url: "fragility_index:20:nope:gt:300" } } },
    ]);
  });
});

describe("explorerTableHref(language, view)", () => {
  it("links the full explorer's Table tab, defaults omitted, in the form parseState reads back", () => {
    expect(explorerTableHref("fr", {})).toBe("/fr/?tab=table#explorer-table");
    const href = explorerTableHref("nl", { indicator: "fragility_index", level: "commune", area: "21001" });
    expect(href).toBe("/nl/?l=commune&a=21001&tab=table#explorer-table");
    expect(parseState(href.slice("/nl/".length).split("#")[0]!, context).state).toMatchObject({
      indicator: "fragility_index",
      level: "commune",
      area: "21001",
      tab: "table",
    });
  });
});

describe("the year in the URL (y=)", () => {
  const withYears: StateContext = {
    ...context,
    years: (indicator, level) =>
      indicator === "population" && level === "quartier"
        ? {
            headline: 2024,
            series: { years: [2015, 2018, 2020, 2024], breaks: [{ year: 2020, kind: "territorial" }] },
          }
        : indicator === "fragility_index"
          ? { headline: 2025, series: null }
          : undefined,
  };

  it("reads a year and a change, and writes them back the same way", () => {
    const year = parseState("?i=population&y=2018", withYears);
    expect(year).toEqual({ state: { ...DEFAULT_STATE, indicator: "population", year: 2018 }, notices: [] });
    expect(serializeState(year.state)).toBe("?i=population&y=2018");
    const change = parseState("?i=population&y=2020-2024", withYears);
    expect(change.state).toMatchObject({ year: 2024, fromYear: 2020 });
    expect(serializeState(change.state)).toBe("?i=population&y=2020-2024");
  });

  it("leaves the headline year out of the URL", () => {
    const { state, notices } = parseState("?i=population&y=2024", withYears);
    expect({ year: state.year, notices }).toEqual({ year: null, notices: [] });
    expect(serializeState(state)).toBe("?i=population");
  });

  it("falls back to the headline year with a notice for a year out of range or malformed", () => {
    for (const raw of ["1999", "2019", "soon", "2024-2018"]) {
      const { state, notices } = parseState(`?i=population&y=${raw}`, withYears);
      expect(state).toMatchObject({ year: null, fromYear: null });
      expect(notices).toEqual([
        {
          key: "explorer.notice.year",
          params: {
            value: { url: raw },
            indicator: { indicator: "population" },
            level: { level: "quartier" },
            year: "2024",
          },
        },
      ]);
    }
  });

  it("offers no other year for an indicator with one year", () => {
    const { state, notices } = parseState("?y=2024", withYears);
    expect(state.year).toBeNull();
    expect(notices[0]).toMatchObject({ key: "explorer.notice.year", params: { year: "2025" } });
  });

  it("refuses a change across a break, naming the break, and shows the later year", () => {
    const { state, notices } = parseState("?i=population&y=2015-2024", withYears);
    expect(state).toMatchObject({ year: null, fromYear: null });
    expect(notices).toEqual([
      {
        key: "explorer.notice.yearsBreak",
        params: {
          from: "2015",
          to: "2024",
          break: "2020",
          kind: { breakKind: "territorial" },
          indicator: { indicator: "population" },
          level: { level: "quartier" },
        },
      },
    ]);
    expect(parseState("?i=population&y=2015-2018", withYears).state).toMatchObject({ year: 2018, fromYear: 2015 });
  });
});

describe("the selected view tab in the URL (tab=)", () => {
  it("reads each tab and writes it back, the map (default) omitted", () => {
    for (const tab of ["chart", "table", "sources", "download"] as const) {
      const { state, notices } = parseState(`?tab=${tab}`, context);
      expect(state.tab).toBe(tab);
      expect(notices).toEqual([]);
      expect(serializeState(state)).toBe(`?tab=${tab}`);
    }
    expect(parseState("?tab=map", context).state.tab).toBe("map");
    expect(serializeState({ ...DEFAULT_STATE, tab: "map" })).toBe("");
  });

  it("falls back to the map with a notice naming an unknown tab", () => {
    const { state, notices } = parseState("?tab=globe", context);
    expect(state.tab).toBe("map");
    expect(notices).toEqual([{ key: "explorer.notice.tab", params: { value: { url: "globe" } } }]);
    expect(parseState("?tab=Table", context).state.tab).toBe("map");
  });
});

describe("the Chart tab's kind in the URL (chart=)", () => {
  it("reads the lines over time and writes them back, the ranking (default) omitted", () => {
    const { state, notices } = parseState("?i=population&tab=chart&chart=lines", context);
    expect(state).toMatchObject({ indicator: "population", tab: "chart", chart: "lines" });
    expect(notices).toEqual([]);
    expect(serializeState(state)).toBe("?i=population&tab=chart&chart=lines");
    expect(parseState("?chart=bars", context).state.chart).toBe("bars");
    expect(serializeState({ ...DEFAULT_STATE, tab: "chart", chart: "bars" })).toBe("?tab=chart");
  });

  it("keeps an older link without chart= on the ranking", () => {
    expect(parseState("?i=population&tab=chart", context)).toEqual({
      state: { ...DEFAULT_STATE, indicator: "population", tab: "chart", chart: "bars" },
      notices: [],
    });
  });

  it("falls back to the ranking with a notice naming an unknown kind", () => {
    const { state, notices } = parseState("?tab=chart&chart=pie", context);
    expect(state.chart).toBe("bars");
    expect(notices).toEqual([{ key: "explorer.notice.chart", params: { value: { url: "pie" } } }]);
  });
});

describe("explorerEmbedPath(language, state) and embedPageSearch(search, base)", () => {
  it("puts indicator and level in the path (a page drawn at build time), the rest in the query", () => {
    const state = {
      ...DEFAULT_STATE,
      indicator: "bim_share",
      level: "commune",
      area: "21004",
      tab: "chart" as const,
      chart: "lines" as const,
    };
    expect(explorerEmbedPath("fr", state)).toBe("/fr/embed/map/bim_share/commune/?a=21004");
    expect(explorerEmbedPath("nl", DEFAULT_STATE)).toBe("/nl/embed/map/fragility_index/quartier/");
  });

  it("reads the path's indicator and level back, unless the query names others", () => {
    const base = { indicator: "population", level: "commune" };
    const search = embedPageSearch("?a=21004", base);
    expect(parseState(search, { ...context, areas: undefined }).state).toMatchObject({ ...base, area: "21004" });
    expect(embedPageSearch("?l=bassin", base)).toBe("?l=bassin&i=population");
  });
});
