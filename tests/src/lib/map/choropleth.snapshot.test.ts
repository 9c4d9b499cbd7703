import { describe, expect, it } from "vitest";
import { choropleth, type ChoroplethInput } from "../../../../src/lib/map/choropleth.ts";
import { renderMapSvg } from "../../../../src/lib/map/svg.ts";
import type { Polarity } from "../../../../src/core/polarity.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";

const grid = snapshotGrid();
const values = readInput<Pick<ChoroplethInput, "codes" | "names" | "values" | "flags">>("values.json");

/** The choropleth of the test grid as a standalone map, so that fills and legend items show together. */
function picture(polarity: Polarity): string {
  const map = choropleth({
    codes: values.codes,
    names: values.names,
    values: values.values,
    flags: values.flags,
    polarity,
    format: (v) => `${v.toFixed(1)} %`,
    text: {
      tooltip: (name, value) => `${name}: ${value}`,
      noData: "No data",
      notApplicable: "Not applicable",
      tooFewResidents: "Too few residents",
      count: (n) => `${n} area${n === 1 ? "" : "s"}`,
    },
  });
  return renderMapSvg({
    id: `choropleth-${polarity}`,
    title: `Choropleth, ${polarity}`,
    description: "Quantile classes of four values, one square without data, one not applicable.",
    areas: grid.areas.map(({ code, d }) => ({ code, d, fill: map.fills.get(code)!, label: map.labels.get(code)! })),
    standalone: { legendTitle: "Share", legend: map.legendItems, source: "Source: hand-made test grid", date: "2025" },
  });
}

describe("choropleth(input)", () => {
  for (const polarity of ["higher_is_worse", "higher_is_better", "neutral"] as const) {
    it(`colours, labels and legend items for polarity ${polarity}`, () => {
      const svg = picture(polarity);
      expect(svg).toBe(picture(polarity));
      expectSnapshot(`choropleth-${polarity}`, svg);
    });
  }
});
