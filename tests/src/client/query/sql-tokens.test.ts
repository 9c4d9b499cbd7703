import { describe, expect, it } from "vitest";
import { splitStatements, tokenize, words, type Token } from "../../../../src/client/query/sql-tokens.ts";

const kinds = (sql: string) =>
  tokenize(sql)
    .filter((t) => t.kind !== "space")
    .map((t) => [t.kind, t.text]);

describe("tokenize(sql)", () => {
  it("gives back the text exactly, whatever it is", () => {
    for (const sql of [
      "SELECT * FROM quartiers WHERE name_fr = 'Marolles';",
      "select 'unterminated",
      "/* open comment",
      'SELECT "quoted ""name""" FROM t -- end',
      "SELECT $$dollar ' string$$, $tag$x$tag$, 1e-3, .5, 0x1F, 1_000",
      "émoji 🦆 ¤ # ` \\ \t\r\n",
      "",
    ]) {
      expect(
        tokenize(sql)
          .map((t: Token) => t.text)
          .join(""),
      ).toBe(sql);
    }
  });

  it("tells keywords (any case), functions, names, strings, numbers and operators apart", () => {
    expect(kinds("select count(*) AS n, name_fr FROM quartiers WHERE population >= 1e3 AND name_fr <> 'x'")).toEqual([
      ["keyword", "select"],
      ["function", "count"],
      ["punctuation", "("],
      ["operator", "*"],
      ["punctuation", ")"],
      ["keyword", "AS"],
      ["identifier", "n"],
      ["punctuation", ","],
      ["identifier", "name_fr"],
      ["keyword", "FROM"],
      ["identifier", "quartiers"],
      ["keyword", "WHERE"],
      ["identifier", "population"],
      ["operator", ">="],
      ["number", "1e3"],
      ["keyword", "AND"],
      ["identifier", "name_fr"],
      ["operator", "<>"],
      ["string", "'x'"],
    ]);
  });

  it("keeps doubled quotes inside strings and quoted names, and digits inside names", () => {
    expect(kinds(`'it''s' "a ""b""" t1 v2x`)).toEqual([
      ["string", "'it''s'"],
      ["quoted", '"a ""b"""'],
      ["identifier", "t1"],
      ["identifier", "v2x"],
    ]);
  });

  it("reads line and block comments, and casts", () => {
    expect(kinds("-- note; not a statement end\n/* multi\nline */ x::DOUBLE")).toEqual([
      ["comment", "-- note; not a statement end"],
      ["comment", "/* multi\nline */"],
      ["identifier", "x"],
      ["operator", "::"],
      ["keyword", "DOUBLE"],
    ]);
  });
});

describe("splitStatements(sql)", () => {
  it("splits on the semicolons that end statements only", () => {
    expect(splitStatements("CREATE TEMP TABLE t AS SELECT 'a;b' AS s; -- c;d\nSELECT \"x;y\" FROM t; /* ; */")).toEqual(
      ["CREATE TEMP TABLE t AS SELECT 'a;b' AS s", ' -- c;d\nSELECT "x;y" FROM t'],
    );
  });

  it("drops empty statements and keeps a single one as it is", () => {
    expect(splitStatements(";;  SELECT 1 ;\n\n")).toEqual(["  SELECT 1 "]);
    expect(splitStatements("SELECT 1")).toEqual(["SELECT 1"]);
    expect(splitStatements("  -- only a comment\n")).toEqual([]);
  });
});

describe("words(sql)", () => {
  it("lists keywords, names and functions in upper case, not those in strings, quoted names or comments", () => {
    expect(words("/* DETACH */ use memory; select \"SET\", 'INSTALL', count(*) FROM t -- LOAD")).toEqual([
      "USE",
      "MEMORY",
      "SELECT",
      "COUNT",
      "FROM",
      "T",
    ]);
  });
});
