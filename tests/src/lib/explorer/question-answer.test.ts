import { existsSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../../scripts/lib/paths.ts";
import { clientCatalog, clientLevelData } from "../../../../src/data/client-data.ts";
import { MAP_LEVELS } from "../../../../src/core/levels.ts";
import { questionSql, WORST_PERCENTS, type GuidedQuestion } from "../../../../src/lib/explorer/guided-question.ts";
import { answerQuestion, type AnsweringIndicator } from "../../../../src/lib/explorer/question-answer.ts";
import type { ClientLevelData } from "../../../../src/lib/client-data.ts";

const q = (first: string, worstPercent: number, second: string, comparison: "lt" | "gt", threshold: number) =>
  ({ first, worstPercent, second, comparison, threshold }) satisfies GuidedQuestion;

describe("answerQuestion(question, data, known, language) on purpose-built columns", () => {
  const known = new Map<string, AnsweringIndicator>([
    ["bad", { id: "bad", polarity: "higher_is_worse", year: 2024 }],
    ["good", { id: "good", polarity: "higher_is_better", year: 2024 }],
  ]);
  const data: Pick<ClientLevelData, "codes" | "names" | "values" | "flags" | "years"> = {
    codes: ["e", "d", "c", "b", "a"],
    names: { fr: ["E", "D", "C", "B", "A"], nl: ["e", "d", "c", "b", "a"], en: ["e", "d", "c", "b", "a"] },
    // "a" and "b" tie as the worst; "c" is flagged as too small to rank; "d" is of an older year.
    values: { bad: [1, 9, 50, 10, 10], good: [5, 1, 2, 3, 4] },
    flags: { bad: [null, null, "small_denominator", null, "imputed"], good: [null, null, null, null, null] },
    years: { bad: [2024, 2022, 2024, 2024, 2024] },
  };

  it("ranks the worst share by polarity, ties by code, and leaves out flagged and older values", () => {
    // Three ranked values (e, b, a): percent_rank of a and b is 0, of e is 1.
    expect(answerQuestion(q("bad", 50, "good", "gt", 0), data, known, "fr")).toEqual([
      { code: "a", name: "A", first: 10, second: 4 },
      { code: "b", name: "B", first: 10, second: 3 },
    ]);
    expect(answerQuestion(q("bad", 50, "good", "lt", 4), data, known, "fr").map((a) => a.code)).toEqual(["b"]);
    // Higher is better: the lowest values are the worst.
    expect(answerQuestion(q("good", 50, "bad", "gt", 5), data, known, "nl")).toEqual([
      { code: "c", name: "c", first: 2, second: 50 },
    ]);
    // "d" is the worst on "good", but its "bad" value is of an older year than the headline.
    expect(answerQuestion(q("good", 25, "bad", "lt", 20), data, known, "fr")).toEqual([]);
  });

  it("refuses an indicator it does not know", () => {
    expect(() => answerQuestion(q("bad", 50, "nope", "gt", 0), data, known, "fr")).toThrow("unknown indicator");
  });
});

// Every question form, answered by DuckDB on the published database and by the explorer's code on
// the level files built from the same tables: same areas, same order, same values.
const database = join(projectRoot, "public", "data", "observatory.duckdb");
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  if (!existsSync(database)) throw new Error(`${database} is missing: run \`npm run data\` first`);
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run(`ATTACH '${database}' AS obs (READ_ONLY)`);
  await connection.run("USE obs");
});
afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe("answerQuestion against DuckDB on the published data", () => {
  const catalog = clientCatalog();
  const known = new Map<string, AnsweringIndicator>(
    catalog
      .filter((i) => i.polarity !== "neutral" && i.status === "published")
      .map((i) => [i.id, { id: i.id, polarity: i.polarity, year: i.year }]),
  );

  it.each(MAP_LEVELS)("gives DuckDB's answer to every question form at level %s", async (level) => {
    const data = clientLevelData(level);
    const usable = [...known.values()].filter((i) => catalog.find((c) => c.id === i.id)!.levels.includes(level));
    expect(usable.length).toBeGreaterThan(1);
    let nonEmpty = 0;
    for (const [n, first] of usable.entries()) {
      // Each first indicator meets a different second one, at the median of its values.
      const second = usable[(n + 1) % usable.length]!;
      const values = (data.values[second.id] ?? []).filter((v): v is number => v !== null).sort((a, b) => a - b);
      const median = values[Math.floor(values.length / 2)] ?? 0;
      for (const percent of WORST_PERCENTS) {
        for (const comparison of ["lt", "gt"] as const) {
          const question = q(first.id, percent, second.id, comparison, median);
          const sql = questionSql(question, level, known, "name_en");
          const expected = (await connection.runAndReadAll(sql)).getRowObjectsJS().map((row) => ({
            code: row.code,
            name: row.name,
            first: row[first.id],
            second: row[second.id],
          }));
          const label = `${level} ${first.id}:${percent}:${second.id}:${comparison}:${median}`;
          expect(answerQuestion(question, data, known, "en"), label).toEqual(expected);
          if (expected.length > 0) nonEmpty++;
        }
      }
    }
    // The comparison means something only if many questions have answers.
    expect(nonEmpty).toBeGreaterThan(usable.length);
  });
});
