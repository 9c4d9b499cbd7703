/**
 * The explorer's Chart tab "Over time", in the manner of Our World in Data's grapher: the region's
 * line and a few areas' lines through the indicator's published years at the level shown. The
 * areas are the one the visitor selected (map, table or search) and the first few of the view's
 * ranking, so that a chart never opens empty. Drawn by the indicator page's line chart
 * (src/lib/indicator/line-chart.ts): the same breaks, never bridged, the same colours.
 */
import { lineChartSvg, type ChartLine } from "../indicator/line-chart.ts";
import type { SeriesBreak, SeriesData } from "./series.ts";

/** Areas of the ranking drawn besides the selected one. */
export const RANKED_LINES = 3;

export interface LineArea {
  code: string;
  name: string;
}

/**
 * The areas whose lines are drawn, in colour order: the selected one first (when it is one of
 * the view's areas), then the first of the ranking not already drawn, `count` of them.
 */
export function lineAreas(
  ranked: readonly LineArea[],
  selected: LineArea | null,
  count: number = RANKED_LINES,
): LineArea[] {
  const first = ranked.filter((area) => area.code !== selected?.code).slice(0, count);
  return selected ? [selected, ...first] : first;
}

/**
 * The region's line (when the series has a value for it) then one line per area, its values in
 * the series' years; an area absent from the series is a line without values, never a made-up one.
 */
export function timeLines(series: SeriesData, areas: readonly LineArea[], regionLabel: string): ChartLine[] {
  const empty = series.years.map(() => null);
  const region: ChartLine[] = series.region.some((v) => v !== null)
    ? [{ code: "region", label: regionLabel, values: series.region, kind: "region" }]
    : [];
  return [
    ...region,
    ...areas.map((area): ChartLine => ({
      code: area.code,
      label: area.name,
      values: series.values[area.code] ?? empty,
      kind: "chosen",
    })),
  ];
}

export interface TimeLinesText {
  title: string;
  description: string;
  format: (value: number) => string;
  breakLabel: (b: SeriesBreak) => string;
}

/** The table alternative: one row per line, one cell per year ("" where there is no value). */
export interface TimeLinesTable {
  years: number[];
  rows: { code: string; label: string; cells: string[] }[];
}

export interface TimeLinesChart {
  svg: string;
  table: TimeLinesTable;
}

/**
 * The chart and its table. The region keeps its full name in the table (`regionName`): the end
 * label beside the line is short.
 */
export function timeLinesChart(
  series: SeriesData,
  lines: readonly ChartLine[],
  text: TimeLinesText,
  regionName: string,
): TimeLinesChart {
  const svg = lineChartSvg({
    years: series.years,
    breaks: series.breaks,
    lines: [...lines],
    format: text.format,
    breakLabel: text.breakLabel,
    ariaLabel: text.title,
    ariaDescription: text.description,
  });
  return {
    svg,
    table: {
      years: series.years,
      rows: lines.map((line) => ({
        code: line.code,
        label: line.kind === "region" ? regionName : line.label,
        cells: line.values.map((v) => (v === null ? "" : text.format(v))),
      })),
    },
  };
}

// In series.ts, so that pages can ask without loading the line chart (and d3-scale) with it.
export { hasTimeLines } from "./series.ts";
