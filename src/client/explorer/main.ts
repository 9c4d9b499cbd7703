/**
 * The explorer in the browser: reads the view from the URL, renders it with the same code as the
 * build (src/lib/explorer/view.ts), and wires tooltips, keyboard navigation, sorting and search.
 * Nothing is fetched for the default view until the visitor changes it.
 */
import { readClientMessages, translatorFrom } from "../../i18n/format-message.ts";
import type { Language } from "../../core/languages.ts";
import { DEFAULT_STATE, serializeState, type ExplorerState, type Notice, explorerTableHref } from "../../lib/explorer/state.ts";
import { explorerView, OVERLAYS, type ExplorerRow } from "../../lib/explorer/view.ts";
import { MAP_LEVELS } from "../../core/levels.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import { questionSql, serializeQuestion } from "../../lib/explorer/guided-question.ts";
import { embedCode } from "../figure-tools.ts";
import { loadCatalog, loadLevel, loadOverlays, loadPaths } from "./data.ts";
import { renderLegend } from "../legend.ts";
import { renderRows, sortRows, type SortKey } from "./dom.ts";
import { rememberLast } from "./remember-last.ts";
import { questionIndicators, stateFromUrl } from "./state-from-url.ts";
import { indicatorPath, mapEmbedPath, mapFileBase, queryPath } from "../../lib/routes.ts";

interface Config {
  language: Language;
  embed: boolean;
}

