import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import {
  SHORTAGE_IDS,
  SPATIAL_IDS,
  gpDefinitions,
  type SupplyDescription,
} from "../../../../scripts/indicators/gp/catalogue.ts";
import { loadNeedWeights } from "../../../../scripts/indicators/gp/need-weights.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";
import { loadShortageParameters } from "../../../../scripts/indicators/gp/stage.ts";

const parameters = loadShortageParameters(referenceDir);
const weights = loadNeedWeights(realContext(), 2025);
const define = (kind: SupplyDescription["kind"]) =>
  gpDefinitions(
    { kind, sources: kind === "none" ? [] : ["x"], year: 2025, capacityBasis: "headcount" },
    parameters,
    weights,
    2025,
  );
const status = (kind: SupplyDescription["kind"]) => Object.fromEntries(define(kind).map((d) => [d.id, d.status]));

describe("GP catalogue", () => {
  it("defines the two need indicators and every shortage indicator once, in the gp family", () => {
    const ids = define("practices").map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(["gp_need_index", "gp_need_population", ...SHORTAGE_IDS]);
    expect(define("practices").every((d) => d.family === "gp")).toBe(true);
  });

  it("marks what the supply cannot give as not available", () => {
    expect(Object.values(status("practices")).every((s) => s === "published")).toBe(true);
    expect(SHORTAGE_IDS.map((id) => status("none")[id])).toEqual(SHORTAGE_IDS.map(() => "not_available"));
    expect(SHORTAGE_IDS.filter((id) => status("counts")[id] === "not_available")).toEqual([...SPATIAL_IDS]);
  });
});
