/**
 * On the published data: every text of every static SVG map (the latest year's and the change
 * maps, in the three languages) lies inside the picture, the longest source line included, and
 * the bassin borders drawn over a map have their legend entry.
 */
import { describe, expect, it } from "vitest";
import { changeMapSvg } from "../../../../src/data/map/change-view.ts";
import { mapView } from "../../../../src/data/map/view.ts";
import { changeMapStaticPaths, mapStaticPaths } from "../../../../src/data/static-paths.ts";
import type { Language } from "../../../../src/core/languages.ts";
import { textWidth } from "../../../../src/lib/figure/wrap-text.ts";

const unescape = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The texts that run past the right edge or below the bottom of the picture. */
function overflowing(svg: string): string[] {
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
  expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
  const texts = [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)</g),
  ];
  expect(texts.length).toBeGreaterThan(3);
  return texts
    .filter(([, x, y, size, bold, text]) => {
      const right = Number(x) + textWidth(unescape(text!), Number(size), Boolean(bold));
      return right > width! || Number(y) > height!;
    })
    .map(([, , , , , text]) => text!);
}

describe("static SVG maps on the published data", () => {
  it("keep every line of every map inside the picture, in every language", () => {
    const paths = mapStaticPaths();
    expect(paths.length).toBeGreaterThan(300);
    let longestSource = "";
    for (const { params } of paths) {
      const { svg, source } = mapView({
        indicatorId: params.indicator,
        level: params.level,
        language: params.lang as Language,
        borders: params.level === "bassin" ? [] : ["bassin"],
        standalone: true,
      });
      if (source.length > longestSource.length) longestSource = source;
      expect(overflowing(svg), `${params.lang}/maps/${params.indicator}/${params.level}.svg`).toEqual([]);
      if (params.level !== "bassin") expect(svg).toContain(`class="legend-border legend-border-bassin"`);
      expect(svg).not.toMatch(/\(1 (zones|gebieden|areas)\)/);
    }
    // The longest source line is long enough to need several lines at 950 units.
    expect(textWidth(longestSource, 11)).toBeGreaterThan(2 * 926);
  });

  it("keep every line of every change map inside the picture", () => {
    for (const { params } of changeMapStaticPaths()) {
      const svg = changeMapSvg(params.indicator, params.level, params.lang as Language);
      expect(overflowing(svg), `${params.lang}/maps/${params.indicator}/change/${params.level}.svg`).toEqual([]);
    }
  });
});