export function startExplorer(): void {
  const found = document.querySelector<HTMLElement>("[data-explorer]");
  if (!found) return;
  const root: HTMLElement = found;
  const config = JSON.parse(root.querySelector("[data-explorer-config]")!.textContent!) as Config;
  const t = translatorFrom(readClientMessages(document, "explorer-messages"), config.language);
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  let state: ExplorerState = DEFAULT_STATE;
  // The rows of the view in rank order (as explorerView returns them and the build renders them),
  // with a lookup by code and the number of ranked areas for tooltips and keyboard walking.
  let rows: ExplorerRow[] = [];
  let rowByCode = new Map<string, ExplorerRow>();
  let rankedCount = 0;
  /** Position in `rows` of the area the keyboard is on (-1: none yet). */
  let focusIndex = -1;
  let sort: { key: SortKey; ascending: boolean } = { key: "rank", ascending: true };
  setRows([...root.querySelectorAll<HTMLTableRowElement>("[data-rows] tr")].map(rowFromDom));

  function setRows(next: ExplorerRow[]): void {
    rows = next;
    rowByCode = new Map(rows.map((row) => [row.code, row]));
    rankedCount = rows.filter((row) => row.rank !== null).length;
    focusIndex = -1;
  }

  async function show(next: ExplorerState, notices: Notice[], history: "push" | "replace" | "none"): Promise<void> {
    state = next;
    $<HTMLElement>("[data-notices]")!.textContent = notices.map((n) => t(n.key, n.params)).join(" ");
    const [catalog, data, paths, overlays] = await Promise.all([loadCatalog(), loadLevel(state.level), loadPaths(state.level), loadOverlays()]);
    updateQuestionOptions(catalog);
    const matches = await answerQuestion(catalog);
    const view = explorerView({ catalog, data, paths, overlays, matches }, state, config.language, t);
    $<HTMLElement>("[data-map]")!.innerHTML = view.svg;
    $<HTMLElement>("[data-legend-title]")!.textContent = view.legendTitle;
    renderLegend($<HTMLElement>("[data-legend]")!, view.legendItems);
    $<HTMLElement>("[data-source]")!.textContent = view.source;
    $<HTMLElement>("[data-bassin-note]")!.hidden = state.level !== "bassin";
    const statement = $<HTMLElement>("[data-not-available]")!;
    statement.hidden = !view.notAvailable;
    statement.textContent = view.notAvailable ? t("explorer.notAvailable", { indicator: view.indicator.label[config.language] }) : "";
    const caption = $<HTMLElement>("[data-caption]");
    if (caption) caption.textContent = view.caption;
    setRows(view.rows);
    sort = { key: "rank", ascending: true };
    redrawRows();
    updateLinks(view.indicator.label[config.language]);
    markSelected();
    if (history !== "none") {
      const url = `${location.pathname}${serializeState(state)}`;
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    syncControls();
  }

  function redrawRows(): void {
    const body = $<HTMLElement>("[data-rows]");
    // `rows` already is the default order (rank), the one the build renders and the keyboard walks.
    if (body) renderRows(body, sort.key === "rank" && sort.ascending ? rows : sortRows(rows, sort.key, sort.ascending));
    root.querySelectorAll<HTMLElement>("th[aria-sort], th:has(button[data-sort])").forEach((th) => {
      const key = th.querySelector<HTMLButtonElement>("[data-sort]")?.dataset.sort;
      if (key === sort.key) th.setAttribute("aria-sort", sort.ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }

  /** Downloads, method link, embed page and the language switch all follow the current view. */
  function updateLinks(title: string): void {
    const query = serializeState(state);
    const base = mapFileBase(config.language, state.indicator, state.level);
    const tools = root.querySelector<HTMLElement>("[data-figure-tools]");
    tools?.querySelector<HTMLAnchorElement>("a[href$='.csv']")?.setAttribute("href", `${base}.csv`);
    tools?.querySelector<HTMLAnchorElement>("a[href$='.svg']")?.setAttribute("href", `${base}.svg`);
    for (const link of tools?.querySelectorAll<HTMLAnchorElement>("a[download]") ?? []) {
      link.download = `${state.indicator}-${state.level}.${link.download.split(".").pop()}`;
    }
    if (tools) tools.dataset.title = title;
    if (tools?.dataset.embed !== undefined) {
      tools.dataset.embed = mapEmbedPath(config.language, query);
      const field = tools.querySelector<HTMLTextAreaElement>("textarea");
      if (field) field.value = embedCode(tools.dataset.embed, title, location.origin);
      tools.querySelector<HTMLAnchorElement>("a[href*='/embed/']")?.setAttribute("href", tools.dataset.embed);
    }
    $<HTMLAnchorElement>("[data-method-link]")?.setAttribute("href", indicatorPath(config.language, state.indicator));
    // The embed has no table of its own: its link opens the full explorer's table of this view.
    if (config.embed) $<HTMLAnchorElement>("[data-table-link]")?.setAttribute("href", explorerTableHref(config.language, state));
    document.querySelectorAll<HTMLAnchorElement>("[data-language-link]").forEach((link) => {
      link.href = `${link.pathname}${query}`;
    });
  }

  /** Runs a question's SQL in DuckDB-WASM (loaded only now); other changes of view reuse the answer. */
  const matchingCodes = rememberLast(async (sql: string) => {
    const { getObservatoryDb } = await import("../duckdb-client.ts");
    const found = await (await getObservatoryDb()).query(sql);
    return found.map((row) => String(row.code));
  });
  /** The question last shown (serialized), to open the panel only when the question itself changes. */
  let shownQuestion: string | null = null;

  /** Shows the guided question's SQL and answer, and returns the matching codes. */
  async function answerQuestion(catalog: ClientCatalogEntry[]): Promise<string[] | undefined> {
    const sqlBox = $<HTMLElement>("[data-question-sql]");
    const status = $<HTMLElement>("[data-question-status]");
    if (!sqlBox || !status) return undefined;
    const question = state.question && serializeQuestion(state.question);
    // A visitor who closed the panel keeps it closed while changing indicator, level or area.
    if (question !== null && question !== shownQuestion) $<HTMLDetailsElement>("[data-question-panel]")!.open = true;
    shownQuestion = question;
    if (!state.question) {
      sqlBox.textContent = "";
      status.textContent = "";
      return undefined;
    }
    const sql = questionSql(state.question, state.level, questionIndicators(catalog), `name_${config.language}` as "name_fr");
    sqlBox.textContent = sql;
    $<HTMLAnchorElement>("[data-question-workspace]")?.setAttribute("href", queryPath(config.language, sql));
    status.textContent = t("explorer.question.running");
    try {
      const codes = await matchingCodes(sql);
      status.textContent = codes.length ? t("explorer.question.result", { count: codes.length }) : t("explorer.question.none");
      return codes;
    } catch (error) {
      status.textContent = t("explorer.question.error", { message: (error as Error).message });
      return undefined;
    }
  }

  /** The question's lists offer the indicators published at the current level. */
  function updateQuestionOptions(catalog: ClientCatalogEntry[]): void {
    for (const name of ["first", "second"] as const) {
      const select = $<HTMLSelectElement>(`[data-question=${name}]`);
      if (!select) continue;
      const wanted = state.question?.[name] ?? select.value;
      const usable = catalog.filter((i) => i.polarity !== "neutral" && i.status === "published" && i.levels.includes(state.level));
      select.replaceChildren(...usable.map((i) => new Option(i.label[config.language], i.id, false, i.id === wanted)));
    }
    if (state.question) {
      $<HTMLSelectElement>("[data-question=percent]")!.value = String(state.question.worstPercent);
      $<HTMLSelectElement>("[data-question=comparison]")!.value = state.question.comparison;
      $<HTMLInputElement>("[data-question=threshold]")!.value = String(state.question.threshold);
    }
  }

  function syncControls(): void {
    const indicator = $<HTMLSelectElement>("[data-control=indicator]");
    if (indicator) indicator.value = state.indicator;
    const level = $<HTMLSelectElement>("[data-control=level]");
    if (level) level.value = state.level;
    root.querySelectorAll<HTMLInputElement>("[data-control=overlay]").forEach((box) => (box.checked = state.overlays.includes(box.value)));
  }

  function markSelected(): void {
    root.querySelectorAll("tr.selected").forEach((row) => row.classList.remove("selected"));
    const paragraph = $<HTMLElement>("[data-selected]")!;
    const row = state.area === null ? undefined : rowByCode.get(state.area);
    paragraph.hidden = !row;
    paragraph.replaceChildren();
    if (!row) return;
    root.querySelector(`tr[data-code="${CSS.escape(row.code)}"]`)?.classList.add("selected");
    const link = document.createElement("a");
    link.href = row.href;
    link.textContent = t("explorer.openProfile", { name: row.name });
    paragraph.append(t("explorer.selected", { name: row.name }), " ", link);
  }

  // --- Tooltips, click and keyboard on the map.
  const mapFrame = $<HTMLElement>("[data-map]")!;
  const tooltip = $<HTMLElement>("[data-tooltip]")!;
  const describe = (row: ExplorerRow) =>
    row.rank === null
      ? t("explorer.tooltipNoRank", { name: row.name, value: row.valueText, year: row.year })
      : t("explorer.tooltip", { name: row.name, value: row.valueText, rank: row.rank, count: rankedCount, year: row.year });
  const showTooltip = (code: string, x: number, y: number) => {
    const row = rowByCode.get(code);
    if (!row) return;
    tooltip.textContent = describe(row);
    tooltip.hidden = false;
    tooltip.style.insetInlineStart = `${x + 12}px`;
    tooltip.style.insetBlockStart = `${y + 12}px`;
  };
  const figure = mapFrame.closest("figure")!;
  mapFrame.addEventListener("pointermove", (event) => {
    const code = (event.target as Element).closest("path[data-code]")?.getAttribute("data-code");
    const box = figure.getBoundingClientRect();
    if (code) showTooltip(code, event.clientX - box.left, event.clientY - box.top);
    else tooltip.hidden = true;
  });
  mapFrame.addEventListener("pointerleave", () => (tooltip.hidden = true));
  mapFrame.addEventListener("click", (event) => {
    const code = (event.target as Element).closest("path[data-code]")?.getAttribute("data-code");
    const row = code ? rowByCode.get(code) : undefined;
    if (row) location.assign(row.href);
  });
  // The arrows walk the areas in rank order, the order of `rows`.
  mapFrame.addEventListener("keydown", (event) => {
    if (["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"].includes(event.key)) {
      event.preventDefault();
      if (!rows.length) return;
      const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1;
      focusIndex = (focusIndex + step + rows.length) % rows.length;
      const row = rows[focusIndex]!;
      mapFrame.querySelectorAll("path.focused").forEach((p) => p.classList.remove("focused"));
      const path = mapFrame.querySelector(`path[data-code="${CSS.escape(row.code)}"]`);
      path?.classList.add("focused");
      const box = path?.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      showTooltip(row.code, box ? box.left - frame.left + box.width / 2 : 0, box ? box.top - frame.top + box.height / 2 : 0);
      const live = $<HTMLElement>("[data-notices]")!;
      live.textContent = describe(row);
    } else if (event.key === "Enter") {
      const row = rows[focusIndex];
      if (row) location.assign(row.href);
    } else if (event.key === "Escape") {
      tooltip.hidden = true;
    }
  });
  mapFrame.addEventListener("blur", () => (tooltip.hidden = true));

  // --- Controls.
  const change = (next: Partial<ExplorerState>) => void show({ ...state, ...next }, [], "push");
  $<HTMLSelectElement>("[data-control=indicator]")?.addEventListener("change", async (event) => {
    const id = (event.target as HTMLSelectElement).value;
    const entry = (await loadCatalog()).find((i) => i.id === id);
    const level = entry && entry.levels.length && !entry.levels.includes(state.level) ? MAP_LEVELS.find((l) => entry.levels.includes(l)) ?? state.level : state.level;
    change({ indicator: id, level, area: level === state.level ? state.area : null });
  });
  $<HTMLSelectElement>("[data-control=level]")?.addEventListener("change", async (event) => {
    const level = (event.target as HTMLSelectElement).value;
    const entry = (await loadCatalog()).find((i) => i.id === state.indicator);
    const indicator = entry && entry.levels.length && !entry.levels.includes(level) ? DEFAULT_STATE.indicator : state.indicator;
    change({ level, indicator, area: null });
  });
  root.querySelectorAll<HTMLInputElement>("[data-control=overlay]").forEach((box) =>
    box.addEventListener("change", () => change({ overlays: OVERLAYS.filter((o) => root.querySelector<HTMLInputElement>(`[data-control=overlay][value="${o}"]`)?.checked) })),
  );
  $<HTMLInputElement>("[data-control=search]")?.addEventListener("change", (event) => {
    const text = (event.target as HTMLInputElement).value.trim().toLowerCase();
    const option = [...root.querySelectorAll<HTMLOptionElement>("[data-search-names] option")].find((o) => o.value.toLowerCase() === text);
    const match = option && { level: option.dataset.level!, code: option.dataset.code! };
    if (!match) {
      $<HTMLElement>("[data-notices]")!.textContent = text ? t("explorer.searchNoMatch") : "";
      return;
    }
    change({ level: match.level, area: match.code, indicator: state.indicator });
  });
  $<HTMLFormElement>("[data-controls]")?.addEventListener("submit", (event) => event.preventDefault());
  $<HTMLFormElement>("[data-question-form]")?.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (name: string) => $<HTMLSelectElement | HTMLInputElement>(`[data-question=${name}]`)!.value;
    const threshold = Number(value("threshold"));
    if (!Number.isFinite(threshold)) return;
    change({ question: { first: value("first"), worstPercent: Number(value("percent")), second: value("second"), comparison: value("comparison") === "gt" ? "gt" : "lt", threshold } });
  });
  $<HTMLButtonElement>("[data-question-clear]")?.addEventListener("click", () => change({ question: null }));
  root.querySelectorAll<HTMLButtonElement>("[data-sort]").forEach((button) =>
    button.addEventListener("click", () => {
      const key = button.dataset.sort as SortKey;
      sort = { key, ascending: sort.key === key ? !sort.ascending : key !== "value" };
      redrawRows();
    }),
  );
  window.addEventListener("popstate", () => void fromUrl("none"));

  async function fromUrl(history: "replace" | "none"): Promise<void> {
    if (location.search === "") {
      if (state !== DEFAULT_STATE) await show(DEFAULT_STATE, [], "none");
      return;
    }
    const { state: next, notices } = await stateFromUrl(location.search, await loadCatalog(), async (level) => (await loadLevel(level)).codes);
    await show(next, notices, history);
  }
  // Marks the moment the map answers the visitor (the site benchmark waits for it).
  void fromUrl("replace").then(() => (root.dataset.ready = "true"));
}

function rowFromDom(tr: HTMLTableRowElement): ExplorerRow {
  const cells = tr.querySelectorAll("td");
  const link = tr.querySelector("a")!;
  return {
    code: tr.dataset.code!,
    name: link.textContent ?? "",
    value: null,
    valueText: cells[1]?.textContent ?? "",
    rank: Number(cells[0]?.textContent) || null,
    year: Number(cells[2]?.textContent),
    note: cells[3]?.textContent ?? "",
    href: link.getAttribute("href")!,
    matched: tr.classList.contains("match"),
  };
}
