/**
 * Guided questions for visitors who do not write SQL: "areas where indicator A is among the worst
 * X % and indicator B is below (or above) Y". The form's choices become SQL run by DuckDB-WASM on
 * the published tables; the page shows that SQL. Only catalogue ids and numbers enter the SQL.
 */
import { RELIABILITY_FLAGS } from "../../core/reliability.ts";
import { MAP_LEVELS } from "../../core/levels.ts";
import type { Polarity } from "../../core/polarity.ts";

export interface GuidedQuestion {
  first: string;
  /** Share of areas, worst first, in percent (1-100). */
  worstPercent: number;
  second: string;
  comparison: "lt" | "gt";
  threshold: number;
}

export interface QuestionIndicator {
  id: string;
  polarity: Polarity;
}

export const WORST_PERCENTS = [10, 20, 25, 50] as const;

/** `g=first:percent:second:lt|gt:threshold` in the explorer's URL. */
export function parseQuestion(text: string, known: Map<string, QuestionIndicator>): GuidedQuestion | null {
  const [first, percent, second, comparison, threshold] = text.split(":");
  const worstPercent = Number(percent);
  const value = Number(threshold);
  if (!first || !second || !known.has(first) || !known.has(second)) return null;
  if (!Number.isFinite(worstPercent) || worstPercent <= 0 || worstPercent > 100) return null;
  if ((comparison !== "lt" && comparison !== "gt") || threshold === "" || !Number.isFinite(value)) return null;
  return { first, worstPercent, second, comparison, threshold: value };
}

export function serializeQuestion(q: GuidedQuestion): string {
  return [q.first, q.worstPercent, q.second, q.comparison, q.threshold].join(":");
}

const SAFE_ID = /^[a-z0-9_]+$/;

/** Matches a flag holding a token that keeps a value out of rankings. */
const UNRANKED_FLAG_PATTERN = `(^|;)(${Object.values(RELIABILITY_FLAGS).join("|")})(;|$)`;

/** The SQL of a question at one level; throws on anything that is not a known id, level or number. */
export function questionSql(
  q: GuidedQuestion,
  level: string,
  known: Map<string, QuestionIndicator>,
  nameColumn: "name_fr" | "name_nl" | "name_en",
): string {
  const first = known.get(q.first);
  if (!first || !known.has(q.second) || !SAFE_ID.test(q.first) || !SAFE_ID.test(q.second))
    throw new Error("unknown indicator");
  if (!MAP_LEVELS.includes(level)) throw new Error("unknown level");
  if (!Number.isFinite(q.worstPercent) || !Number.isFinite(q.threshold)) throw new Error("not a number");
  // "Worst" follows the indicator's polarity: the highest values unless higher is better.
  const worstFirst = first.polarity === "higher_is_better" ? "ASC" : "DESC";
  return [
    `WITH first AS (`,
    `  SELECT territory_code, value,`,
    `         percent_rank() OVER (ORDER BY value ${worstFirst}) AS worst_share`,
    `  FROM indicators`,
    `  WHERE level = '${level}' AND indicator_id = '${q.first}' AND value IS NOT NULL`,
    // The table holds every year: a question reads each indicator's headline year.
    `    AND year = (SELECT reference_year FROM indicator_catalog WHERE indicator_id = '${q.first}')`,
    // Values the small-number rule flags are not ranked among the worst (src/core/reliability.ts).
    `    AND NOT regexp_matches(coalesce(flag, ''), '${UNRANKED_FLAG_PATTERN}')`,
    `)`,
    `SELECT t.code, t.${nameColumn} AS name, first.value AS ${q.first}, second.value AS ${q.second}`,
    `FROM first`,
    `JOIN indicators AS second`,
    `  ON second.level = '${level}' AND second.indicator_id = '${q.second}' AND second.territory_code = first.territory_code`,
    `  AND second.year = (SELECT reference_year FROM indicator_catalog WHERE indicator_id = '${q.second}')`,
    `JOIN territories AS t ON t.level = '${level}' AND t.code = first.territory_code`,
    `WHERE first.worst_share < ${q.worstPercent / 100}`,
    `  AND second.value ${q.comparison === "lt" ? "<" : ">"} ${q.threshold}`,
    // Ties in a stable order, the one the explorer's own answer uses (question-answer.ts).
    `ORDER BY first.value ${worstFirst}, t.code`,
  ].join("\n");
}
