/**
 * The distribution chart of an indicator page, drawn at build time with Observable Plot on a
 * linkedom document (https://observablehq.com/plot/features/plots#plot-options, option
 * `document`): one dot per territory, packed without overlap (dodge, deterministic), or a
 * histogram, or bars per value; the regional value as a dashed line with its label, so that
 * colour never carries the meaning alone.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export interface DistributionPoint {
  name: string;
  value: number;
}

export interface DistributionChartInput {
  points: DistributionPoint[];
  /** The regional value, marked by a line; null when the indicator has none. */
  region: number | null;
  format: (value: number) => string;
  /** Number of territories, for bars and histograms. */
  formatCount: (count: number) => string;
  axisLabel: string;
  /** Label of the histogram's vertical axis: "number of quartiers". */
  countLabel: string;
  regionLabel: string;
  ariaLabel: string;
  ariaDescription: string;
  tooltip: (point: DistributionPoint) => string;
}

export const CHART_WIDTH = 720;
const DOT = "#1d4f91";
/** Room above the frame for the regional value's label: dots must stay below it. */
const MARGIN_TOP = 28;
const MARGIN_BOTTOM = 40;
/** Wide enough for a tick label such as "€ 36,000" at either end. */
const MARGIN_SIDE = 44;
const MAX_HEIGHT = 360;
const REGION = "#9c2b1e";

/** Dot radius: smaller when there are many territories (724 sectors against 145 quartiers). */
export function dotRadius(count: number): number {
  return count > 300 ? 2 : count > 60 ? 3 : 4.5;
}

export type ChartPlan = { kind: "bars" } | { kind: "dots"; height: number; r: number } | { kind: "histogram" };

/**
 * Which picture suits the values: bars per value for a few whole values (a count of flags), one
 * packed dot per territory when they fit in at most 360 px, else a histogram (many equal values,
 * such as 100 % for most quartiers, would stack into a needle). Depends on the values only, so it
 * is worked out once and reused by the other languages' pages. Deterministic.
 */
export function chartPlan(values: readonly number[], region: number | null): ChartPlan {
  if (isDiscrete(values)) return { kind: "bars" };
  const key = `${[...values].sort((a, b) => a - b).join(",")}|${region}`;
  const known = plans.get(key);
  if (known) return known;
  // Dodge stacks from the axis up, whatever the height: one probe at the largest height tells how
  // high the stack goes, and the chart gets just that (in steps of 10 px).
  const r = dotRadius(values.length);
  const probe: DistributionChartInput = { ...PROBE, points: values.map((value) => ({ name: "", value })), region };
  const stack = MAX_HEIGHT - MARGIN_BOTTOM - stackTop(renderDots(probe, MAX_HEIGHT, r));
  const height = Math.max(120, Math.ceil((stack + MARGIN_TOP + MARGIN_BOTTOM + 4) / 10) * 10);
  const plan: ChartPlan = height <= MAX_HEIGHT ? { kind: "dots", height, r } : { kind: "histogram" };
  plans.set(key, plan);
  return plan;
}

const plans = new Map<string, ChartPlan>();
const PROBE: Omit<DistributionChartInput, "points" | "region"> = {
  format: String,
  formatCount: String,
  axisLabel: "",
  countLabel: "",
  regionLabel: "",
  ariaLabel: "",
  ariaDescription: "",
  tooltip: () => "",
};

export function distributionSvg(input: DistributionChartInput, plan: ChartPlan): string {
  if (plan.kind === "bars") return renderCounts(input);
  if (plan.kind === "histogram") return renderHistogram(input);
  return renderDots(input, plan.height, plan.r);
}

/**
 * Every picture is one image (role="img", named and described): its marks are hidden from
 * assistive technology, which would otherwise meet unnamed groups (axe: aria-prohibited-attr).
 */
function plot(options: Plot.PlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({
    ...options,
    document: document as unknown as Document,
    width: CHART_WIDTH,
    style: { fontSize: "12px", color: "#1b1f24" },
  }) as unknown as {
    setAttribute(name: string, value: string): void;
    outerHTML: string;
  };
  svg.setAttribute("role", "img");
  return roundGeometry(svg.outerHTML);
}

