/**
 * The profile's spine chart drawn with Observable Plot at build time, into a DOM from linkedom:
 * plain SVG in the page, no script. One row per indicator, grouped by family: the range among
 * comparable territories (worst on the left, best on the right; neutral ones lowest to highest),
 * the 25th–75th percentile band, the benchmark as a tick and the area's value as a dot whose
 * colour and shape both say better, similar or worse.
 * https://observablehq.com/plot/features/accessibility
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ProfileRow } from "./row.ts";
// The verdict marks live with the comparison table, which must not load Plot.
import { COMPARISON_MARKS } from "../compare/mark.ts";

/** Fill and symbol for each verdict: shape as well as colour, so colour is never the only cue. */
export { COMPARISON_MARKS };
export const RANGE_FILL = "#e3e7ec";
export const BAND_FILL = "#9aa6b3";
export const BENCHMARK_STROKE = "#1b1f24";

export interface SpineChartText {
  /** Identifies what the frame depends on (level and language): charts with the same key share it. */
  frameKey: string;
  ariaLabel: string;
  ariaDescription: string;
  family: (family: string) => string;
  label: (row: ProfileRow) => string;
  /** The area's value as printed at the end of the row ("not applicable" when there is none). */
  value: (row: ProfileRow) => string;
  /** Tooltip of the dot: indicator, value and verdict in words. */
  title: (row: ProfileRow) => string;
  worseEnd: string;
  betterEnd: string;
}

const WIDTH = 760;
const MARGIN_LEFT = 320;
const MARGIN_RIGHT = 110;
const MARGIN_TOP = 28;
/** Room for indicator labels wrapped on up to three lines. */
const ROW_HEIGHT = 36;
/** Characters per label line that fit the left margin at 11 px, with room for wide letters. */
export const LABEL_LINE_CHARS = 46;

const { document } = parseHTML("<!doctype html><html><body></body></html>");

interface Line {
  key: string;
  family: string;
  row: ProfileRow | null;
}

/** Family headers interleaved with the indicator rows, in the rows' order. */
export function chartLines(rows: ProfileRow[]): Line[] {
  const lines: Line[] = [];
  for (const row of rows) {
    const family = row.indicator.family;
    if (lines.at(-1)?.family !== family) lines.push({ key: `family:${family}`, family, row: null });
    lines.push({ key: row.indicator.id, family, row });
  }
  return lines;
}

const wrapped = new Map<string, string>();

/**
 * Breaks a label into lines of at most `width` characters at spaces (a longer word keeps its own
 * line). Done here once per label rather than by Plot's text measurement on every chart: the same
 * labels recur on all 507 profiles, and this halves the time to draw a chart.
 */
export function wrapLabel(label: string, width: number): string {
  const key = `${width}:${label}`;
  const done = wrapped.get(key);
  if (done !== undefined) return done;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  const result = lines.join("\n");
  wrapped.set(key, result);
  return result;
}

interface SvgNode {
  outerHTML: string;
  nodeName: string;
  childNodes: ArrayLike<SvgNode>;
  cloneNode(deep: boolean): SvgNode;
  append(...nodes: SvgNode[]): void;
  setAttribute(name: string, value: string): void;
}

/** Plot options shared by the frame and the overlay, so that both draw on the same scales. */
function layout(lines: Line[]) {
  return {
    document,
    width: WIDTH,
    height: MARGIN_TOP + lines.length * ROW_HEIGHT + 8,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: MARGIN_TOP,
    marginBottom: 8,
    style: { fontSize: "12px" },
    x: { domain: [0, 1], axis: null },
    y: { type: "band" as const, domain: lines.map((l) => l.key), axis: null, padding: 0 },
  };
}

const frames = new Map<string, SvgNode>();

/**
 * What every area of a level shares in one language: labels, family headers, the range bars,
 * quartile bands and benchmark ticks (they depend on the level's values only). Drawn once per
 * level and language instead of once per area.
 */
