import { existsSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../../scripts/lib/paths.ts";
import { exampleSql, examples } from "../../../../src/client/query/examples.ts";
import { schemaSql } from "../../../../src/client/query/schema-panel.ts";
import { languages } from "../../../../src/core/languages.ts";
import messages from "../../../../src/i18n/messages/query.json";

// The examples run against the database the site publishes, as the browser runs them (USE obs).
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

async function rows(sql: string) {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson();
}

describe("example queries", () => {
  it("each have a question in every language", () => {
    for (const language of languages) {
      for (const example of examples)
        expect(messages[language], `${language} ${example.id}`).toHaveProperty(`query.example.${example.id}`);
    }
  });

  it.each(examples.flatMap((example) => languages.map((language) => [example.id, language] as const)))(
    "%s runs in %s and returns rows",
    async (id, language) => {
      const example = examples.find((e) => e.id === id)!;
      const sql = exampleSql(
        example,
        language,
        messages[language][`query.example.${id}` as keyof (typeof messages)["fr"]],
      );
      expect(sql.split("\n")[0]).toMatch(/^-- \S/);
      expect((await rows(sql)).length).toBeGreaterThan(0);
    },
  );

  it("finds fragile quartiers where some residents have no pharmacy within 500 m, most fragile first", async () => {
    const result = await rows(examples.find((e) => e.id === "fragilePharmacy")!.sql("fr"));
    expect(result).toHaveLength(20);
    const ranks = result.map((r) => Number(r.fragility_rank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const row of result) expect(Number(row.pct_residents_without_pharmacy_500m)).toBeGreaterThan(0);
  });

  it("sums the five bassins to the region's population", async () => {
    const result = await rows(examples.find((e) => e.id === "bassinTotals")!.sql("en"));
    expect(result.map((r) => r.bassin).sort()).toEqual(["Centre-West", "North", "North-East", "South", "South-East"]);
    const [region] = await rows("SELECT population FROM region");
    expect(result.reduce((sum, r) => sum + Number(r.population), 0)).toBe(Number(region!.population));
  });

  it("uses indicator ids that exist in the catalogue", async () => {
    const ids = new Set((await rows("SELECT indicator_id FROM indicator_catalog")).map((r) => String(r.indicator_id)));
    for (const example of examples) {
      for (const [, id] of example.sql("en").matchAll(/indicator_id = '(\w+)'/g)) expect(ids, id).toContain(id);
    }
  });
});

describe("schemaSql(language)", () => {
  it.each(languages)("describes every column of every table in %s", async (language) => {
    const result = await rows(schemaSql(language));
    const tables = await rows("SELECT table_name FROM duckdb_tables() WHERE database_name = 'obs'");
    expect(new Set(result.map((r) => r.table_name))).toEqual(new Set(tables.map((r) => r.table_name)));
    const [{ n }] = (await rows("SELECT count(*) AS n FROM duckdb_columns() WHERE database_name = 'obs'")) as [
      { n: string },
    ];
    expect(result).toHaveLength(Number(n));
    for (const row of result) {
      expect(row.column_description, `${row.table_name}.${row.column_name}`).not.toBe("");
      expect(row.table_description, String(row.table_name)).not.toBe("");
    }
  });
});

describe("the time-series example", () => {
  it("gives every published year of the quartier once, ascending, beside the region's value of the same year", async () => {
    const result = await rows(examples.find((e) => e.id === "ageingSeries")!.sql("nl"));
    const years = result.map((r) => Number(r.year));
    const published = await rows(
      "SELECT year, value FROM indicators WHERE level = 'quartier' AND territory_code = '58' AND indicator_id = 'share_80_plus' ORDER BY year",
    );
    expect(years).toEqual(published.map((r) => Number(r.year)));
    expect(years.length).toBeGreaterThan(10);
    expect(result[0]!.quartier).toBe("Anderlecht - Centrum - Wayez");
    const region = new Map(
      (await rows("SELECT year, value FROM indicators WHERE level = 'region' AND indicator_id = 'share_80_plus'")).map(
        (r) => [Number(r.year), Number(r.value)],
      ),
    );
    expect(region.size).toBeGreaterThan(10);
    for (const row of result) {
      const expected = region.get(Number(row.year));
      if (expected === undefined) expect(row.pct_80_plus_region, String(row.year)).toBeNull();
      else expect(Number(row.pct_80_plus_region), String(row.year)).toBeCloseTo(expected, 2);
    }
  });
});
