import { describe, expect, it } from "vitest";
import { checkStatements, refusal, StatementRefusedError } from "../../../../src/client/query/statement-guard.ts";

describe("refusal(statement)", () => {
  it.each([
    ["USE memory", "database"],
    ["use obs.main", "database"],
    ["/* switch */ DETACH obs", "database"],
    ["DETACH DATABASE IF EXISTS obs", "database"],
    ["ATTACH ':memory:' AS scratch", "database"],
    ["SET search_path = 'memory'", "database"],
    ["SET GLOBAL enable_external_access = true", "database"],
    ["RESET search_path", "database"],
    ["INSTALL httpfs", "extension"],
    ["LOAD httpfs", "extension"],
    ["FORCE INSTALL spatial", "extension"],
    ["UPDATE EXTENSIONS", "extension"],
  ])("refuses %s (%s)", (statement, reason) => {
    expect(refusal(statement)).toBe(reason);
  });

  it.each([
    "SELECT 'USE memory; DETACH obs' AS text",
    "SELECT 1 -- DETACH obs",
    'SELECT "use" FROM (SELECT 1 AS "use")',
    "SET VARIABLE threshold = 20",
    "RESET VARIABLE threshold",
    "CREATE TEMP TABLE t AS SELECT 1 AS x",
    "UPDATE t SET x = 2",
    "PRAGMA table_info('quartiers')",
    "",
  ])("lets %j through", (statement) => {
    expect(refusal(statement)).toBeUndefined();
  });
});

describe("checkStatements(statements)", () => {
  it("throws for the first refused statement, named and shortened", () => {
    expect(() => checkStatements(["SELECT 1", "\n  INSTALL httpfs ", "USE memory"])).toThrow(
      new StatementRefusedError("extension", "INSTALL httpfs"),
    );
    const long = `ATTACH '${"x".repeat(300)}' AS a`;
    try {
      checkStatements([long]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StatementRefusedError);
      expect((error as StatementRefusedError).refusal).toBe("database");
      expect((error as StatementRefusedError).statement).toBe(`${long.slice(0, 200)}…`);
      expect((error as Error).message).toBe(`Refused before reaching DuckDB: ${long.slice(0, 200)}…`);
    }
  });

  it("accepts a script that only reads and works on temporary tables", () => {
    expect(() =>
      checkStatements(["CREATE TEMP TABLE big AS SELECT * FROM communes", "SELECT count(*) FROM big"]),
    ).not.toThrow();
  });
});
