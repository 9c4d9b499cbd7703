import { describe, expect, it } from "vitest";
import { explainError } from "../../../../src/client/query/error-message.ts";
import { QueryTimeLimitError } from "../../../../src/client/query/limits.ts";
import { ResultTooLargeError } from "../../../../src/client/query/result-set.ts";
import { StatementRefusedError } from "../../../../src/client/query/statement-guard.ts";

describe("explainError(error)", () => {
  it.each([
    [
      'Invalid Input Error: Cannot execute statement of type "INSERT" on database "obs" which is attached in read-only mode!',
      "readOnly",
    ],
    ['Catalog Error: Table with name quartier does not exist!\nDid you mean "quartiers"?', "table"],
    ['Binder Error: Referenced column "nom" not found in FROM clause!', "column"],
    ['Catalog Error: Scalar Function with name foo does not exist!\nDid you mean "floor"?', "function"],
    [
      'Catalog Error: Scalar Function with name "to_json" is not in the catalog, but it exists in the json extension.',
      "extension",
    ],
    [
      'Permission Error: Cannot access file "https://example.org/x.csv" - file system operations are disabled by configuration',
      "files",
    ],
    [
      'Invalid Input Error: Cannot change configuration option "threads" - the configuration has been locked',
      "settings",
    ],
    ["Out of Memory Error: could not allocate block of size 256.0 KiB", "memory"],
    ["Conversion Error: Could not convert string 'x' to INT32", "other"],
  ])("%s", (message, hint) => {
    expect(explainError(new Error(message))).toEqual({ hint, detail: message });
  });

  it("unwraps the JSON errors DuckDB-WASM sends for parser errors", () => {
    const json =
      '{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"\\n\\nLINE 1: SELEC 1\\n        ^","error_subtype":"SYNTAX_ERROR","position":"0"}';
    expect(explainError(new Error(json))).toEqual({
      hint: "syntax",
      detail: 'Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^',
    });
  });

  it("accepts anything thrown", () => {
    expect(explainError("plain text")).toEqual({ hint: "other", detail: "plain text" });
  });
});

describe("explainError(error) for the workspace's own refusals and limits", () => {
  it("names the refused statement", () => {
    expect(explainError(new StatementRefusedError("database", "USE memory"))).toEqual({
      hint: "refusedDatabase",
      detail: "USE memory",
    });
    expect(explainError(new StatementRefusedError("extension", "INSTALL httpfs"))).toEqual({
      hint: "refusedExtension",
      detail: "INSTALL httpfs",
    });
  });

  it("says which limit stopped the query, with nothing to add", () => {
    expect(explainError(new ResultTooLargeError(64_000_000))).toEqual({ hint: "resultSize", detail: "" });
    expect(explainError(new QueryTimeLimitError(60_000))).toEqual({ hint: "timeLimit", detail: "" });
  });
});
