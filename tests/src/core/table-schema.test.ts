import { describe, expect, it } from "vitest";
import {
  nullable,
  parseTable,
  required,
  tableSchema,
  TableSchemaError,
  type RowOf,
} from "../../../src/core/table-schema.ts";

const FILE = "public/data/tables/example.csv";
const example = tableSchema("example", [
  required("code", "VARCHAR"),
  nullable("note", "VARCHAR"),
  required("rank", "INTEGER"),
  nullable("score", "DOUBLE"),
  required("ranked", "BOOLEAN"),
]);
const HEADER = ["code", "note", "rank", "score", "ranked"];
const good = { code: "21004", note: "", rank: "12", score: "0.5", ranked: "true" };

/** The message parseTable throws for `rows`, or "" when it parses. */
function failure(rows: Record<string, string>[], header: string[] = HEADER): string {
  try {
    parseTable(example, rows, FILE, header);
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(TableSchemaError);
    return (error as Error).message;
  }
}

describe("parseTable(schema, rows, file, header)", () => {
  it("converts every cell to its declared type, empty cells of nullable columns to null", () => {
    const rows: RowOf<typeof example>[] = parseTable(
      example,
      [good, { code: "21015", note: "reconstructed", rank: "-3", score: "1.5e-7", ranked: "false" }],
      FILE,
      HEADER,
    );
    expect(rows).toEqual([
      { code: "21004", note: null, rank: 12, score: 0.5, ranked: true },
      { code: "21015", note: "reconstructed", rank: -3, score: 1.5e-7, ranked: false },
    ]);
  });

  it("takes the header from the first row by default, and accepts an empty table with its header", () => {
    expect(parseTable(example, [good], FILE)).toHaveLength(1);
    expect(parseTable(example, [], FILE, HEADER)).toEqual([]);
  });

  it("rejects a header that is not the declared columns in order, naming what differs", () => {
    expect(failure([good], ["code", "note", "score", "rank", "ranked"])).toBe(
      `${FILE}, row 1: header code,note,score,rank,ranked is not the declared code,note,rank,score,ranked of table example (columns out of order)`,
    );
    expect(failure([good], ["code", "note", "rank", "ranked"])).toBe(
      `${FILE}, row 1: header code,note,rank,ranked is not the declared code,note,rank,score,ranked of table example (missing "score")`,
    );
    expect(failure([good], [...HEADER, "extra"])).toBe(
      `${FILE}, row 1: header code,note,rank,score,ranked,extra is not the declared code,note,rank,score,ranked of table example (undeclared "extra")`,
    );
  });

  it("rejects a row lacking a cell", () => {
    const { score: _score, ...short } = good;
    expect(failure([good, short])).toBe(`${FILE}, row 3, column "score": the row has no such cell`);
  });

  it("rejects a cell that is not an integer, naming file, row and column", () => {
    expect(failure([good, { ...good, rank: "x" }])).toBe(`${FILE}, row 3, column "rank": "x" is not an integer`);
    expect(failure([{ ...good, rank: "1.5" }])).toBe(`${FILE}, row 2, column "rank": "1.5" is not an integer`);
  });

  it("rejects a cell that is not a number", () => {
    expect(failure([{ ...good, score: "0,5" }])).toBe(`${FILE}, row 2, column "score": "0,5" is not a number`);
    expect(failure([{ ...good, score: "NaN" }])).toBe(`${FILE}, row 2, column "score": "NaN" is not a number`);
  });

  it("rejects a boolean other than true or false", () => {
    expect(failure([{ ...good, ranked: "1" }])).toBe(
      `${FILE}, row 2, column "ranked": "1" is not a boolean (true or false)`,
    );
  });

  it("rejects an empty cell in a column that is not nullable", () => {
    expect(failure([good, good, { ...good, code: "" }])).toBe(
      `${FILE}, row 4, column "code": empty, but the column is not nullable`,
    );
    expect(failure([{ ...good, rank: "" }])).toBe(
      `${FILE}, row 2, column "rank": empty, but the column is not nullable`,
    );
  });
});
