import { describe, expect, it } from "vitest";
import { exampleSql, examples } from "../../../../src/client/query/examples.ts";
import { LINK_MAX_LENGTH, LINK_MAX_NUMBER } from "../../../../src/client/query/limits.ts";
import { linkHold } from "../../../../src/client/query/link-autorun.ts";
import { languages } from "../../../../src/core/languages.ts";
import messages from "../../../../src/i18n/messages/query.json";
import { questionSql } from "../../../../src/lib/explorer/guided-question.ts";

describe("linkHold(sql)", () => {
  it.each([
    "SELECT name_en AS bassin, population FROM bassins ORDER BY population DESC",
    "-- Which communes?\nSELECT * FROM communes;",
    "WITH big AS (SELECT * FROM communes WHERE population > 100000) SELECT count(*) FROM big",
    "FROM quartiers LIMIT 5",
    "(SELECT 1) UNION ALL (SELECT 2)",
    "DESCRIBE quartiers",
    "SHOW TABLES",
    "SUMMARIZE communes",
    "EXPLAIN SELECT * FROM sectors",
    "VALUES (1), (2)",
    'SELECT \'DETACH obs; USE memory\' AS text, "set" FROM (SELECT 1 AS "set") -- INSTALL httpfs',
    `SELECT range FROM range(${LINK_MAX_NUMBER})`,
    "SELECT 1e6, 0x1F, 1_000_000",
    "SELECT * FROM quartiers; ",
  ])("runs %j on open", (sql) => {
    expect(linkHold(sql)).toBeUndefined();
  });

  it.each([
    ["SELECT repeat('x', 500000000)", { reason: "number" }],
    ["SELECT count(*) FROM range(1e12)", { reason: "number" }],
    ["SELECT count(*) FROM range(1_000_000_000)", { reason: "number" }],
    ["SELECT 0x7FFFFFFF", { reason: "number" }],
    ["USE memory; DETACH obs", { reason: "statements" }],
    ["SELECT 1; SELECT 2", { reason: "statements" }],
    ["-- only a comment", { reason: "statements" }],
    ["USE memory", { reason: "notQuery" }],
    ["INSTALL httpfs", { reason: "notQuery" }],
    ["PRAGMA database_list", { reason: "notQuery" }],
    ["CREATE TEMP TABLE t AS SELECT 1", { reason: "notQuery" }],
    ["WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t", { reason: "keyword", keyword: "INSERT" }],
    ["EXPLAIN ANALYZE COPY quartiers TO 'x.csv'", { reason: "keyword", keyword: "COPY" }],
    [`SELECT '${"x".repeat(LINK_MAX_LENGTH)}'`, { reason: "length" }],
  ])("holds %j", (sql, hold) => {
    expect(linkHold(sql)).toEqual(hold);
  });
});

describe("linkHold(sql) on the site's own links", () => {
  it("runs every example question on open, in every language", () => {
    for (const language of languages)
      for (const example of examples)
        expect(
          linkHold(
            exampleSql(
              example,
              language,
              messages[language][`query.example.${example.id}` as keyof (typeof messages)["fr"]],
            ),
          ),
          example.id,
        ).toBe(undefined);
  });

  it("runs the explorer's guided question on open", () => {
    const sql = questionSql(
      {
        first: "fragility_index",
        worstPercent: 20,
        second: "share_within_500m_pharmacy",
        comparison: "lt",
        threshold: 90,
      },
      "quartier",
      new Map([
        ["fragility_index", { id: "fragility_index", polarity: "higher_is_worse" }],
        ["share_within_500m_pharmacy", { id: "share_within_500m_pharmacy", polarity: "higher_is_better" }],
      ]),
      "name_en",
    );
    expect(linkHold(sql)).toBeUndefined();
  });
});
