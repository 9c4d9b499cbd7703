/**
 * What the workspace says above a result: a summary (rows, columns, and the query's time or the
 * day the build computed it) and notes (no rows, rows dropped, first rows only). The same words
 * in the page the build writes (src/data/prerendered-query-result.ts) and in the browser (workspace.ts).
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { formatDate, type Formatters } from "../../lib/format.ts";
import { DISPLAY_LIMIT, KEEP_LIMIT, type ResultSet } from "./result-set.ts";

/** Where a result comes from: DuckDB in the browser (with its time) or the build (with its date). */
export type ResultOrigin = { elapsedMs: number } | { builtOn: string };

export interface ResultTextContext {
  t: Translate;
  format: Formatters;
  language: Language;
}

export function resultSummary(result: ResultSet, origin: ResultOrigin, { t, format, language }: ResultTextContext) {
  const rows = format.count(result.rowCount);
  const columns = format.count(result.columns.length);
  return "builtOn" in origin
    ? t("query.results.precomputed", { rows, columns, date: formatDate(origin.builtOn, language) })
    : t("query.results.summary", { rows, columns, time: format.duration(origin.elapsedMs) });
}

export function resultNotes(result: ResultSet, { t, format }: ResultTextContext): string {
  const notes: string[] = [];
  if (result.rowCount === 0) notes.push(t("query.results.empty"));
  if (result.truncated) notes.push(t("query.results.truncated", { rows: format.count(KEEP_LIMIT) }));
  else if (result.rowCount > DISPLAY_LIMIT)
    notes.push(
      t("query.results.firstRows", { shown: format.count(DISPLAY_LIMIT), rows: format.count(result.rowCount) }),
    );
  return notes.join(" ");
}
