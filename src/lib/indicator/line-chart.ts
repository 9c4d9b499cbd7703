/**
 * The indicator page's line chart, in the manner of Our World in Data's: every territory of a level
 * as a thin grey line, the region and the chosen territories drawn over them in colour and named at
 * their end. Comparability breaks are a dashed rule with their kind, and lines stop at them (and at
 * missing years): a series is never bridged. Plain SVG text built by pure functions, so the build
 * (static, script-free picture) and the browser (after a search) draw the same picture.
 */
import { scaleLinear } from "d3";
import { breakStart, lineSegments, type SeriesBreak } from "./series.ts";
import { svgTextLines, wrapText } from "../figure/wrap-text.ts";

export type LineKind = "context" | "region" | "chosen";

export interface ChartLine {
  code: string;
  label: string;
  values: (number | null)[];
  kind: LineKind;
}

export interface LineChartInput {
  years: number[];
  breaks: SeriesBreak[];
  /** Drawn in order: context lines first, then the region and the chosen ones on top. */
  lines: ChartLine[];
  format: (value: number) => string;
  /** The words of a break above its rule: "2025: new definition". */
  breakLabel: (b: SeriesBreak) => string;
  ariaLabel: string;
  ariaDescription: string;
}

export const LINE_CHART_WIDTH = 720;
export const LINE_CHART_HEIGHT = 380;
const MARGIN = { top: 34, right: 170, bottom: 30, left: 64 };
/** Vertical room of one end label: labels closer than this are pushed apart. */
const LABEL_SPACING = 14;
/** Characters of a name that fit the right margin at 12 px bold, with its value. */
const LABEL_CHARS = 16;
export const CONTEXT_STROKE = "#b3bcc6";
export const REGION_STROKE = "#1b1f24";
/** Colours of the chosen territories, in the order they were added (each at least 3:1 on white). */
export const CHOSEN_COLOURS = ["#c23b22", "#2f6db5", "#7a4fa3", "#1f7a5c", "#a15c00", "#b8326e"];

export interface Frame {
  x: (year: number) => number;
  y: (value: number) => number;
  /** The value axis's range, made "nice". */
  yDomain: number[];
  yTicks: number[];
  xTicks: number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The scales of a chart of `years` with `values` inside the given box: x by year, y over the
 * values' range made "nice" (zero included for non-negative values close to it, unless `fromZero`
 * is false: a sparkline shows the change, not the level). Year ticks are
 * whole years, at most about eight.
 */