function frame(rows: ProfileRow[], text: SpineChartText): SvgNode {
  const cached = frames.get(text.frameKey);
  if (cached) return cached;
  const lines = chartLines(rows);
  const charted = rows.filter((r) => r.positions !== null);
  const labels = new Map(lines.map((l) => [l.key, l.row ? wrapLabel(text.label(l.row), LABEL_LINE_CHARS) : ""]));
  const svg = Plot.plot({
    ...layout(lines),
    marks: [
      Plot.axisY({
        tickSize: 0,
        tickPadding: 14,
        fontSize: 12,
        label: null,
        tickFormat: (key: string) => labels.get(key) ?? "",
        ariaHidden: "true",
      }),
      Plot.text(
        lines.filter((l) => !l.row),
        {
          y: "key",
          frameAnchor: "left",
          dx: 4 - MARGIN_LEFT,
          textAnchor: "start",
          fontWeight: "bold",
          fontSize: 12,
          text: (l: Line) => text.family(l.family),
          ariaHidden: "true",
        },
      ),
      Plot.text([text.worseEnd], {
        frameAnchor: "top-left",
        dy: -16,
        textAnchor: "start",
        text: (d: string) => d,
        ariaHidden: "true",
      }),
      Plot.text([text.betterEnd], {
        frameAnchor: "top-right",
        dy: -16,
        textAnchor: "end",
        text: (d: string) => d,
        ariaHidden: "true",
      }),
      Plot.barX(charted, {
        x1: 0,
        x2: 1,
        y: (r: ProfileRow) => r.indicator.id,
        fill: RANGE_FILL,
        insetTop: 8,
        insetBottom: 8,
        ariaHidden: "true",
      }),
      Plot.barX(charted, {
        x1: (r: ProfileRow) => r.positions!.p25,
        x2: (r: ProfileRow) => r.positions!.p75,
        y: (r: ProfileRow) => r.indicator.id,
        fill: BAND_FILL,
        insetTop: 8,
        insetBottom: 8,
        ariaHidden: "true",
      }),
      Plot.tickX(
        charted.filter((r) => r.positions!.benchmark !== null),
        {
          x: (r: ProfileRow) => r.positions!.benchmark,
          y: (r: ProfileRow) => r.indicator.id,
          stroke: BENCHMARK_STROKE,
          strokeWidth: 3,
          insetTop: 4,
          insetBottom: 4,
          ariaHidden: "true",
        },
      ),
    ],
  }) as unknown as SvgNode;
  frames.set(text.frameKey, svg);
  return svg;
}

/** The area's own marks: its value as a symbol (its verdict in words as tooltip) and as text. */
function overlay(rows: ProfileRow[], text: SpineChartText): SvgNode[] {
  const svg = Plot.plot({
    ...layout(chartLines(rows)),
    marks: [
      Plot.dot(
        rows.filter((r) => r.positions?.value != null),
        {
          x: (r: ProfileRow) => r.positions!.value,
          y: (r: ProfileRow) => r.indicator.id,
          r: 6,
          fill: (r: ProfileRow) => COMPARISON_MARKS[r.comparison].fill,
          symbol: (r: ProfileRow) => COMPARISON_MARKS[r.comparison].symbol,
          stroke: BENCHMARK_STROKE,
          strokeWidth: 1.2,
          // The <title> of each symbol is both its tooltip and its accessible name.
          title: text.title,
          className: "spine-values",
        },
      ),
      Plot.text(rows, {
        x: 1,
        y: (r: ProfileRow) => r.indicator.id,
        dx: 12,
        textAnchor: "start",
        text: text.value,
        ariaHidden: "true",
      }),
    ],
  }) as unknown as SvgNode;
  return Array.from(svg.childNodes).filter((node) => node.nodeName.toLowerCase() === "g");
}

/**
 * The chart of one area: a copy of its level's frame with the area's marks on top. `rows` are the
 * area's profile rows; every area of a level has the same rows in the same order.
 */
export function renderSpineChart(rows: ProfileRow[], text: SpineChartText): string {
  const svg = frame(rows, text).cloneNode(true);
  svg.setAttribute("aria-label", text.ariaLabel);
  svg.setAttribute("aria-description", text.ariaDescription);
  svg.append(...overlay(rows, text));
  return svg.outerHTML;
}
