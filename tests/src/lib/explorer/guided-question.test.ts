import { DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseQuestion,
  questionSql,
  serializeQuestion,
  type QuestionIndicator,
} from "../../../../src/lib/explorer/guided-question.ts";
import { projectRoot } from "../../../../scripts/lib/paths.ts";

const known = new Map<string, QuestionIndicator>([
  ["fragility_index", { id: "fragility_index", polarity: "higher_is_worse" }],
  ["share_within_500m_pharmacy", { id: "share_within_500m_pharmacy", polarity: "higher_is_better" }],
  ["median_income", { id: "median_income", polarity: "higher_is_better" }],
]);

describe("parseQuestion(text, known) and serializeQuestion(question)", () => {
  it("round-trips a question", () => {
    const q = {
      first: "fragility_index",
      worstPercent: 20,
      second: "share_within_500m_pharmacy",
      comparison: "lt" as const,
      threshold: 90,
    };
    expect(parseQuestion(serializeQuestion(q), known)).toEqual(q);
  });
  it("rejects unknown ids, bad numbers and comparisons", () => {
    expect(parseQuestion("drop_table:20:median_income:lt:5", known)).toBeNull();
    expect(parseQuestion("fragility_index:0:median_income:lt:5", known)).toBeNull();
    expect(parseQuestion("fragility_index:20:median_income:eq:5", known)).toBeNull();
    expect(parseQuestion("fragility_index:20:median_income:lt:", known)).toBeNull();
    expect(parseQuestion("garbage", known)).toBeNull();
  });
});

describe("questionSql(question, level, known, nameColumn)", () => {
  it("orders 'worst' by polarity and refuses anything but known ids and levels", () => {
    const sql = questionSql(
      { first: "median_income", worstPercent: 10, second: "fragility_index", comparison: "gt", threshold: 0.5 },
      "quartier",
      known,
      "name_nl",
    );
    expect(sql).toContain("percent_rank() OVER (ORDER BY value ASC)");
    expect(sql).toContain("AND second.value > 0.5");
    expect(() =>
      questionSql(
        { first: "x; DROP", worstPercent: 10, second: "median_income", comparison: "lt", threshold: 1 },
        "quartier",
        known,
        "name_fr",
      ),
    ).toThrow("unknown indicator");
    expect(() =>
      questionSql(
        { first: "median_income", worstPercent: 10, second: "median_income", comparison: "lt", threshold: 1 },
        "planet",
        known,
        "name_fr",
      ),
    ).toThrow("unknown level");
  });

  it("answers on the real database: the most fragile fifth of quartiers with under 90 % of residents near a pharmacy", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(`ATTACH '${join(projectRoot, "public/data/observatory.duckdb")}' AS obs (READ_ONLY)`);
      await connection.run("USE obs");
      const sql = questionSql(
        {
          first: "fragility_index",
          worstPercent: 20,
          second: "share_within_500m_pharmacy",
          comparison: "lt",
          threshold: 90,
        },
        "quartier",
        known,
        "name_fr",
      );
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as {
        code: string;
        fragility_index: number;
        share_within_500m_pharmacy: number;
      }[];
      // Cross-check with a plain computation on the same tables.
      const ranked = (
        await connection.runAndReadAll(
          "SELECT count(*)::INT AS n FROM indicators WHERE level = 'quartier' AND indicator_id = 'fragility_index' AND value IS NOT NULL AND year = (SELECT reference_year FROM indicator_catalog WHERE indicator_id = 'fragility_index')",
        )
      ).getRowObjectsJS()[0] as { n: number };
      // 115 since quartier 108's copied age shares (109's) are treated as missing.
      expect(ranked.n).toBe(115);
      expect(rows.length).toBeGreaterThan(0);
      // The table holds every year: the question reads each indicator's headline year, once per quartier.
      expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
      expect(rows.length).toBeLessThanOrEqual(Math.ceil(ranked.n / 5));
      expect(rows.every((r) => r.share_within_500m_pharmacy < 90)).toBe(true);
      const cut = [...rows].sort((a, b) => a.fragility_index - b.fragility_index)[0]!.fragility_index;
      expect(cut).toBeGreaterThanOrEqual(0.79);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
