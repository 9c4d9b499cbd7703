/**
 * A quick chart of the result with Observable Plot (loaded only when a result can be drawn):
 * horizontal bars in the result's own order, or a scatter plot whose dots name their row on
 * hover. The table stays the accessible, exact version; the chart says so in its caption.
 */
import type { ChartShape } from "./chart-shape.ts";
import type { Cell } from "./cells.ts";
import type { Formatters } from "../../lib/format.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ResultSet } from "./result-set.ts";

/** More bars would no longer be readable. */
const MAX_BARS = 40;
const MAX_DOTS = 10_000;
const ACCENT = "#1d4f91";

export interface ChartContext {
  t: Translate;
  format: Formatters;
}

export async function renderChart(
  figure: HTMLElement,
  result: ResultSet,
  shape: ChartShape,
  { t, format }: ChartContext,
): Promise<void> {
  const Plot = await import("@observablehq/plot");
  const width = Math.max(320, Math.min(figure.clientWidth || 640, 900));
  const name = (index: number) => result.columns[index]!.name;
  const tickFormat = (value: number) => format.number(value);
  let chart: SVGSVGElement | HTMLElement;
  let description: string;

  if (shape.kind === "bar") {
    const data = take(result.rows(), MAX_BARS).map((row, index) => ({
      index,
      label: text(row[shape.label]),
      value: number(row[shape.value]),
    }));
    const longest = Math.max(...data.map((d) => d.label.length));
    description = t("query.chart.bar", { value: name(shape.value), label: name(shape.label) });
    if (result.rowCount > MAX_BARS) description += ` ${t("query.chart.firstRows", { count: format.count(MAX_BARS) })}`;
    chart = Plot.plot({
      width,
      height: data.length * 22 + 50,
      marginLeft: Math.min(240, 12 + longest * 7),
      x: { grid: true, label: name(shape.value), tickFormat },
      y: { label: null, domain: data.map((d) => d.index), tickFormat: (index: number) => clip(data[index]!.label) },
      marks: [
        Plot.barX(data, {
          x: "value",
          y: "index",
          fill: ACCENT,
          title: (d: (typeof data)[number]) => `${d.label}: ${format.cell(d.value)}`,
        }),
        Plot.ruleX([0]),
      ],
    });
  } else {
    const data = take(result.rows(), MAX_DOTS).map((row) => ({
      x: number(row[shape.x]),
      y: number(row[shape.y]),
      label: shape.label === undefined ? "" : text(row[shape.label]),
    }));
    description = t("query.chart.scatter", { x: name(shape.x), y: name(shape.y) });
    chart = Plot.plot({
      width,
      height: 420,
      grid: true,
      x: { label: name(shape.x), tickFormat },
      y: { label: name(shape.y), tickFormat },
      marks: [
        Plot.dot(data, {
          x: "x",
          y: "y",
          r: 3.5,
          fill: ACCENT,
          fillOpacity: 0.7,
          title: (d: (typeof data)[number]) =>
            `${d.label ? `${d.label}\n` : ""}${name(shape.x)}: ${format.cell(d.x)}\n${name(shape.y)}: ${format.cell(d.y)}`,
        }),
      ],
    });
  }

  // One image for assistive technologies, named by the caption; the table has the values.
  // Plot labels its groups ("bar", "x-axis tick"), which an image's parts may not carry.
  for (const part of chart.querySelectorAll("[aria-label], [aria-description]")) {
    part.removeAttribute("aria-label");
    part.removeAttribute("aria-description");
  }
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", description);
  const caption = document.createElement("figcaption");
  caption.textContent = `${description} ${t("query.chart.tableNote")}`;
  figure.replaceChildren(chart, caption);
}

function take(rows: Iterable<Cell[]>, count: number): Cell[][] {
  const taken: Cell[][] = [];
  for (const row of rows) {
    if (taken.length >= count) break;
    taken.push(row);
  }
  return taken;
}

function number(cell: Cell | undefined): number | null {
  return cell === null || cell === undefined ? null : Number(cell);
}

function text(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? "NULL" : String(cell);
}

function clip(label: string): string {
  return label.length > 32 ? `${label.slice(0, 31)}…` : label;
}
