import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseState, serializeState, type StateContext } from "../src/lib/explorer-state.ts";

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
      indicator: "population", level: "quartier", area: "58", overlays: ["bassin", "pharmacy"],
    });
  });

  it("falls back with a notice for unknown values, never failing", () => {
    const { state, notices } = parseState("?i=nonsense&l=galaxy&a=999&o=commune,<script>", context);
    expect(state).toEqual({ ...DEFAULT_STATE, area: null });
    expect(notices.map((n) => n.key)).toEqual(["explorer.notice.indicator", "explorer.notice.level", "explorer.notice.area", "explorer.notice.overlay"]);
    expect(notices[3]!.params.value).toBe("<script>");
  });

  it("moves to a level where the indicator exists", () => {
    const { state, notices } = parseState("?i=distance_pharmacy_m", context);
    expect(state.level).toBe("sector");
    expect(notices).toEqual([{ key: "explorer.notice.levelForIndicator", params: { indicator: "distance_pharmacy_m", level: "sector" } }]);
  });

  it("survives malformed percent-encoding", () => {
    expect(() => parseState("?i=%E0%A4%A", context)).not.toThrow();
  });
});

describe("serializeState(state)", () => {
  it("omits defaults and round-trips", () => {
    expect(serializeState(DEFAULT_STATE)).toBe("");
    const state = { indicator: "population", level: "commune", area: "21004", overlays: ["bassin", "clss"] };
    expect(serializeState(state)).toBe("?i=population&l=commune&a=21004&o=bassin,clss");
    expect(parseState(serializeState(state), { ...context, areas: undefined }).state).toEqual(state);
  });
});
