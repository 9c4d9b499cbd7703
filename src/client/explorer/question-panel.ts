/**
 * The guided question's panel: its lists offer the indicators published at the current level;
 * its SQL is shown and run in DuckDB-WASM (loaded only when a question is asked).
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import { questionSql, serializeQuestion } from "../../lib/explorer/guided-question.ts";
import type { ExplorerState } from "../../lib/explorer/state.ts";
import { queryPath } from "../../lib/routes.ts";
import { rememberLast } from "./remember-last.ts";
import { questionIndicators } from "./state-from-url.ts";

export interface QuestionPanel {
  /** Shows the question's SQL and answer, and returns the matching codes. */
  answer(state: ExplorerState, catalog: ClientCatalogEntry[]): Promise<string[] | undefined>;
  /** The question's lists offer the indicators published at the current level. */
  updateOptions(state: ExplorerState, catalog: ClientCatalogEntry[]): void;
}

export function questionPanel(root: HTMLElement, language: Language, t: Translate): QuestionPanel {
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  /** Runs a question's SQL in DuckDB-WASM (loaded only now); other changes of view reuse the answer. */
  const matchingCodes = rememberLast(async (sql: string) => {
    const { getObservatoryDb } = await import("../duckdb-client.ts");
    const found = await (await getObservatoryDb()).query(sql);
    return found.map((row) => String(row.code));
  });
  /** The question last shown (serialized), to open the panel only when the question itself changes. */
  let shownQuestion: string | null = null;

  async function answer(state: ExplorerState, catalog: ClientCatalogEntry[]): Promise<string[] | undefined> {
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
    const sql = questionSql(state.question, state.level, questionIndicators(catalog), `name_${language}` as "name_fr");
    sqlBox.textContent = sql;
    $<HTMLAnchorElement>("[data-question-workspace]")?.setAttribute("href", queryPath(language, sql));
    status.textContent = t("explorer.question.running");
    try {
      const codes = await matchingCodes(sql);
      status.textContent = codes.length
        ? t("explorer.question.result", { count: codes.length })
        : t("explorer.question.none");
      return codes;
    } catch (error) {
      status.textContent = t("explorer.question.error", { message: (error as Error).message });
      return undefined;
    }
  }

  function updateOptions(state: ExplorerState, catalog: ClientCatalogEntry[]): void {
    for (const name of ["first", "second"] as const) {
      const select = $<HTMLSelectElement>(`[data-question=${name}]`);
      if (!select) continue;
      const wanted = state.question?.[name] ?? select.value;
      const usable = catalog.filter(
        (i) => i.polarity !== "neutral" && i.status === "published" && i.levels.includes(state.level),
      );
      select.replaceChildren(...usable.map((i) => new Option(i.label[language], i.id, false, i.id === wanted)));
    }
    if (state.question) {
      $<HTMLSelectElement>("[data-question=percent]")!.value = String(state.question.worstPercent);
      $<HTMLSelectElement>("[data-question=comparison]")!.value = state.question.comparison;
      $<HTMLInputElement>("[data-question=threshold]")!.value = String(state.question.threshold);
    }
  }

  return { answer, updateOptions };
}
