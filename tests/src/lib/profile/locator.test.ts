import { describe, expect, it } from "vitest";
import { LOCATOR_HIGHLIGHT, renderLocatorSvg } from "../../../../src/lib/profile/locator.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";

const paths = [
  { code: "1", d: "M0 0H100V100H0Z" },
  { code: "2", d: "M100 0H200V100H100Z" },
  { code: "3", d: "M0 100H200V200H0Z" },
];

describe("the profile's locator map", () => {
  it("draws every area and the profiled one last, filled and named for screen readers", () => {
    const svg = renderLocatorSvg({ id: "loc", label: "Location of A & B in the region", paths, highlighted: "2" });
    expect(svg).toContain('role="img" aria-labelledby="loc-title"');
    expect(svg).toContain('<title id="loc-title">Location of A &amp; B in the region</title>');
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg.endsWith(`<path data-code="2" d="M100 0H200V100H100Z"/></g></svg>`)).toBe(true);
    expect(svg).toContain(`fill="${LOCATOR_HIGHLIGHT}"`);
    expectSnapshot("profile-locator", svg);
  });

  it("refuses an area without a shape rather than draw a map that locates nothing", () => {
    expect(() => renderLocatorSvg({ id: "loc", label: "x", paths, highlighted: "9" })).toThrow(
      "locator loc: no shape for area 9",
    );
  });
});
