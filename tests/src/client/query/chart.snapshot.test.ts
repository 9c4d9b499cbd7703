import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Cell } from "../../../../src/client/query/cells.ts";
import { renderChart } from "../../../../src/client/query/chart.ts";
import { chartShape } from "../../../../src/client/query/chart-shape.ts";
import { formatters } from "../../../../src/lib/format.ts";
import type { ResultColumn, ResultSet } from "../../../../src/client/query/result-set.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { BROWSER_OFFSET_MESSAGE, plotOffset } from "../../../helpers/plot-offset.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput } from "../../../helpers/snapshot-grid.ts";

interface ResultInput {
  columns: ResultColumn[];
  rows: Cell[][];
}

const input = readInput<{ bar: ResultInput; scatter: ResultInput }>("query.json");

function resultSet({ columns, rows }: ResultInput): ResultSet {
  return {
    columns,
    rowCount: rows.length,
    truncated: false,
    displayed: rows,
    *rows() {
      yield* rows;
    },
  };
}

/**
 * The quick chart as the workspace draws it, into a figure of a linkedom page: Plot and the
 * caption use the page's global document, as in the browser.
 */
async function chart(result: ResultInput): Promise<string> {
  const { window, document } = parseHTML(
    `<!doctype html><html lang="en"><body><figure class="query-chart"></figure></body></html>`,
  );
  vi.stubGlobal("window", window);
  vi.stubGlobal("document", document);
  const figure = document.querySelector("figure") as unknown as HTMLElement;
  const shape = chartShape(
    result.columns.map((c) => c.kind),
    result.rows.length,
  );
  expect(shape).toBeDefined();
  await renderChart(figure, resultSet(result), shape!, { t: createTranslator("en"), format: formatters("en") });
  // Plot, loaded by renderChart under linkedom's window, offsets as a browser at one device pixel per CSS pixel.
  expect(await plotOffset(), BROWSER_OFFSET_MESSAGE).toBe(0.5);
  return figure.innerHTML;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("renderChart(figure, result, shape, context)", () => {
  it("draws a text and a number column as horizontal bars in the result's order, with a caption", async () => {
    const html = await chart(input.bar);
    expect(await chart(input.bar)).toBe(html);
    expectSnapshot("query-chart-bar", html, undefined, "html");
  });

  it("draws two number columns as a scatter plot whose dots name their row", async () => {
    const html = await chart(input.scatter);
    expect(await chart(input.scatter)).toBe(html);
    expectSnapshot("query-chart-scatter", html, undefined, "html");
  });
});
