/**
 * The explorer's Chart tab in the browser: the ranking (bars, the default) or, for an indicator
 * with more than one year at the level shown, the lines over time (src/lib/explorer/time-lines.ts)
 * with their table. The choice is a pair of radio buttons (keyboard operable as such) kept in the
 * URL as chart=; an indicator with one year says so instead of offering lines.
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import { formatValue } from "../../lib/format.ts";
import type { SeriesData } from "../../lib/explorer/series.ts";
import type { ExplorerChart, ExplorerState } from "../../lib/explorer/state.ts";
import {
  hasTimeLines,
  lineAreas,
  RANKED_LINES,
  timeLines,
  timeLinesChart,
  type TimeLinesTable,
} from "../../lib/explorer/time-lines.ts";
import type { ExplorerView } from "../../lib/explorer/view.ts";
import { yearRange } from "../../lib/indicator/series.ts";
import type { ChartLine } from "../../lib/indicator/line-chart.ts";

/** Whether the state asks for lines the indicator can draw: only then is its series loaded for the chart. */
export function wantsTimeLines(state: ExplorerState, entry: ClientCatalogEntry): boolean {
  return state.tab === "chart" && state.chart === "lines" && hasTimeLines(entry.series, state.level);
}

export interface ChartPanelInput {
  state: ExplorerState;
  view: ExplorerView;
  entry: ClientCatalogEntry;
  /** The indicator's series at the level, when loaded. */
  series: SeriesData | undefined;
  language: Language;
  t: Translate;
}

export function syncChartPanel(root: HTMLElement, input: ChartPanelInput): void {
  const panel = root.querySelector<HTMLElement>("#explorer-panel-chart");
  if (!panel) return;
  const { state, view, entry, series, language, t } = input;
  const $ = <E extends Element>(selector: string) => panel.querySelector<E>(selector)!;
  const offered = hasTimeLines(entry.series, state.level);
  const kinds = $<HTMLElement>("[data-chart-kinds]");
  kinds.dataset.offered = String(offered && !view.notAvailable);
  kinds.hidden = kinds.dataset.offered !== "true";
  for (const radio of kinds.querySelectorAll<HTMLInputElement>("input[type=radio]"))
    radio.checked = radio.value === state.chart;
  const oneYear = $<HTMLElement>("[data-chart-one-year]");
  oneYear.hidden = offered || view.notAvailable;
  oneYear.textContent = oneYear.hidden
    ? ""
    : t("explorer.chart.oneYear", {
        indicator: entry.label[language],
        level: t(`level.${state.level}`),
        year: view.year,
      });

  const lines = offered && state.chart === "lines" && series ? linesOf(input, series) : null;
  $<HTMLElement>("[data-chart]").innerHTML = lines?.svg ?? view.chartSvg;
  $<HTMLElement>("[data-chart-title]").textContent = lines?.title ?? view.title;
  $<HTMLElement>("[data-chart-note]").hidden = lines !== null;
  const which = $<HTMLElement>("[data-lines-which]");
  which.hidden = lines === null;
  which.textContent = lines?.which ?? "";
  const details = $<HTMLElement>("[data-lines-table]");
  details.hidden = lines === null;
  if (lines) fillTable(details, lines.table, lines.caption, t("explorer.area"));
}

function linesOf({ state, view, entry, language, t }: ChartPanelInput, series: SeriesData) {
  const ranked = view.rows.filter((row) => row.rank !== null);
  const selectedRow = view.rows.find((row) => row.code === state.area);
  const selected = selectedRow ? { code: selectedRow.code, name: selectedRow.name } : null;
  const areas = lineAreas(ranked, selected);
  const drawn = timeLines(series, areas, t("explorer.lines.regionLabel"));
  const indicator = entry.label[language];
  const level = t(`level.${state.level}`);
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
  return { ...chart, title, which, caption: t("explorer.lines.tableCaption", { indicator }) };
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

/**
 * Shows the choice of kind where the build found lines to offer (it needs this script), and
 * changes the chart's kind (the state, so the URL) when a radio button is chosen.
 */
export function wireChartPanel(root: HTMLElement, change: (next: Partial<ExplorerState>) => void): void {
  const kinds = root.querySelector<HTMLElement>("[data-chart-kinds]");
  if (!kinds) return;
  kinds.hidden = kinds.dataset.offered !== "true";
  for (const radio of kinds.querySelectorAll<HTMLInputElement>("input[type=radio]"))
    radio.addEventListener("change", () => {
      if (radio.checked) change({ chart: radio.value as ExplorerChart });
    });
}
