import { describe, expect, it } from "vitest";
import {
  clampView,
  formatViewBox,
  MAX_ZOOM,
  panBy,
  parseViewBox,
  patternTransformAt,
  zoomAbout,
  zoomCentre,
  zoomScale,
} from "../../../../src/lib/map/zoom.ts";

const base = { x: 0, y: 0, width: 720, height: 600 };

describe("zoom maths on the viewBox", () => {
  it("zooms about the centre by the factor asked: 1.5 times shows 480 × 400 units around (360, 300)", () => {
    const view = zoomCentre(base, base, 1.5);
    expect(view).toEqual({ x: 120, y: 100, width: 480, height: 400 });
    expect(zoomScale(base, view)).toBe(1.5);
  });

  it("keeps the point under the cursor in place: zooming twice about (180, 150) keeps it a quarter in", () => {
    const view = zoomAbout(base, base, 2, 180, 150);
    expect(view).toEqual({ x: 90, y: 75, width: 360, height: 300 });
    // (180 - 90) / 360 = 0.25 of the width, as (180 - 0) / 720 was.
    expect((180 - view.x) / view.width).toBe(0.25);
  });

  it("never zooms out past the whole map, nor in past MAX_ZOOM", () => {
    expect(zoomCentre(base, base, 0.5)).toEqual(base);
    const deep = zoomCentre(base, base, 100);
    expect(zoomScale(base, deep)).toBe(MAX_ZOOM);
    expect(deep).toEqual({ x: 315, y: 262.5, width: 90, height: 75 });
  });

  it("zooming in then out by the same factor comes back to the same view", () => {
    const view = zoomCentre(base, zoomCentre(base, base, 1.5), 1 / 1.5);
    expect(view).toEqual(base);
  });

  it("pans by map units and stops at the map's edges", () => {
    const view = { x: 120, y: 100, width: 480, height: 400 };
    expect(panBy(base, view, 50, -30)).toEqual({ x: 170, y: 70, width: 480, height: 400 });
    expect(panBy(base, view, 1000, 1000)).toEqual({ x: 240, y: 200, width: 480, height: 400 });
    expect(panBy(base, view, -1000, -1000)).toEqual({ x: 0, y: 0, width: 480, height: 400 });
    expect(panBy(base, base, 40, 40)).toEqual(base);
  });

  it("clamps a view larger than the map to the map", () => {
    expect(clampView(base, { x: -10, y: -10, width: 900, height: 700 })).toEqual(base);
  });

  it("reads and writes viewBox attributes, rounded to hundredths", () => {
    expect(parseViewBox("0 0 720 600")).toEqual(base);
    expect(parseViewBox(" 1.5,2  3 4")).toEqual({ x: 1.5, y: 2, width: 3, height: 4 });
    expect(formatViewBox({ x: 1 / 3, y: 100, width: 480.005, height: 400 })).toBe("0.33 100 480.01 400");
  });
});

describe("patternTransformAt(own, scale)", () => {
  it("leaves a pattern as drawn at the whole map", () => {
    expect(patternTransformAt("", 1)).toBe("");
    expect(patternTransformAt("rotate(45)", 1)).toBe("rotate(45)");
  });

  it("shrinks a pattern by the zoom so that its marks keep their screen size, keeping its own rotation", () => {
    expect(patternTransformAt("", 2.25)).toBe("scale(0.4444)");
    expect(patternTransformAt("rotate(45)", 1.5)).toBe("scale(0.6667) rotate(45)");
  });
});
