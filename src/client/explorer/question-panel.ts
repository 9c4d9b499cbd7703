/**
 * The guided question's panel: its lists offer the indicators published at the current level;
 * the question is answered from the level file the explorer already holds (question-answer.ts,
 * no query engine), and its SQL is shown with a link that runs it in the SQL workspace.
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry, ClientLevelData } from "../../lib/client-data.ts";
import { questionSql, serializeQuestion } from "../../lib/explorer/guided-question.ts";
import { answerQuestion, type AnsweringIndicator } from "../../lib/explorer/question-answer.ts";
import type { ExplorerState } from "../../lib/explorer/state.ts";
import { queryPath } from "../../lib/routes.ts";
import { warmEngineOnIntent } from "../query/engine-warm.ts";
import { questionIndicators } from "./state-from-url.ts";
import { parseLocaleNumber, writeLocaleNumber } from "../../lib/locale-number.ts";

/** The performance mark set when a question's answer is shown (the query benchmark reads it). */
export const QUESTION_ANSWERED_MARK = "question-answered";

export interface QuestionPanel {
  /** Shows the question's SQL and answer, and returns the matching codes. */
  answer(state: ExplorerState, catalog: ClientCatalogEntry[], data: ClientLevelData): string[] | undefined;
  /** The question's lists offer the indicators published at the current level. */
  updateOptions(state: ExplorerState, catalog: ClientCatalogEntry[]): void;
}

export function questionPanel(root: HTMLElement, language: Language, t: Translate): QuestionPanel {
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  const workspaceLink = $<HTMLAnchorElement>("[data-question-workspace]");
  if (workspaceLink) warmEngineOnIntent(workspaceLink);
  /** The question last shown (serialized), to open the panel only when the question itself changes. */
  let shownQuestion: string | null = null;

  function answer(state: ExplorerState, catalog: ClientCatalogEntry[], data: ClientLevelData): string[] | undefined {
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
    const known = questionIndicators(catalog);
    const sql = questionSql(state.question, state.level, known, `name_${language}` as "name_fr");
    sqlBox.textContent = sql;
    workspaceLink?.setAttribute("href", queryPath(language, sql));
    try {
      const years = new Map(catalog.map((i) => [i.id, i.year]));
      const answering = new Map<string, AnsweringIndicator>(
        [...known].map(([id, indicator]) => [id, { ...indicator, year: years.get(id)! }]),
      );
      const codes = answerQuestion(state.question, data, answering, language).map((area) => area.code);
      status.textContent = codes.length
        ? t("explorer.question.result", { count: codes.length })
        : t("explorer.question.none");
      performance.mark(QUESTION_ANSWERED_MARK);
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
      const threshold = $<HTMLInputElement>("[data-question=threshold]")!;
      // A threshold the visitor must still correct stays as typed.
      if (threshold.getAttribute("aria-invalid") !== "true")
        threshold.value = writeLocaleNumber(state.question.threshold, language);
    }
  }

  return { answer, updateOptions };
}

/**
 * The question's threshold as the page's language writes it (`2,5` in French and Dutch, `2.5` in
 * English; src/lib/locale-number.ts), or null after saying under the field why it cannot be read.
 */
export function readQuestionThreshold(root: HTMLElement, language: Language, t: Translate): number | null {
  const input = root.querySelector<HTMLInputElement>("[data-question=threshold]")!;
  const error = root.querySelector<HTMLElement>("#explorer-question-threshold-error");
  const parsed = parseLocaleNumber(input.value, language);
  const message = parsed.ok
    ? null
    : t(parsed.reason === "empty" ? "explorer.question.thresholdEmpty" : "explorer.question.thresholdUnreadable", {
        field: t("explorer.question.threshold"),
        value: input.value.trim(),
      });
  input.setAttribute("aria-invalid", String(message !== null));
  if (error) {
    error.textContent = message ?? "";
    error.hidden = message === null;
  }
  return parsed.ok ? parsed.value : null;
}
