/**
 * Choropleth classes and colours, shared by the build-time SVG maps and the browser explorer.
 * Colours are ColorBrewer sequential schemes (colour-blind safe); the darker end always means
 * "worse" when the indicator has a polarity, so maps read the same way for every indicator.
 */
import type { Polarity } from "../../core/polarity.ts";

const YL_OR_RD = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];
const YL_GN_BU = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

export const NO_DATA_FILL = "url(#pattern-no-data)";
export const NOT_APPLICABLE_FILL = "url(#pattern-not-applicable)";
/** A value the small-number rule keeps out of the classes (too few residents, non-residential quartier). */
export const TOO_FEW_RESIDENTS_FILL = "url(#pattern-too-few-residents)";

/** Colours for classes of ascending values. */
export function schemeFor(polarity: Polarity, classes: number): string[] {
  const base = polarity === "neutral" ? YL_GN_BU : YL_OR_RD;
  const picked = pick(base, classes);
  return polarity === "higher_is_better" ? [...picked].reverse() : picked;
}

function pick(scheme: string[], classes: number): string[] {
  if (classes >= scheme.length) return scheme;
  if (classes <= 1) return [scheme[Math.floor(scheme.length / 2)]!];
  return Array.from({ length: classes }, (_, i) => scheme[Math.round((i * (scheme.length - 1)) / (classes - 1))]!);
}

/**
 * Quantile class breaks (at most `classes` classes, fewer when values repeat): each class holds
 * about the same number of areas, so the map shows ranks rather than a few outliers.
 */
export function quantileBreaks(values: number[], classes = 5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const position = (k * (sorted.length - 1)) / classes;
    const low = sorted[Math.floor(position)]!;
    const high = sorted[Math.ceil(position)]!;
    const cut = low + (high - low) * (position - Math.floor(position));
    if (cut > sorted[0]! && cut <= sorted.at(-1)! && !breaks.includes(cut)) breaks.push(cut);
  }
  return breaks;
}

/** The class of a value: the number of breaks it reaches. */
export function classOf(value: number, breaks: number[]): number {
  let index = 0;
  while (index < breaks.length && value >= breaks[index]!) index++;
  return index;
}

export interface Legend {
  breaks: number[];
  colours: string[];
  /** [low, high] and the number of areas of each class. */
  classes: { low: number; high: number; colour: string; count: number }[];
}

export function legendFor(values: number[], polarity: Polarity, classCount = 5): Legend {
  const breaks = quantileBreaks(values, classCount);
  const colours = schemeFor(polarity, breaks.length + 1);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const classes = colours.map((colour, i) => ({
    low: i === 0 ? min : breaks[i - 1]!,
    high: i === breaks.length ? max : breaks[i]!,
    colour,
    count: values.filter((v) => classOf(v, breaks) === i).length,
  }));
  return { breaks, colours, classes };
}
