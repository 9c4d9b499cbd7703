import { describe, expect, it } from "vitest";
import { renderMapSvg, type MapSvgOptions } from "../../../../src/lib/map/svg.ts";

const base: MapSvgOptions = {
  id: "test-map",
  title: "Title",
  description: "Description",
  areas: [{ code: "A", d: "M0 0h10v10h-10z", fill: "#cccccc", label: "Area A" }],
  points: [{ x: 5, y: 5, kind: "pharmacy", label: "Pharmacy" }],
};
const overlay = `<g class="test-overlay"><circle cx="5" cy="5" r="2"/></g>`;

/** The markup inside the map's translated group (the one holding areas, points and overlay). */
function mapGroup(svg: string): string {
  const start = svg.indexOf(`<g transform="translate(0 `);
  expect(start).toBeGreaterThanOrEqual(0);
  // The group's own closing tag: count nested <g> openings and closings from its start.
  let depth = 0;
  const tags = /<g[\s>]|<\/g>/g;
  tags.lastIndex = start;
  for (let match = tags.exec(svg); match; match = tags.exec(svg)) {
    depth += match[0] === "</g>" ? -1 : 1;
    if (depth === 0) return svg.slice(start, match.index + 4);
  }
  throw new Error("unclosed map group");
}

describe("renderMapSvg overlay", () => {
  it("draws the overlay inside the map's translated group, after the points", () => {
    const svg = renderMapSvg({ ...base, overlay });
    const group = mapGroup(svg);
    expect(group).toContain(overlay);
    expect(group.indexOf(overlay)).toBeGreaterThan(group.indexOf(`class="points"`));
    expect(svg.match(/test-overlay/g)).toHaveLength(1);
  });

  it("keeps the overlay in the map's coordinates when title and legend shift the map down", () => {
    const svg = renderMapSvg({
      ...base,
      overlay,
      standalone: { legendTitle: "Legend", legend: [], source: "Source", date: "2025" },
    });
    const group = mapGroup(svg);
    expect(group.startsWith(`<g transform="translate(0 56)">`)).toBe(true);
    expect(group).toContain(overlay);
  });

  it("draws nothing extra without an overlay", () => {
    expect(renderMapSvg({ ...base, overlay: "" })).toBe(renderMapSvg(base));
  });
});
