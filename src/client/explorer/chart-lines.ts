/**
 * The explorer's lines over time (src/lib/explorer/time-lines.ts drawn by the indicator page's
 * line chart, with their table): loaded only when a visitor asks for them, so the explorer's
 * first screen does not carry the line chart and d3-scale (chart-panel.ts shows the result).
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import { formatValue } from "../../lib/format.ts";
import type { SeriesData } from "../../lib/explorer/series.ts";
import type { ExplorerState } from "../../lib/explorer/state.ts";
import {
  lineAreas,
  RANKED_LINES,
  timeLines,
  timeLinesChart,
  type TimeLinesTable,
} from "../../lib/explorer/time-lines.ts";
import type { ExplorerView } from "../../lib/explorer/view.ts";
import { yearRange } from "../../lib/indicator/series.ts";
import type { ChartLine } from "../../lib/indicator/line-chart.ts";

export interface ChartLinesInput {
  state: ExplorerState;
  view: ExplorerView;
  entry: ClientCatalogEntry;
  language: Language;
  t: Translate;
}

/** What the Chart tab shows for the lines: the SVG, its title, which lines are drawn, and its table. */
export interface ChartLines {
  svg: string;
  title: string;
  which: string;
  fillTable: (details: HTMLElement, areaHeader: string) => void;
}

export function chartLines({ state, view, entry, language, t }: ChartLinesInput, series: SeriesData): ChartLines {
  const ranked = view.rows.filter((row) => row.rank !== null);
  const selectedRow = view.rows.find((row) => row.code === state.area);
  const selected = selectedRow ? { code: selectedRow.code, name: selectedRow.name } : null;
  const areas = lineAreas(ranked, selected);
  const drawn = timeLines(series, areas, t("explorer.lines.regionLabel"));
  const indicator = entry.label[language];
  const level = t(`level.one.${state.level}`);
  const title = t("explorer.lines.title", { indicator, years: yearRange(series.years), level });
  const chart = timeLinesChart(
    series,
    drawn,
    {
      title,
      description: `${regionSentence(drawn, t)} ${t("explorer.lines.description", { names: areas.map((a) => a.name).join(", ") })}`,
      format: (v) => formatValue(v, entry.unit, language),
      breakLabel: (b) => t("explorer.lines.break", { year: b.year, kind: t(`explorer.break.${b.kind}`) }),
    },
    t("explorer.lines.regionName"),
  );
  const period = view.fromYear === null ? String(view.year) : `${view.fromYear}–${view.year}`;
  const count = Math.min(RANKED_LINES, ranked.filter((row) => row.code !== selected?.code).length);
  const which = `${
    selected
      ? t("explorer.lines.whichSelected", { name: selected.name, count, period })
      : t("explorer.lines.which", { count, period })
  } ${regionSentence(drawn, t)}`;
  const caption = t("explorer.lines.tableCaption", { indicator });
  return {
    svg: chart.svg,
    title,
    which,
    fillTable: (details, areaHeader) => fillTable(details, chart.table, caption, areaHeader),
  };
}

/** Where the region's line is, or why there is none (no published value in these years). */
function regionSentence(drawn: readonly ChartLine[], t: Translate): string {
  return drawn[0]?.kind === "region" ? t("explorer.lines.regionLine") : t("explorer.lines.noRegion");
}

/** The lines' values as a table: a row per line (the region first), a column per year. */
function fillTable(details: HTMLElement, table: TimeLinesTable, caption: string, areaHeader: string): void {
  const document = details.ownerDocument;
  const cell = (tag: "th" | "td", text: string, scope?: string) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (scope) element.setAttribute("scope", scope);
    return element;
  };
  details.querySelector("[data-lines-caption]")!.textContent = caption;
  details
    .querySelector("[data-lines-head]")!
    .replaceChildren(cell("th", areaHeader, "col"), ...table.years.map((year) => cell("th", String(year), "col")));
  details.querySelector("[data-lines-rows]")!.replaceChildren(
    ...table.rows.map((row) => {
      const tr = document.createElement("tr");
      tr.dataset.code = row.code;
      tr.append(cell("th", row.label, "row"), ...row.cells.map((text) => cell("td", text)));
      return tr;
    }),
  );
}
