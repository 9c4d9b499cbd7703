import { describe, expect, it } from "vitest";
import { precomputedQueries, runForSite } from "../../../src/data/query-results.ts";
import { readManifest } from "../../../src/data/observatory-data.ts";
import { exampleSql, examples } from "../../../src/client/query/examples.ts";
import messages from "../../../src/i18n/messages/query.json";

describe("precomputedQueries(language)", () => {
  it("holds every example's result in the page's language, dated by the data's release", async () => {
    const queries = await precomputedQueries("nl");
    expect(queries.builtOn).toBe(readManifest().release_date);
    expect(queries.duckdb).toMatch(/^v1\.\d+\.\d+/);
    expect(queries.results.map((r) => r.sql)).toEqual(
      examples.map((e) => exampleSql(e, "nl", messages.nl[`query.example.${e.id}` as keyof (typeof messages)["nl"]])),
    );
    const communes = queries.results[examples.findIndex((e) => e.id === "communePopulation")]!;
    expect(communes.columns).toEqual([
      { name: "commune", type: "VARCHAR", kind: "text" },
      { name: "population", type: "INTEGER", kind: "number" },
    ]);
    expect(communes.rows).toHaveLength(19);
    expect(queries.schema.map((table) => table.name)).toContain("indicators");
  });

  it("is the same on every build (JSON byte for byte)", async () => {
    expect(JSON.stringify(await precomputedQueries("fr"))).toBe(JSON.stringify(await precomputedQueries("fr")));
  });
});

describe("runForSite(sql)", () => {
  it("keeps BIGINT exact as text, names DECIMAL and HUGEINT as the browser receives them (DOUBLE)", async () => {
    const result = await runForSite(
      "SELECT 9007199254740993::BIGINT AS big, 1.5::DECIMAL(4,1) AS dec, sum(2::INTEGER) AS huge, NULL::VARCHAR AS nothing",
    );
    expect(result.columns.map((c) => [c.name, c.type, c.kind])).toEqual([
      ["big", "BIGINT", "number"],
      ["dec", "DOUBLE", "number"],
      ["huge", "DOUBLE", "number"],
      ["nothing", "VARCHAR", "text"],
    ]);
    expect(result.rows).toEqual([["9007199254740993", 1.5, 2, null]]);
  });

  it("stops on a column type it does not convert, naming the column, its type and the query", async () => {
    await expect(runForSite("SELECT DATE '2024-01-01' AS day")).rejects.toThrow(
      'Precomputed query: column "day" has type DATE, which the build does not convert:\nSELECT DATE',
    );
  });
});
