/**
 * The symbol of a verdict as SVG markup (browser-safe): the profile's marks (COMPARISON_MARKS:
 * circle better, diamond similar, triangle worse, square not compared), drawn the same by the
 * profile's ComparisonMark component and the comparison table. Decorative: the verdict is always
 * written beside it, so colour is never the only carrier.
 */
import type { Comparison } from "../profile/compare.ts";

/** Fill and symbol of each verdict (the profile's spine chart draws the same). */
export const COMPARISON_MARKS: Record<
  Comparison,
  { fill: string; symbol: "circle" | "diamond" | "triangle" | "square" }
> = {
  better: { fill: "#2f6db5", symbol: "circle" },
  similar: { fill: "#f2c230", symbol: "diamond" },
  worse: { fill: "#c23b22", symbol: "triangle" },
  not_compared: { fill: "#ffffff", symbol: "square" },
};

export const COMPARISON_SHAPES: Record<(typeof COMPARISON_MARKS)[Comparison]["symbol"], string> = {
  circle: '<circle cx="7" cy="7" r="5.5"/>',
  diamond: '<path d="M7 1 13 7 7 13 1 7Z"/>',
  triangle: '<path d="M7 1.5 13 12.5H1Z"/>',
  square: '<rect x="2" y="2" width="10" height="10"/>',
};

export function comparisonMarkSvg(comparison: Comparison): string {
  const { fill, symbol } = COMPARISON_MARKS[comparison];
  return (
    `<svg class="comparison-mark" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"` +
    ` fill="${fill}" stroke="#1b1f24" stroke-width="1.2">${COMPARISON_SHAPES[symbol]}</svg>`
  );
}
