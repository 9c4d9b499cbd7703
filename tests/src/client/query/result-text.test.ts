import { describe, expect, it } from "vitest";
import { resultNotes, resultSummary } from "../../../../src/client/query/result-text.ts";
import type { ResultSet } from "../../../../src/client/query/result-set.ts";
import { formatters } from "../../../../src/lib/format.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";

function resultOf(rowCount: number, truncated = false): ResultSet {
  return {
    columns: [
      { name: "code", type: "VARCHAR", kind: "text" },
      { name: "n", type: "INTEGER", kind: "number" },
    ],
    rowCount,
    truncated,
    displayed: [],
    *rows() {},
  };
}

const context = (language: "fr" | "nl" | "en") => ({
  t: createTranslator(language),
  format: formatters(language),
  language,
});

describe("resultSummary(result, origin, context)", () => {
  it("gives the engine's time, or the day the build computed the result, in the page's language", () => {
    expect(resultSummary(resultOf(12_345), { elapsedMs: 84 }, context("en"))).toBe(
      "Rows: 12,345 · columns: 2 · time: 84\u00a0ms",
    );
    expect(resultSummary(resultOf(20), { builtOn: "2026-12-07" }, context("fr"))).toBe(
      "Lignes : 20 · colonnes : 2 · résultat calculé lors de la construction du site, le 7 décembre 2026 (DuckDB démarre pour les requêtes que vous modifiez)",
    );
  });
});

describe("resultNotes(result, context)", () => {
  it("says when nothing came back, when the table shows only the first rows, and when rows were dropped", () => {
    expect(resultNotes(resultOf(20), context("en"))).toBe("");
    expect(resultNotes(resultOf(0), context("en"))).toBe("The query returned no rows.");
    expect(resultNotes(resultOf(25_000), context("nl"))).toBe(
      "De tabel toont de eerste 10.000 rijen; het CSV-bestand bevat ze allemaal (25.000).",
    );
    expect(resultNotes(resultOf(1_000_000, true), context("fr"))).toMatch(
      /^Le résultat dépasse 1\u202f000\u202f000 lignes/,
    );
  });
});
