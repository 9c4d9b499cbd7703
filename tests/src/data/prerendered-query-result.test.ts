import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { exampleSql, examples } from "../../../src/client/query/examples.ts";
import { findPrecomputed } from "../../../src/client/query/precomputed.ts";
import { precomputedQueries } from "../../../src/data/query-results.ts";
import { prerenderedFirstResult } from "../../../src/data/prerendered-query-result.ts";
import { formatDate, formatters } from "../../../src/lib/format.ts";
import messages from "../../../src/i18n/messages/query.json";

describe("prerenderedFirstResult(language)", () => {
  it.each(["fr", "nl", "en"] as const)(
    "in %s: the first example's SQL with the build's result, as the workspace's table",
    async (language) => {
      const first = examples[0]!;
      const sql = exampleSql(
        first,
        language,
        messages[language][`query.example.${first.id}` as "query.example.fragilePharmacy"],
      );
      const queries = await precomputedQueries(language);
      const built = findPrecomputed(queries, sql)!;
      const prerendered = await prerenderedFirstResult(language);

      expect(prerendered.sql).toBe(sql);
      const format = formatters(language);
      expect(prerendered.summary).toContain(formatDate(queries.builtOn, language));
      expect(prerendered.summary).toContain(format.count(built.rows.length));
      expect(prerendered.notes).toBe("");

      const { document } = parseHTML(`<!doctype html><div>${prerendered.table}</div><nav>${prerendered.pager}</nav>`);
      const headers = [...document.querySelectorAll("th .column-name")].map((th) => th.textContent);
      expect(headers).toEqual(built.columns.map((column) => column.name));
      const rows = [...document.querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => td.textContent),
      );
      expect(rows).toEqual(built.rows.map((row) => row.map((cell) => format.cell(cell))));
      expect(document.querySelector("caption")!.textContent).toContain(format.count(built.rows.length));
      // Twenty rows fit one page: the pager says which rows, with no buttons.
      expect(document.querySelectorAll("nav button")).toHaveLength(0);
      expect(document.querySelector("nav .pager-position")!.textContent).toBe(
        messages[language]["query.pager.position"]
          .replace("{first}", "1")
          .replace("{last}", format.count(built.rows.length))
          .replace("{total}", format.count(built.rows.length)),
      );
    },
  );
});
