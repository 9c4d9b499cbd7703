/**
 * The explorer's Chart tab: the view's ranked areas as horizontal bars, worst first as in the
 * table, each bar in its map colour (so the colours follow the indicator's polarity, as the
 * legend), the selected area outlined and named. Areas without a rank (no value, too few
 * residents) are left to the table, which is the chart's accessible alternative. Text is 12 px at
 * the chart's own width (720 px): a phone scrolls the chart rather than shrinking it.
 */
import { escapeXml } from "../figure/xml.ts";

export interface ChartBar {
  code: string;
  name: string;
  value: number;
  valueText: string;
  fill: string;
}

export interface RankedBarChart {
  id: string;
  title: string;
  description: string;
  bars: ChartBar[];
  /** The selected area's code (outlined, its label followed by `selectedLabel`). */
  selected: string | null;
  selectedLabel: string;
}

const WIDTH = 720;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 130;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const ROW = 18;
const BAR = 13;
const TOP = 6;
const FONT = 12;
/** A longer name is cut (the full name is in the bar's title and in the table). */
const MAX_LABEL = 34;

const round = (n: number) => Math.round(n * 10) / 10;
const cut = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

export function rankedBarChart(chart: RankedBarChart): string {
  const values = chart.bars.map((b) => b.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const x = (v: number) => LABEL_WIDTH + ((v - lo) / span) * PLOT_WIDTH;
  const height = TOP * 2 + chart.bars.length * ROW;
  const rows = chart.bars.map((bar, i) => {
    const y = TOP + i * ROW;
    const [from, to] = [x(0), x(bar.value)].sort((a, b) => a - b) as [number, number];
    const selected = bar.code === chart.selected;
    const mark = selected ? ' stroke="#1b1f24" stroke-width="2"' : "";
    const weight = selected ? ' font-weight="700"' : "";
    const valueText = selected ? `${bar.valueText} ◀ ${chart.selectedLabel}` : bar.valueText;
    return (
      `<g data-code="${escapeXml(bar.code)}"><title>${escapeXml(`${bar.name}: ${bar.valueText}`)}</title>` +
      `<text x="${LABEL_WIDTH - 6}" y="${round(y + BAR - 2)}" text-anchor="end"${weight}>${escapeXml(cut(bar.name))}</text>` +
      `<rect x="${round(from)}" y="${y}" width="${round(Math.max(to - from, 0.5))}" height="${BAR}" fill="${escapeXml(bar.fill)}"${mark}/>` +
      `<text x="${LABEL_WIDTH + PLOT_WIDTH + 6}" y="${round(y + BAR - 2)}"${weight}>${escapeXml(valueText)}</text></g>`
    );
  });
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    // Its own size in pixels: on a phone the page keeps it (the chart scrolls in its region) so text stays 12 px.
    `<svg xmlns="http://www.w3.org/2000/svg" id="${chart.id}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" ` +
    `role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" font-family="system-ui, sans-serif" font-size="${FONT}">` +
    `<title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.description)}</desc>` +
    `<line x1="${round(x(0))}" x2="${round(x(0))}" y1="0" y2="${height}" stroke="#6b7480"/>` +
    rows.join("") +
    `</svg>`
  );
}
