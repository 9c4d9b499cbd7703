import { describe, expect, it } from "vitest";
import { isMapChoice, mapChoices, withheldChoices } from "../../../../src/lib/indicator/map-choices.ts";
import { questionIndicators } from "../../../../src/client/explorer/state-from-url.ts";
import type { ClientCatalogEntry } from "../../../../src/lib/client-data.ts";

const SHORTAGE = [
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
];

/** A purpose-built catalogue: the need index published, the shortage indicators with the given status. */
function catalogue(shortageStatus: "published" | "not_available"): ClientCatalogEntry[] {
  const entry = (id: string, status: "published" | "not_available"): ClientCatalogEntry =>
    ({
      id,
      family: "gp",
      status,
      polarity: id === "gp_need_index" || id.startsWith("gp_share") ? "higher_is_worse" : "higher_is_better",
      levels: ["quartier", "commune"],
    }) as unknown as ClientCatalogEntry;
  return [entry("gp_need_index", "published"), ...SHORTAGE.map((id) => entry(id, shortageStatus))];
}

describe("mapChoices(catalog)", () => {
  it("leaves out every shortage indicator while the catalogue says not_available (all-hatched maps)", () => {
    const catalog = catalogue("not_available");
    expect(mapChoices(catalog).map((i) => i.id)).toEqual(["gp_need_index"]);
    expect([...withheldChoices(catalog)]).toEqual(SHORTAGE);
    expect([...questionIndicators(catalog).keys()]).toEqual(["gp_need_index"]);
  });

  it("offers them again as soon as the catalogue publishes them (a register given to the pipeline)", () => {
    const catalog = catalogue("published");
    expect(mapChoices(catalog).map((i) => i.id)).toEqual(["gp_need_index", ...SHORTAGE]);
    expect(withheldChoices(catalog).size).toBe(0);
    expect([...questionIndicators(catalog).keys()]).toEqual(["gp_need_index", ...SHORTAGE]);
  });

  it("decides on the status alone", () => {
    expect(isMapChoice({ status: "published" })).toBe(true);
    expect(isMapChoice({ status: "not_available" })).toBe(false);
  });
});
