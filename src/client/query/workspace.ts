/**
 * The SQL workspace: wires the editor, the run and cancel buttons, the result (table, chart,
 * CSV), the schema panel, the example questions and the address bar to the observatory
 * database. DuckDB starts as soon as the page opens, so that the first query finds it ready, and
 * its status line says which phase of the start it is in (download, compile, start, attach).
 * Meanwhile the schema panel and the examples' results come from the build (precomputed.ts):
 * an example's result shows at once, marked as computed when the site was built; once DuckDB
 * is ready, and for anything the visitor edits, queries run on DuckDB.
 *
 * A shared link's query shows in the editor but runs by itself only when link-autorun.ts allows
 * it; otherwise a note says why it waits for Run. Every run stops at QUERY_TIME_LIMIT_MS (as a
 * cancel would) and at RESULT_BYTE_LIMIT (result-set.ts), with a message instead of a crash.
 *
 * `root.dataset.state` says where the workspace is (starting, ready, running, done, cancelled,
 * error) and `root.dataset.runs` how many runs have ended: the browser tests and the benchmark
 * wait on them.
 */
import { readClientMessages, translatorFrom } from "../../i18n/format-message.ts";
import { getObservatoryDb, QueryCancelledError, watchEngine, type EngineProgress } from "../duckdb-client.ts";
import { isLanguage } from "../../core/languages.ts";
import { chartShape, type ChartShape } from "./chart-shape.ts";
import { downloadCsv, downloadXlsx } from "./download.ts";
import type { SheetAbout } from "../../lib/data/spreadsheet.ts";
import { enhanceEditor } from "./editor.ts";
import { explainError } from "./error-message.ts";
import { formatBytes, formatters } from "../../lib/format.ts";
import {
  LINK_MAX_LENGTH,
  LINK_MAX_NUMBER,
  QUERY_TIME_LIMIT_MS,
  QueryTimeLimitError,
  RESULT_BYTE_LIMIT,
} from "./limits.ts";
import { linkHold, type LinkHold } from "./link-autorun.ts";
import { collectResult, type ResultSet } from "./result-set.ts";
import { resultNotes, resultSummary } from "./result-text.ts";
import { renderResultsTable } from "./results-table.ts";
import { findPrecomputed, loadPrecomputed, precomputedResultSet, type PrecomputedQueries } from "./precomputed.ts";
import { loadSchema, renderSchema } from "./schema-panel.ts";
import { sqlFromSearch, urlWithSql } from "./url-state.ts";

export type WorkspaceState = "starting" | "ready" | "running" | "done" | "cancelled" | "error";

const SLOW_START_MS = 20_000;

/** The performance mark set when a precomputed result is first shown (scripts/dev/bench-query.ts). */
export const PRECOMPUTED_SHOWN_MARK = "query-precomputed-shown";

