/**
 * The workspace's first example with its result, written into the page by the build: the result
 * is on screen at the page's first paint, before any script runs (and without scripts). The
 * values are the build's (src/data/query-results.ts, the same as /site-data/query-<language>.json),
 * drawn by the browser's own code (results-table.ts, result-text.ts) on a linkedom document, so
 * that the workspace, once started, redraws exactly the same table.
 */
import { parseHTML } from "linkedom";
import type { Language } from "../core/languages.ts";
import { exampleSql, examples } from "../client/query/examples.ts";
import { findPrecomputed, precomputedResultSet } from "../client/query/precomputed.ts";
import { renderResultsTable } from "../client/query/results-table.ts";
import { resultNotes, resultSummary } from "../client/query/result-text.ts";
import { precomputedQueries } from "./query-results.ts";
import { createTranslator } from "../i18n/translate.ts";
import { formatters } from "../lib/format.ts";

export interface PrerenderedResult {
  /** The query, as the editor holds it when the page opens. */
  sql: string;
  summary: string;
  notes: string;
  /** The table's HTML (the inside of the workspace's [data-query-table]). */
  table: string;
  /** The pager's HTML (the inside of [data-query-pager]). */
  pager: string;
}

export async function prerenderedFirstResult(language: Language): Promise<PrerenderedResult> {
  const t = createTranslator(language);
  const first = examples[0]!;
  const sql = exampleSql(first, language, t(`query.example.${first.id}`));
  const queries = await precomputedQueries(language);
  const found = findPrecomputed(queries, sql);
  if (!found) throw new Error(`The build has no result for the workspace's first example (${first.id})`);
  const result = precomputedResultSet(found);
  const context = { t, format: formatters(language), language };
  const { document } = parseHTML("<!doctype html><div></div><nav></nav>");
  const table = document.querySelector("div")!;
  const pager = document.querySelector("nav")!;
  renderResultsTable(table, pager, result, context);
  return {
    sql,
    summary: resultSummary(result, { builtOn: queries.builtOn }, context),
    notes: resultNotes(result, context),
    table: table.innerHTML,
    pager: pager.innerHTML,
  };
}
