/**
 * The explorer's Chart tab in the browser: the ranking (bars, the default) or, for an indicator
 * with more than one year at the level shown, the lines over time (src/lib/explorer/time-lines.ts)
 * with their table. The choice is a pair of radio buttons (keyboard operable as such) kept in the
 * URL as chart=; an indicator with one year says so instead of offering lines.
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import type { ExplorerChart, ExplorerState } from "../../lib/explorer/state.ts";
import { hasTimeLines } from "../../lib/explorer/series.ts";
import type { ExplorerView } from "../../lib/explorer/view.ts";
import type { ChartLines } from "./chart-lines.ts";

/** Whether the state asks for lines the indicator can draw: only then is its series loaded for the chart. */
export function wantsTimeLines(state: ExplorerState, entry: ClientCatalogEntry): boolean {
  return state.tab === "chart" && state.chart === "lines" && hasTimeLines(entry.series, state.level);
}

export interface ChartPanelInput {
  state: ExplorerState;
  view: ExplorerView;
  entry: ClientCatalogEntry;
  /** The lines over time, when asked for and their series loaded (chart-lines.ts). */
  lines: ChartLines | null;
  language: Language;
  t: Translate;
}

export function syncChartPanel(root: HTMLElement, input: ChartPanelInput): void {
  const panel = root.querySelector<HTMLElement>("#explorer-panel-chart");
  if (!panel) return;
  const { state, view, entry, lines, language, t } = input;
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
        level: t(`level.one.${state.level}`),
        year: view.year,
      });

  $<HTMLElement>("[data-chart]").innerHTML = lines?.svg ?? view.chartSvg;
  $<HTMLElement>("[data-chart-title]").textContent = lines?.title ?? view.title;
  $<HTMLElement>("[data-chart-note]").hidden = lines !== null;
  const which = $<HTMLElement>("[data-lines-which]");
  which.hidden = lines === null;
  which.textContent = lines?.which ?? "";
  const details = $<HTMLElement>("[data-lines-table]");
  details.hidden = lines === null;
  if (lines) lines.fillTable(details, t("explorer.area"));
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