export function startWorkspace(root: HTMLElement): void {
  const language = isLanguage(root.dataset.language) ? root.dataset.language : "fr";
  // The page hands over only its language's `query.*` messages (src/i18n/messages/query.json).
  const t = translatorFrom(readClientMessages(document, "query-messages"), language);
  const format = formatters(language);
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-query-${name}]`)!;

  // Start DuckDB first: everything else is quick, DuckDB takes a second or so.
  const database = getObservatoryDb();

  const form = part<HTMLFormElement>("form");
  const runButton = part<HTMLButtonElement>("run");
  const cancelButton = part<HTMLButtonElement>("cancel");
  const status = part("status");
  const alert = part("error");
  const heldNote = part("held");
  const results = part("results");
  const textarea = part("editor").querySelector("textarea")!;
  // The page holds the build's result of its example; a shared link's query replaced that.
  if (results.dataset.prerendered !== undefined && textarea.value !== textarea.defaultValue) forgetPrerendered();
  const editor = enhanceEditor(part("editor"), { run: () => void run(), cancel });

  let running: AbortController | undefined;
  let result: ResultSet | undefined;
  let runs = 0;
  let engineReady = false;
  let precomputed: PrecomputedQueries | undefined;

  function setState(state: WorkspaceState, message: string): void {
    root.dataset.state = state;
    status.textContent = message;
    const busy = state === "running";
    results.setAttribute("aria-busy", String(busy));
    // Keep the keyboard focus when the focused button becomes disabled.
    if (!busy && document.activeElement === cancelButton) runButton.focus();
    cancelButton.disabled = !busy;
  }

  async function run(): Promise<void> {
    const sql = editor.value;
    if (sql.trim() === "") {
      setState(root.dataset.state === "starting" ? "starting" : "ready", t("query.status.empty"));
      return;
    }
    running?.abort();
    const controller = new AbortController();
    running = controller;
    history.replaceState(history.state, "", urlWithSql(location.href, sql));
    carryQueryToLanguageLinks();
    alert.replaceChildren();
    heldNote.hidden = true;
    setState("running", t("query.status.running"));
    let started = performance.now();
    let timedOut = false;
    let timeLimit: ReturnType<typeof setTimeout> | undefined;
    try {
      // Not `database`: after a failed start or a restart, this starts DuckDB again.
      const db = await getObservatoryDb();
      // The elapsed time is the query's, not the wait for DuckDB to start.
      started = performance.now();
      timeLimit = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, QUERY_TIME_LIMIT_MS);
      let lastProgress = started;
      const stream = await db.stream(sql, controller.signal);
      const collected = await collectResult(stream, (rows) => {
        if (performance.now() - lastProgress < 250) return;
        lastProgress = performance.now();
        status.textContent = t("query.status.progress", { rows: format.count(rows) });
      });
      if (controller !== running) return;
      const elapsed = performance.now() - started;
      result = collected;
      showResult(collected, elapsed);
      setState(
        "done",
        t("query.status.done", { rows: format.count(collected.rowCount), time: format.duration(elapsed) }),
      );
    } catch (error) {
      if (controller !== running) return;
      // The previous result answered another query: don't leave it under this one.
      results.hidden = true;
      result = undefined;
      if (error instanceof QueryCancelledError && timedOut) {
        showError(new QueryTimeLimitError(QUERY_TIME_LIMIT_MS));
        setState("error", t("query.status.failed"));
      } else if (error instanceof QueryCancelledError) {
        setState("cancelled", t("query.status.cancelled", { time: format.duration(performance.now() - started) }));
      } else {
        showError(error);
        setState("error", t("query.status.failed"));
      }
    } finally {
      clearTimeout(timeLimit);
      if (controller === running) {
        running = undefined;
        root.dataset.runs = String(++runs);
      }
    }
  }

  function cancel(): void {
    if (!running) return;
    status.textContent = t("query.status.cancelling");
    running.abort();
  }

  function showError(error: unknown): void {
    const { hint, detail } = explainError(error);
    const summary = document.createElement("p");
    summary.textContent = t(`query.error.${hint}`, {
      size: formatBytes(RESULT_BYTE_LIMIT, language),
      time: format.duration(QUERY_TIME_LIMIT_MS),
    });
    const message = document.createElement("pre");
    message.textContent = detail;
    alert.replaceChildren(...(detail ? [summary, message] : [summary]));
  }

  /** Why a shared link's query waits for Run, next to the editor until the visitor runs a query. */
  function showHold(hold: LinkHold): void {
    const reason = t(`query.link.${hold.reason}`, {
      max: format.count(hold.reason === "length" ? LINK_MAX_LENGTH : LINK_MAX_NUMBER),
      keyword: hold.reason === "keyword" ? hold.keyword : "",
    });
    heldNote.textContent = t("query.link.held", { reason, run: t("query.run") });
    heldNote.hidden = false;
  }

  function forgetPrerendered(): void {
    results.hidden = true;
    delete results.dataset.prerendered;
    delete results.dataset.source;
  }

  /** Shows a result: DuckDB's, with its time, or the build's (`elapsed` null), with its date. */
  function showResult(collected: ResultSet, elapsed: number | null): void {
    delete results.dataset.prerendered;
    results.hidden = false;
    results.dataset.source = elapsed === null ? "precomputed" : "engine";
    const origin = elapsed === null ? { builtOn: precomputed!.builtOn } : { elapsedMs: elapsed };
    part("summary").textContent = resultSummary(collected, origin, { t, format, language });
    part("notes").textContent = resultNotes(collected, { t, format, language });
    for (const name of ["download", "download-excel", "download-xlsx"])
      part<HTMLButtonElement>(name).disabled = collected.columns.length === 0;
    renderResultsTable(part("table"), part("pager"), collected, { t, format });

    const figure = part("chart");
    const shape = chartShape(
      collected.columns.map((column) => column.kind),
      collected.rowCount,
    );
    figure.hidden = !shape;
    figure.replaceChildren();
    if (shape) {
      drawChart(figure, collected, shape).catch(() => {
        figure.hidden = true;
      });
    }
  }

  /** Plot loads only now, the first time a result can be drawn. */
  async function drawChart(figure: HTMLElement, collected: ResultSet, shape: ChartShape): Promise<void> {
    const { renderChart } = await import("./chart.ts");
    // A newer result may have replaced this one while Plot loaded.
    if (collected === result) await renderChart(figure, collected, shape, { t, format });
  }

  /** The language links keep the query, so that switching language keeps the work. */
  function carryQueryToLanguageLinks(): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-language-link]")) {
      link.href = urlWithSql(link.href, editor.value);
    }
  }

  /**
   * Shows the build's result of `sql` while DuckDB is not ready yet, if the build ran that query;
   * returns whether it did.
   */
  function showPrecomputed(sql: string): boolean {
    const found = !engineReady && precomputed && findPrecomputed(precomputed, sql);
    if (!found || running) return false;
    history.replaceState(history.state, "", urlWithSql(location.href, sql));
    carryQueryToLanguageLinks();
    alert.replaceChildren();
    result = precomputedResultSet(found);
    showResult(result, null);
    if (performance.getEntriesByName(PRECOMPUTED_SHOWN_MARK).length === 0) performance.mark(PRECOMPUTED_SHOWN_MARK);
    return true;
  }

  /**
   * The page's own copy of the example's result becomes the workspace's (same table, drawn
   * again by the same code, and the downloads), unless a run has already replaced it.
   */
  function adoptPrerendered(queries: PrecomputedQueries): void {
    const found = findPrecomputed(queries, editor.value);
    if (!found) return forgetPrerendered();
    result = precomputedResultSet(found);
    showResult(result, null);
  }

  function preview(sql: string): void {
    editor.value = sql;
    if (!showPrecomputed(sql)) void run();
  }

  /** The status line says which phase DuckDB's start is in, while nothing else is said there. */
  function showPhase({ phase, loaded, total }: EngineProgress): void {
    root.dataset.enginePhase = phase;
    if (root.dataset.state !== "starting" || phase === "idle" || phase === "ready") return;
    status.textContent =
      phase === "download" && loaded !== undefined && total
        ? t("query.engine.downloadBytes", {
            loaded: formatBytes(loaded, language),
            total: formatBytes(total, language),
          })
        : t(`query.engine.${phase}`);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  cancelButton.addEventListener("click", cancel);
  part<HTMLButtonElement>("download").addEventListener("click", () => {
    if (result) void downloadCsv(result, t("query.download.filename"));
  });
  // The same result for a Belgian or French Excel, and as a workbook (src/lib/data/spreadsheet.ts).
  const excelButton = part<HTMLButtonElement>("download-excel");
  excelButton.addEventListener("click", () => {
    if (result) void downloadCsv(result, excelButton.dataset.filename!, "excel");
  });
  const xlsxButton = part<HTMLButtonElement>("download-xlsx");
  xlsxButton.addEventListener("click", () => {
    const about = JSON.parse(xlsxButton.dataset.about!) as Omit<SheetAbout, "title" | "url">;
    if (result)
      downloadXlsx(result, xlsxButton.dataset.filename!, { ...about, title: editor.value, url: location.href });
  });
  for (const example of root.querySelectorAll<HTMLButtonElement>("[data-example-sql]")) {
    example.addEventListener("click", () => preview(example.dataset.exampleSql!));
  }

  // The page's own script has already put a shared link's query into the editor.
  const fromUrl = sqlFromSearch(location.search);
  const hold = fromUrl === undefined ? undefined : linkHold(fromUrl);
  if (hold) showHold(hold);
  setState("starting", t("query.status.starting"));
  watchEngine(showPhase);
  // The build's results: the schema panel at once, and the editor's example if it is one.
  const fromBuild = loadPrecomputed(language).then((queries) => {
    precomputed = queries;
    if (!engineReady) renderSchema(part("schema"), queries.schema, { t, format, preview });
    if (results.dataset.prerendered !== undefined && !running) adoptPrerendered(queries);
    else if (runs === 0 && results.hidden) showPrecomputed(editor.value);
    return queries;
  });
  fromBuild.catch(() => undefined);
  // A slow connection, or a host whose Content-Security-Policy header forbids WebAssembly
  // (DuckDB-WASM then waits forever): say so rather than stay silent.
  const slow = setTimeout(() => {
    if (root.dataset.state === "starting" || (root.dataset.state === "running" && runs === 0))
      status.textContent = t("query.status.slowStart");
  }, SLOW_START_MS);
  database.finally(() => clearTimeout(slow)).catch(() => undefined);
  database
    .then(
      async (db) => {
        // For scripts/bench-query.ts and the browser's performance panel.
        performance.mark("query-duckdb-ready");
        engineReady = true;
        if (root.dataset.state === "starting") setState("ready", t("query.status.ready", { version: db.version }));
        // A shared link runs its query first (when it may, and unless the visitor already ran
        // one); the schema can wait for it.
        if (fromUrl !== undefined && !hold && runs === 0 && !running) await run();
        // The build's schema is the same database's: DuckDB lists it only if the build's is missing.
        const built = await fromBuild.catch(() => undefined);
        if (!built) renderSchema(part("schema"), await loadSchema(db, language), { t, format, preview });
      },
      (error: unknown) => {
        showError(error);
        alert.prepend(Object.assign(document.createElement("p"), { textContent: t("query.error.start") }));
        setState("error", t("query.status.failed"));
      },
    )
    .catch(() => {
      part("schema").textContent = t("query.schema.failed");
    });
}
