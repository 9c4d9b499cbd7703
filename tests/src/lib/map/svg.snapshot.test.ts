import { describe, expect, it } from "vitest";
import { choropleth } from "../../../../src/lib/map/choropleth.ts";
import { renderMapSvg, type MapSvgOptions } from "../../../../src/lib/map/svg.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";

interface GridValues {
  codes: string[];
  names: string[];
  values: (number | null)[];
  flags: (string | null)[];
  points: { lon: number; lat: number; kind: string; label: string }[];
  highlighted: string[];
}

const grid = snapshotGrid();
const input = readInput<GridValues>("values.json");
const map = choropleth({
  ...input,
  polarity: "higher_is_worse",
  format: (v) => v.toFixed(1),
  text: {
    tooltip: (name, value) => `${name}: ${value}`,
    noData: "No data",
    notApplicable: "Not applicable",
    tooFewResidents: "Too few residents",
    count: (n) => `${n} area${n === 1 ? "" : "s"}`,
  },
});
const areas = grid.areas.map(({ code, d }) => ({ code, d, fill: map.fills.get(code)!, label: map.labels.get(code)! }));
const points = input.points.map(({ lon, lat, kind, label }) => {
  const [x, y] = grid.project(lon, lat);
  return { x, y, kind, label };
});

/** Every option of the renderer at once: commune and bassin borders, highlighted areas, points and an overlay. */
const full: MapSvgOptions = {
  id: "snapshot-map",
  title: 'Share of <test> & "quoted" residents',
  description: "Six squares: three classes, one without data (hatched), one not applicable (dotted).",
  areas,
  borders: [
    { kind: "commune", d: grid.borders.commune },
    { kind: "bassin", d: grid.borders.bassin },
  ],
  points,
  highlighted: input.highlighted,
  overlay: `<g class="snapshot-overlay"><circle cx="360" cy="300" r="40" fill="none" stroke="#08519c"/></g>`,
};

describe("renderMapSvg(options)", () => {
  it("draws the areas with their class fills and the no-data and not-applicable hatching", () => {
    const svg = renderMapSvg({ id: "snapshot-map", title: "Classes", description: "Areas only", areas });
    expect(svg).toContain(`fill="url(#pattern-no-data)" data-code="A3"`);
    expect(svg).toContain(`fill="url(#pattern-not-applicable)" data-code="B3"`);
    expectSnapshot("map-svg-areas", svg);
  });

  it("draws borders, highlighted areas, points and the overlay, in that order", () => {
    expectSnapshot("map-svg-overlays", renderMapSvg(full));
  });

  it("draws title, legend, source and date into a standalone picture", () => {
    const svg = renderMapSvg({
      ...full,
      standalone: {
        legendTitle: "Share (%)",
        legend: map.legendItems,
        source: "Source: hand-made test grid",
        date: "1 January 2025",
      },
    });
    expectSnapshot("map-svg-standalone", svg);
  });

  it("draws the same picture twice (nothing random, nothing dated)", () => {
    const standalone = { legendTitle: "Share (%)", legend: map.legendItems, source: "Source", date: "2025" };
    expect(renderMapSvg({ ...full, standalone })).toBe(renderMapSvg({ ...full, standalone }));
  });
});