/** A tenth of a pixel is enough: shorter coordinates, a third lighter for 724 dots. Text is untouched. */
export function roundGeometry(svg: string): string {
  return svg.replace(
    /\b(cx|cy|x|y|x1|x2|y1|y2|width|height|d|transform)="([^"]*)"/g,
    (_, name: string, value: string) =>
      `${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}

function xDomain(input: DistributionChartInput): [number, number] {
  const values = input.points.map((p) => p.value);
  return [Math.min(...values, input.region ?? Infinity), Math.max(...values, input.region ?? -Infinity)];
}

/** The regional value: a dashed line and its label beside it, on the side with more room. */
function regionMarks(input: DistributionChartInput, domain: [number, number]): Plot.Markish[] {
  if (input.region === null) return [];
  const leftHalf = input.region <= (domain[0] + domain[1]) / 2;
  return [
    Plot.ruleX([input.region], { stroke: REGION, strokeWidth: 2, strokeDasharray: "6 3", ariaHidden: "true" }),
    Plot.text([input.region], {
      x: (d: number) => d,
      frameAnchor: "top",
      dy: -14,
      dx: leftHalf ? 4 : -4,
      textAnchor: leftHalf ? "start" : "end",
      text: () => input.regionLabel,
      fill: "#1b1f24",
      fontSize: 12,
      fontWeight: 700,
      ariaHidden: "true",
    }),
  ];
}

function xAxis(input: DistributionChartInput, domain: [number, number]): Plot.ScaleOptions {
  return {
    domain,
    nice: true,
    label: input.axisLabel,
    labelAnchor: "center",
    labelArrow: "none",
    tickFormat: input.format,
    ticks: 5,
  };
}

function renderDots(input: DistributionChartInput, height: number, r: number): string {
  const domain = xDomain(input);
  return plot({
    height,
    marginTop: MARGIN_TOP,
    marginLeft: MARGIN_SIDE,
    marginRight: MARGIN_SIDE,
    marginBottom: MARGIN_BOTTOM,
    ariaLabel: input.ariaLabel,
    ariaDescription: input.ariaDescription,
    x: xAxis(input, domain),
    marks: [
      Plot.dotX(
        input.points,
        Plot.dodgeY({
          x: "value",
          r,
          anchor: "bottom",
          padding: 1,
          fill: DOT,
          fillOpacity: 0.85,
          title: input.tooltip,
          sort: "value",
          ariaHidden: "true",
        }),
      ),
      ...regionMarks(input, domain),
    ],
  });
}

/** Territories per interval of values, with the regional value marked. */
function renderHistogram(input: DistributionChartInput): string {
  const domain = xDomain(input);
  return plot({
    height: 240,
    marginTop: MARGIN_TOP,
    marginLeft: MARGIN_SIDE,
    marginRight: MARGIN_SIDE,
    marginBottom: MARGIN_BOTTOM,
    ariaLabel: input.ariaLabel,
    ariaDescription: input.ariaDescription,
    x: xAxis(input, domain),
    y: { label: input.countLabel, labelArrow: "none", tickFormat: input.formatCount, ticks: 4, grid: true, nice: true },
    marks: [
      Plot.rectY(input.points, {
        ...Plot.binX({ y: "count" }, { x: "value", thresholds: 20 }),
        fill: DOT,
        inset: 0.5,
        ariaHidden: "true",
      }),
      Plot.ruleY([0], { ariaHidden: "true" }),
      ...regionMarks(input, domain),
    ],
  });
}

/** Few whole values (a count of flags, of service types): bars per value read better than dots. */
export function isDiscrete(values: readonly number[]): boolean {
  return values.every((v) => Number.isInteger(v)) && new Set(values).size <= 10;
}

/** Bars: how many territories have each value, the count written on each bar. */
function renderCounts(input: DistributionChartInput): string {
  const counts = new Map<number, number>();
  for (const p of input.points) counts.set(p.value, (counts.get(p.value) ?? 0) + 1);
  const bars = [...counts].sort(([a], [b]) => a - b).map(([value, count]) => ({ value: input.format(value), count }));
  return plot({
    height: 220,
    marginTop: 24,
    marginBottom: 40,
    ariaLabel: input.ariaLabel,
    ariaDescription: input.ariaDescription,
    x: {
      domain: bars.map((b) => b.value),
      label: input.axisLabel,
      labelAnchor: "center",
      labelArrow: "none",
      padding: 0.3,
    },
    y: { axis: null },
    marks: [
      Plot.barY(bars, { x: "value", y: "count", fill: DOT, ariaHidden: "true" }),
      Plot.text(bars, {
        x: "value",
        y: "count",
        text: (d: { count: number }) => input.formatCount(d.count),
        dy: -8,
        fill: "#1b1f24",
        fontSize: 12,
        ariaHidden: "true",
      }),
      Plot.ruleY([0], { ariaHidden: "true" }),
    ],
  });
}

/** The top of the highest dot, in SVG pixels (Infinity without dots). */
export function stackTop(svg: string): number {
  return Math.min(
    ...[...svg.matchAll(/<circle\b[^>]*>/g)].map(
      ([tag]) => Number(/\bcy="([^"]+)"/.exec(tag)?.[1] ?? 0) - Number(/\br="([^"]+)"/.exec(tag)?.[1] ?? 0),
    ),
  );
}

/** True when every dot lies below `top` (dodge stacks upwards from the axis). */
export function fits(svg: string, top = 0): boolean {
  return stackTop(svg) >= top;
}