export function frame(
  years: readonly number[],
  values: readonly number[],
  box: { left: number; right: number; top: number; bottom: number },
  fromZero = true,
): Frame {
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([box.left, box.right]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  // A share or a rate near zero reads better from zero; a median income of 20,000 € does not.
  const yLow = fromZero && low >= 0 && low <= span ? 0 : low;
  const y = scaleLinear()
    .domain(values.length === 0 ? [0, 1] : yLow === high ? [yLow - 1, high + 1] : [yLow, high])
    .range([box.bottom, box.top])
    .nice(5);
  const xTicks = x.ticks(Math.min(8, Math.max(1, years.length - 1))).filter((t) => Number.isInteger(t));
  return { x, y, yDomain: y.domain(), yTicks: y.ticks(5), xTicks, ...box };
}

/** Pixels with one decimal: deterministic, short. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Path data of one run of points ("M x,y L x,y …"). */
export function runPath(run: readonly { year: number; value: number }[], f: Pick<Frame, "x" | "y">): string {
  return run.map((p, i) => `${i === 0 ? "M" : "L"}${px(f.x(p.year))},${px(f.y(p.value))}`).join("");
}

/**
 * Where a break's rule stands: halfway between the published year it starts (breakStart) and the
 * year before it.
 */
export function breakX(years: readonly number[], year: number, f: Pick<Frame, "x">): number {
  const at = years.find((y) => y >= year) ?? year;
  const before = years.filter((y) => y < at).at(-1);
  return before === undefined ? f.x(at) : (f.x(before) + f.x(at)) / 2;
}

/**
 * End labels moved apart so that none overlaps the next: sorted by their wanted position, each
 * placed at least `spacing` below the previous one, then the whole stack shifted up if it runs
 * past `bottom`. Returns positions in the input order.
 */
export function spreadLabels(wanted: readonly number[], spacing: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed: number[] = [];
  for (const [k, item] of order.entries()) placed[k] = Math.max(item.y, k === 0 ? top : placed[k - 1]! + spacing);
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.max(top, placed[k]! - overflow);
  const result: number[] = [];
  order.forEach((item, k) => (result[item.i] = placed[k]!));
  return result;
}

function strokeOf(line: ChartLine, chosenIndex: number): string {
  if (line.kind === "context") return CONTEXT_STROKE;
  if (line.kind === "region") return REGION_STROKE;
  return CHOSEN_COLOURS[chosenIndex % CHOSEN_COLOURS.length]!;
}

/** The lines of one territory: its runs as paths, a lone point as a dot. */
function drawLine(line: ChartLine, input: LineChartInput, f: Frame, stroke: string): string {
  const context = line.kind === "context";
  const width = context ? 1 : 2.5;
  const dash = line.kind === "region" ? ' stroke-dasharray="7 3"' : "";
  const parts = lineSegments(input.years, line.values, input.breaks).map((run) =>
    run.length === 1
      ? `<circle cx="${px(f.x(run[0]!.year))}" cy="${px(f.y(run[0]!.value))}" r="${context ? 1.5 : 3}" fill="${stroke}"/>`
      : `<path d="${runPath(run, f)}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash}/>`,
  );
  return `<g data-code="${escapeXml(line.code)}" data-kind="${line.kind}">${parts.join("")}</g>`;
}

function lastPoint(line: ChartLine, years: readonly number[]): { year: number; value: number } | null {
  for (let i = line.values.length - 1; i >= 0; i--) {
    const value = line.values[i];
    if (value !== null && value !== undefined) return { year: years[i]!, value };
  }
  return null;
}

/**
 * A name cut to `max` characters with an ellipsis, so that an end label stays inside the picture;
 * the full name is in the chart's description and its table.
 */
export function fitLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Text and attribute values of the hand-written SVG (the browser draws it too: no map code here). */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

export function lineChartSvg(input: LineChartInput): string {
  const values = input.lines.flatMap((line) => line.values.filter((v): v is number => v !== null));
  const f = frame(input.years, values, {
    left: MARGIN.left,
    right: LINE_CHART_WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: LINE_CHART_HEIGHT - MARGIN.bottom,
  });
  const grid = f.yTicks
    .map(
      (t) =>
        `<line x1="${f.left}" x2="${f.right}" y1="${px(f.y(t))}" y2="${px(f.y(t))}" stroke="#e3e7ec"/>` +
        `<text x="${f.left - 6}" y="${px(f.y(t))}" dy="0.32em" text-anchor="end">${escapeXml(input.format(t))}</text>`,
    )
    .join("");
  const xAxis = f.xTicks
    .map((t) => `<text x="${px(f.x(t))}" y="${f.bottom + 18}" text-anchor="middle">${t}</text>`)
    .join("");
  const breaks = input.breaks
    .filter((b) => breakStart(input.years, b) !== undefined)
    .map((b) => {
      const x = px(breakX(input.years, b.year, f));
      return (
        `<g data-break="${b.year}"><line x1="${x}" x2="${x}" y1="${f.top - 6}" y2="${f.bottom}" stroke="#5b6470" stroke-dasharray="3 3"/>` +
        `<text x="${x}" y="${f.top - 12}" text-anchor="middle">${escapeXml(input.breakLabel(b))}</text></g>`
      );
    })
    .join("");
  let chosen = 0;
  const strokes = input.lines.map((line) => strokeOf(line, line.kind === "chosen" ? chosen++ : 0));
  const drawn = input.lines.map((line, i) => drawLine(line, input, f, strokes[i]!)).join("");
  const named = input.lines
    .map((line, i) => ({ line, stroke: strokes[i]!, end: lastPoint(line, input.years) }))
    .filter((l) => l.line.kind !== "context" && l.end !== null);
  const labelY = spreadLabels(
    named.map((l) => f.y(l.end!.value)),
    LABEL_SPACING,
    f.top,
    f.bottom,
  );
  const labels = named
    .map(
      (l, i) =>
        `<text x="${f.right + 8}" y="${px(labelY[i]!)}" dy="0.32em" fill="${l.stroke}" font-weight="700">${escapeXml(
          `${fitLabel(l.line.label, LABEL_CHARS)} ${input.format(l.end!.value)}`,
        )}</text>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LINE_CHART_WIDTH} ${LINE_CHART_HEIGHT}" width="${LINE_CHART_WIDTH}" height="${LINE_CHART_HEIGHT}"` +
    ` role="img" aria-label="${escapeXml(input.ariaLabel)}" font-family="system-ui, sans-serif" font-size="12" fill="#1b1f24">` +
    `<desc>${escapeXml(input.ariaDescription)}</desc>` +
    `<g aria-hidden="true">${grid}${xAxis}${breaks}${drawn}${labels}</g></svg>`
  );
}

const TITLE = { size: 16, line: 20 };
const SOURCE = { size: 11, line: 14 };

/**
 * A chart as a picture for reports: its title above and its source line below drawn in, around
 * the chart's own SVG (nested, unchanged), both wrapped to the chart's width. The standalone .svg
 * files (and their build-time PNGs) use it.
 */
export function withTitleAndSource(chart: string, title: string, source: string): string {
  const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(chart)?.[1] ?? LINE_CHART_WIDTH);
  const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(chart)?.[1] ?? LINE_CHART_HEIGHT);
  const titleLines = wrapText(title, width - 16, TITLE.size, true);
  const sourceLines = wrapText(source, width - 16, SOURCE.size);
  const titleBand = 26 + (titleLines.length - 1) * TITLE.line + 14;
  const total = height + titleBand + 20 + (sourceLines.length - 1) * SOURCE.line + 10;
  const inner = chart.replace(/^<svg /, `<svg x="0" y="${titleBand}" `);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}"` +
    ` role="img" aria-label="${escapeXml(title)}" font-family="DejaVu Sans, system-ui, sans-serif" fill="#1b1f24">` +
    `<rect width="${width}" height="${total}" fill="#ffffff"/>` +
    svgTextLines(titleLines, {
      x: 8,
      y: 26,
      fontSize: TITLE.size,
      lineHeight: TITLE.line,
      bold: true,
      fill: "#1b1f24",
    }) +
    inner +
    svgTextLines(sourceLines, {
      x: 8,
      y: titleBand + height + 20,
      fontSize: SOURCE.size,
      lineHeight: SOURCE.line,
      fill: "#1b1f24",
    }) +
    `</svg>`
  );
}
