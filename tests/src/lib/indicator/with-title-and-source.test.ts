import { describe, expect, it } from "vitest";
import { withTitleAndSource } from "../../../../src/lib/indicator/line-chart.ts";
import { textWidth } from "../../../../src/lib/figure/wrap-text.ts";

const chart = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200"><rect width="400" height="200"/></svg>`;
const source =
  "Sources : IBSA / perspective.brussels, Monitoring des Quartiers (data from Actiris, Statbel, SPP IS, INAMI); Statbel. Observatoire social-santé de Bruxelles.";

describe("withTitleAndSource(chart, title, source)", () => {
  const svg = withTitleAndSource(chart, "Part des bénéficiaires de l'intervention majorée, 2010–2024", source);
  const lines = [...svg.matchAll(/<text x="8" y="([\d.]+)" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)</g)];

  it("wraps title and source to the chart's width, every word kept", () => {
    for (const [, , size, bold, text] of lines) {
      expect(8 + textWidth(text!.replace(/&apos;/g, "'"), Number(size), Boolean(bold))).toBeLessThanOrEqual(400);
    }
    expect(
      lines
        .filter((m) => m[2] === "11")
        .map((m) => m[4])
        .join(" "),
    ).toBe(source);
  });

  it("grows the picture by the extra lines and puts the chart below the whole title", () => {
    const titleLines = lines.filter((m) => m[3]).length;
    const sourceLines = lines.filter((m) => m[2] === "11").length;
    expect(titleLines).toBe(2);
    expect(sourceLines).toBe(3);
    const total = 200 + 40 + 20 + 10 + 20 * (titleLines - 1) + 14 * (sourceLines - 1);
    expect(svg).toContain(`viewBox="0 0 400 ${total}" width="400" height="${total}"`);
    expect(svg).toContain(`<svg x="0" y="60" xmlns=`);
    expect(Number(lines.at(-1)![1])).toBeLessThan(total);
  });
});
