/**
 * The explorer in the browser: reads the view from the URL, renders it with the same code as the
 * build (src/lib/explorer/view.ts), and wires tooltips, keyboard navigation, sorting and search.
 * Nothing is fetched for the default view until the visitor changes it. The parts live beside
 * this file: rows.ts (the view's rows), table.ts, map-pointer.ts, controls.ts, year-controls.ts,
 * question-panel.ts, links.ts and chart-panel.ts. Another year than the headline, or the Chart
 * tab's lines over time, loads the indicator's series at that level then, and only then.
 */
import type { Language } from "../../core/languages.ts";
import { readClientMessages, translatorFrom } from "../../i18n/format-message.ts";
import {
  DEFAULT_STATE,
  EXPLORER_TABLE_ID,
  embedPageSearch,
  serializeState,
  type ExplorerState,
  type Notice,
} from "../../lib/explorer/state.ts";
import { explorerView } from "../../lib/explorer/view.ts";
import { renderLegend } from "../legend.ts";
import { syncControls, wireControls } from "./controls.ts";
import { MAP_LEVELS } from "../../core/levels.ts";
import { loadCatalog, loadLevel, loadOverlays, loadPaths, loadSeries } from "./data.ts";
import type { SeriesData } from "../../lib/explorer/series.ts";
import { syncYearControls, wireYearControls } from "./year-controls.ts";
import { updateLinks } from "./links.ts";
import { updateCitation } from "../cite/cite-this.ts";
import { wireMapPointer } from "./map-pointer.ts";
import { attachMapZoom } from "../map/zoom.ts";
import { renderNotices } from "./notices.ts";
import { questionPanel } from "./question-panel.ts";
import { rowFromDom, ViewRows } from "./rows.ts";
import { stateFromUrl } from "./state-from-url.ts";
import { viewTable } from "./table.ts";
import { embedMapTitle } from "../../lib/embed/map-title.ts";
import { syncViewTabs, wireViewTabs } from "./view-tabs.ts";
import { syncChartPanel, wantsTimeLines, wireChartPanel } from "./chart-panel.ts";

interface Config {
  language: Language;
  embed: boolean;
  /** The indicator and level of an embed page at a path (drawn at build time); null: the default view. */
  base: Pick<ExplorerState, "indicator" | "level"> | null;
}

