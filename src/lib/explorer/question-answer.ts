/**
 * A guided question answered from the explorer's own level file, without DuckDB: the same rows,
 * in the same order, with the same values as `questionSql` (guided-question.ts) returns on the
 * published database. Each step below mirrors one clause of that SQL; the equality is tested on
 * every question form (tests/src/lib/explorer/question-answer.test.ts).
 */
import type { Language } from "../../core/languages.ts";
import { isRankable } from "../../core/reliability.ts";
import type { ClientLevelData } from "../client-data.ts";
import type { GuidedQuestion, QuestionIndicator } from "./guided-question.ts";

/** An indicator a question reads: its direction and its headline (reference) year. */
export interface AnsweringIndicator extends QuestionIndicator {
  year: number;
}

/** One matching area, as the SQL's row: code, name, first and second indicator's values. */
export interface AnsweredArea {
  code: string;
  name: string;
  first: number;
  second: number;
}

type LevelColumns = Pick<ClientLevelData, "codes" | "names" | "values" | "flags" | "years">;

/** The areas that answer `q` at the level of `data`, worst first (ties by code). */
export function answerQuestion(
  q: GuidedQuestion,
  data: LevelColumns,
  known: Map<string, AnsweringIndicator>,
  language: Language,
): AnsweredArea[] {
  const first = known.get(q.first);
  const second = known.get(q.second);
  if (!first || !second) throw new Error("unknown indicator");
  const higherIsBetter = first.polarity === "higher_is_better";
  // WHERE value IS NOT NULL AND year = reference_year AND the flag does not keep it out of rankings.
  const ranked = data.codes.flatMap((_, i) => {
    const value = headlineValue(data, q.first, first.year, i);
    return value !== null && isRankable(data.flags[q.first]?.[i]) ? [{ i, value }] : [];
  });
  // percent_rank() OVER (ORDER BY value worst first) = (rank - 1) / (n - 1), ties sharing the lowest rank.
  const worse = (a: number, b: number) => (higherIsBetter ? a < b : a > b);
  const sorted = ranked.map((r) => r.value).sort((a, b) => (worse(a, b) ? -1 : worse(b, a) ? 1 : 0));
  const denominator = sorted.length - 1;
  const cut = q.worstPercent / 100;
  const answered: AnsweredArea[] = [];
  for (const { i, value } of ranked) {
    const rankBefore = firstIndex(sorted, value, worse);
    const share = denominator > 0 ? rankBefore / denominator : 0;
    if (!(share < cut)) continue;
    const other = headlineValue(data, q.second, second.year, i);
    if (other === null || !(q.comparison === "lt" ? other < q.threshold : other > q.threshold)) continue;
    answered.push({ code: data.codes[i]!, name: data.names[language][i]!, first: value, second: other });
  }
  // ORDER BY first.value worst first, t.code
  return answered.sort((a, b) =>
    a.first !== b.first ? (worse(a.first, b.first) ? -1 : 1) : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
}

/** The value at row `i` when it is of the indicator's headline year (the level file may hold an older one). */
function headlineValue(data: LevelColumns, id: string, year: number, i: number): number | null {
  const value = data.values[id]?.[i] ?? null;
  const valueYear = data.years[id]?.[i] ?? year;
  return valueYear === year ? value : null;
}

/** How many sorted values come strictly before `value` (binary search). */
function firstIndex(sorted: number[], value: number, worse: (a: number, b: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (worse(sorted[middle]!, value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
