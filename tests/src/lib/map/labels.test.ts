import { describe, expect, it } from "vitest";
import {
  boxesOverlap,
  labelBox,
  labelsSvg,
  labelSizes,
  visibleLabels,
  type MapLabel,
} from "../../../../src/lib/map/labels.ts";

const whole = { x: 0, y: 0, width: 720, height: 600 };
const commune = (code: string, x: number, y: number, text: string): MapLabel => ({ kind: "commune", code, x, y, text });
const quartier = (code: string, x: number, y: number, text: string): MapLabel => ({
  kind: "quartier",
  code,
  x,
  y,
  text,
});

describe("label boxes", () => {
  it("measures a name from its length and font size, plus 2 px of padding, in map units", () => {
    // 10 characters at 13 px × 0.58 = 75.4 px wide, half 37.7 + 2; 13 × 1.25 = 16.25 px high, half 8.125 + 2.
    const box = labelBox(commune("c", 100, 50, "Anderlecht"), 1);
    expect([box.left, box.top, box.right, box.bottom].map((n) => Math.round(n * 1000) / 1000)).toEqual([
      60.3, 39.875, 139.7, 60.125,
    ]);
    // Two map units a pixel (a phone): twice as large on the map.
    expect(Math.round(labelBox(commune("c", 100, 50, "Anderlecht"), 2).right * 1000) / 1000).toBe(179.4);
  });

  it("tells overlapping boxes from boxes that only touch", () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(boxesOverlap(a, { left: 9, top: 9, right: 20, bottom: 20 })).toBe(true);
    expect(boxesOverlap(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
  });
});

describe("visibleLabels(labels, view, unitsPerPx, scale)", () => {
  const labels = [
    commune("A", 200, 100, "Alpha"),
    commune("B", 210, 105, "Beta"), // collides with A: dropped
    commune("C", 500, 400, "Gamma"),
    quartier("q1", 300, 250, "Un"),
    quartier("q2", 305, 252, "Deux"), // collides with q1
    quartier("q3", 200, 108, "Trois"), // collides with commune A
  ];

  it("shows the communes that do not collide at the whole map, and no quartier", () => {
    expect([...visibleLabels(labels, whole, 1, 1)]).toEqual(["commune:A", "commune:C"]);
  });

  it("adds the quartier names that fit once the map is enlarged twice", () => {
    const view = { x: 0, y: 0, width: 360, height: 300 };
    // At 0.5 units a pixel B still touches A; C (500, 400) is outside the view; q2 touches q1, q3 touches A.
    expect([...visibleLabels(labels, view, 0.5, 2)]).toEqual(["commune:A", "quartier:q1"]);
  });

  it("drops a name whose box leaves the view", () => {
    expect([...visibleLabels([commune("E", 5, 300, "Edge")], whole, 1, 1)]).toEqual([]);
  });
});

describe("labelsSvg", () => {
  it("draws the names hidden from assistive technology, with a halo, those not shown with display none", () => {
    const svg = labelsSvg([commune("A", 1, 2, "A & B"), quartier("q", 3, 4, "Q")], new Set(["commune:A"]), 2);
    expect(svg).toContain('<g class="map-names" aria-hidden="true" pointer-events="none"');
    expect(svg).toContain('stroke="#ffffff" stroke-linejoin="round" paint-order="stroke"');
    expect(svg).toContain(
      '<g class="map-labels map-labels-commune" font-size="26" stroke-width="6" font-weight="700"><text x="1" y="2" data-label="commune:A">A &amp; B</text></g>',
    );
    expect(svg).toContain('<text x="3" y="4" data-label="quartier:q" display="none">Q</text>');
  });

  it("sizes names in map units so that they keep their screen size", () => {
    expect(labelSizes(0.5)).toEqual({
      commune: { fontSize: "6.5", halo: "1.5" },
      quartier: { fontSize: "6", halo: "1.5" },
    });
  });
});
