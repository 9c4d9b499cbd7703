import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry } from "../../../../src/lib/client-data.ts";
import { questionIndicators, stateFromUrl } from "../../../../src/client/explorer/state-from-url.ts";

const entry = (
  id: string,
  levels: string[],
  polarity: ClientCatalogEntry["polarity"] = "higher_is_worse",
  status: ClientCatalogEntry["status"] = "published",
): ClientCatalogEntry => ({
  id,
  family: "fragility",
  label: { fr: id, nl: id, en: id },
  unit: "index",
  polarity,
  year: 2025,
  levels,
  status,
  citation: { fr: "", nl: "", en: "" },
});
const catalog = [
  entry("fragility_index", ["quartier", "commune", "bassin"]),
  entry("distance_pharmacy_m", ["sector"]),
  entry("population", ["sector", "quartier", "commune", "bassin"], "neutral"),
  entry("unpublished", [], "higher_is_worse", "not_available"),
];
const codes: Record<string, string[]> = {
  quartier: ["1", "58"],
  commune: ["21001", "21016"],
  bassin: ["N"],
  sector: ["21001A00-"],
};

/** A loader recording which levels' codes were asked for. */
function loader() {
  const loaded: string[] = [];
  return { loaded, load: async (level: string) => (loaded.push(level), codes[level]!) };
}

describe("stateFromUrl(search, catalog, loadCodes)", () => {
  it("loads only the level of the view to check the selected area", async () => {
    const { loaded, load } = loader();
    const { state, notices } = await stateFromUrl("?l=commune&a=21016", catalog, load);
    expect(state).toMatchObject({ level: "commune", area: "21016" });
    expect(notices).toEqual([]);
    expect(loaded).toEqual(["commune"]);
  });

  it("still tells the visitor about an area unknown at that level", async () => {
    const { loaded, load } = loader();
    const { state, notices } = await stateFromUrl("?l=commune&a=58", catalog, load);
    expect(state.area).toBeNull();
    expect(notices).toEqual([{ key: "explorer.notice.area", params: { value: { url: "58" } } }]);
    expect(loaded).toEqual(["commune"]);
  });

  it("checks the area at the level the indicator moved the view to", async () => {
    const { loaded, load } = loader();
    const { state, notices } = await stateFromUrl("?i=distance_pharmacy_m&a=21001A00-", catalog, load);
    expect(state).toMatchObject({ indicator: "distance_pharmacy_m", level: "sector", area: "21001A00-" });
    expect(notices.map((n) => n.key)).toEqual(["explorer.notice.levelForIndicator"]);
    expect(loaded).toEqual(["sector"]);
  });

  it("reads a guided question on published indicators with a direction", async () => {
    const { load } = loader();
    const { state } = await stateFromUrl("?g=fragility_index:20:fragility_index:lt:90", catalog, load);
    expect(state.question).toEqual({
      first: "fragility_index",
      worstPercent: 20,
      second: "fragility_index",
      comparison: "lt",
      threshold: 90,
    });
    expect([...questionIndicators(catalog).keys()]).toEqual(["fragility_index", "distance_pharmacy_m"]);
  });

  it("checks the year against the catalogue's years of the indicator at the level the view ends at", async () => {
    const { load } = loader();
    const withSeries = catalog.map((entry) =>
      entry.id === "fragility_index"
        ? { ...entry, series: { quartier: { years: [2015, 2020, 2025], breaks: [{ year: 2025, kind: "method" }] } } }
        : entry,
    );
    expect((await stateFromUrl("?y=2015-2020", withSeries, load)).state).toMatchObject({ year: 2020, fromYear: 2015 });
    const commune = await stateFromUrl("?l=commune&y=2015", withSeries, load);
    expect(commune.state.year).toBeNull();
    expect(commune.notices).toEqual([
      {
        key: "explorer.notice.year",
        params: {
          value: { url: "2015" },
          indicator: { indicator: "fragility_index" },
          level: { level: "commune" },
          year: "2025",
        },
      },
    ]);
    expect((await stateFromUrl("?y=2020-2025", withSeries, load)).notices[0]?.key).toBe("explorer.notice.yearsBreak");
  });
});