export function startExplorer(): void {
  const found = document.querySelector<HTMLElement>("[data-explorer]");
  if (!found) return;
  const root: HTMLElement = found;
  const config = JSON.parse(root.querySelector("[data-explorer-config]")!.textContent!) as Config;
  const t = translatorFrom(readClientMessages(document, "explorer-messages"), config.language);
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  const built: ExplorerState = config.base ? { ...DEFAULT_STATE, ...config.base } : DEFAULT_STATE;
  let state: ExplorerState = built;
  const rows = new ViewRows();
  rows.set([...root.querySelectorAll<HTMLTableRowElement>("[data-rows] tr")].map(rowFromDom));
  const table = viewTable(root, rows, t);
  const question = questionPanel(root, config.language, t);

  async function show(next: ExplorerState, notices: Notice[], history: "push" | "replace" | "none"): Promise<void> {
    state = next;
    const [catalog, data, paths, overlays] = await Promise.all([
      loadCatalog(),
      loadLevel(state.level),
      loadPaths(state.level),
      loadOverlays(),
    ]);
    const entry = catalog.find((i) => i.id === state.indicator)!;
    let series: SeriesData | undefined;
    const forYears = state.year !== null || state.fromYear !== null;
    if (forYears || wantsTimeLines(state, entry)) {
      try {
        series = await loadSeries(state.level, state.indicator);
      } catch (error) {
        const message = (error as Error).message;
        if (forYears) {
          notices = [...notices, { key: "explorer.years.loadError", params: { message, year: String(entry.year) } }];
          state = { ...state, year: null, fromYear: null };
        } else notices = [...notices, { key: "explorer.lines.loadError", params: { message } }];
      }
    }
    renderNotices($<HTMLElement>("[data-notices]")!, notices, catalog, config.language, t);
    question.updateOptions(state, catalog);
    const matches = question.answer(state, catalog, data);
    const view = explorerView({ catalog, data, paths, overlays, matches, series }, state, config.language, t);
    $<HTMLElement>("[data-map]")!.innerHTML = view.svg;
    zoom.refresh();
    // The lines' drawing (the line chart and d3-scale) loads only once a visitor asks for lines.
    const lines =
      series && wantsTimeLines(state, entry)
        ? (await import("./chart-lines.ts")).chartLines({ state, view, entry, language: config.language, t }, series)
        : null;
    syncChartPanel(root, { state, view, entry, lines, language: config.language, t });
    const chartSource = $<HTMLElement>("[data-chart-source]");
    if (chartSource) chartSource.textContent = view.source;
    const embedTitle = $<HTMLElement>("[data-embed-title]");
    if (embedTitle) embedTitle.textContent = embedMapTitle(t, view, state.level);
    $<HTMLElement>("[data-legend-title]")!.textContent = view.legendTitle;
    renderLegend($<HTMLElement>("[data-legend]")!, view.legendItems);
    $<HTMLElement>("[data-source]")!.textContent = view.source;
    // The map's caption and the Sources tab say the same source and break.
    for (const note of root.querySelectorAll<HTMLElement>("[data-break-note], [data-sources-break-note]")) {
      note.textContent = view.breakNote;
      note.hidden = view.breakNote === "";
    }
    const sources = $<HTMLElement>("[data-sources-source]");
    if (sources) sources.textContent = view.source;
    $<HTMLElement>("[data-bassin-note]")!.hidden = state.level !== "bassin";
    const statement = $<HTMLElement>("[data-not-available]")!;
    statement.hidden = !view.notAvailable;
    statement.textContent = view.notAvailable
      ? t("explorer.notAvailable", { indicator: view.indicator.label[config.language] })
      : "";
    const caption = $<HTMLElement>("[data-caption]");
    if (caption) caption.textContent = view.caption;
    rows.set(view.rows);
    table.reset(view.indicator.polarity);
    updateLinks(root, config, state, view.indicator.label[config.language], view.csv, view.indicator.year);
    const permalink = `${location.origin}${location.pathname}${serializeState(state)}`;
    updateCitation(root, { view: view.title, sources: view.indicator.citation[config.language], url: permalink });
    table.markSelected(state.area);
    // An embed's address stays the one the report pasted: its frame is never navigated.
    if (history !== "none" && !config.embed) {
      const url = `${location.pathname}${serializeState(state)}`;
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    syncControls(root, state);
    syncYearControls(root, state, entry, t);
    syncViewTabs(root, state);
  }

  let walkingYears = false;
  const mapFrame = $<HTMLElement>("[data-map]")!;
  const zoom = attachMapZoom(mapFrame, $<HTMLElement>("[data-map-zoom]"));
  const zoomHelp = $<HTMLElement>("[data-map-zoom-help]");
  if (zoomHelp) {
    zoomHelp.hidden = false;
    mapFrame.setAttribute(
      "aria-describedby",
      `${mapFrame.getAttribute("aria-describedby") ?? ""} ${zoomHelp.id}`.trim(),
    );
  }
  // In a report's iframe a profile opens in a new tab: the frame keeps the map.
  wireMapPointer(
    root,
    rows,
    t,
    config.language,
    config.embed ? (href) => void window.open(href, "_blank", "noopener") : undefined,
  );
  wireControls(
    root,
    () => state,
    (next) => {
      walkingYears = false;
      void show({ ...state, ...next }, [], "push");
    },
    t,
    config.language,
  );
  wireYearControls(
    root,
    () => state,
    async () => (await loadCatalog()).find((i) => i.id === state.indicator),
    (next, walking) => {
      // Walking the years (slider keys, the year select) is one history entry: Back returns to
      // the view before the walk, not through every year passed on the way.
      const mode = walking && walkingYears ? "replace" : "push";
      walkingYears = walking;
      void show({ ...state, ...next }, [], mode);
    },
  );
  wireChartPanel(root, (next) => void show({ ...state, ...next }, [], "push"));
  wireViewTabs(root, (next) => {
    walkingYears = false;
    void show({ ...state, ...next }, [], "push");
  });
  window.addEventListener("popstate", () => void fromUrl("none"));

  /**
   * A link's view needs the catalogue, its level's values and shapes and the overlays: all are
   * requested at once (fetch-json.ts keeps them), not each after the one before was read. The
   * level is the link's when it names a known one; the view may still fall back to another.
   */
  function prefetchViewFiles(search: string): void {
    const named = new URLSearchParams(search).get("l");
    const level = named !== null && MAP_LEVELS.includes(named) ? named : built.level;
    for (const file of [loadCatalog(), loadLevel(level), loadPaths(level), loadOverlays()]) file.catch(() => undefined);
  }

  async function fromUrl(history: "replace" | "none"): Promise<void> {
    // An older link to the table's anchor, without tab=, opens the Table tab.
    if (location.search === "" && location.hash === `#${EXPLORER_TABLE_ID}` && !config.embed) {
      await show({ ...built, tab: "table" }, [], history);
      return;
    }
    if (location.search === "") {
      if (state !== built) await show(built, [], "none");
      return;
    }
    const search = config.base ? embedPageSearch(location.search, config.base) : location.search;
    prefetchViewFiles(search);
    const { state: next, notices } = await stateFromUrl(
      search,
      await loadCatalog(),
      async (level) => (await loadLevel(level)).codes,
    );
    await show(next, notices, history);
  }
  // Marks the moment the map answers the visitor (the site benchmark waits for it).
  void fromUrl("replace").then(() => (root.dataset.ready = "true"));
}
