import { describe, expect, it } from "vitest";
import { svgTextLines, textWidth, wrapText } from "../../../../src/lib/figure/wrap-text.ts";

describe("textWidth(text, fontSize, bold)", () => {
  it("adds DejaVu Sans advances: ten digits at 10 px are 63.6 px, bold wider", () => {
    expect(textWidth("0123456789", 10)).toBeCloseTo(63.6, 5);
    expect(textWidth("Bruxelles", 12, true)).toBeGreaterThan(textWidth("Bruxelles", 12));
  });

  it("counts a character missing from the table as one em", () => {
    expect(textWidth("漢", 20)).toBe(20);
  });
});

describe("wrapText(text, maxWidth, fontSize, bold)", () => {
  it("keeps a short text on one line", () => {
    expect(wrapText("Sources : IBSA.", 500, 11)).toEqual(["Sources : IBSA."]);
  });

  it("breaks at spaces, each line fitting, no word lost", () => {
    const text = "Sources : IBSA / perspective.brussels, Monitoring des Quartiers (Actiris, Statbel, SPP IS, INAMI)";
    const lines = wrapText(text, 200, 11);
    expect(lines).toEqual([
      "Sources : IBSA /",
      "perspective.brussels, Monitoring",
      "des Quartiers (Actiris, Statbel, SPP",
      "IS, INAMI)",
    ]);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
  });

  it("cuts a word wider than a line (a permalink) after a separator", () => {
    const url = "https://observatoire.example/fr/maps/?i=bim_share&l=quartier&y=2020&o=pharmacy";
    const lines = wrapText(url, 160, 11);
    expect(lines.join("")).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(160);
    expect(lines[0]).toMatch(/[/?&=-]$/);
  });

  it("cuts at the last character that fits when the word has no separator", () => {
    // "a" is 0.613 em: four fit in 30 px at 10 px.
    expect(wrapText("aaaaaaaaaa", 30, 10)).toEqual(["aaaa", "aaaa", "aa"]);
  });

  it("returns one empty line for an empty text", () => {
    expect(wrapText("  ", 100, 10)).toEqual([""]);
  });
});

describe("svgTextLines(lines, block)", () => {
  it("writes one escaped <text> per line, a line height apart", () => {
    expect(
      svgTextLines(["A & B", "<C>"], {
        x: 8,
        y: 20,
        fontSize: 11,
        lineHeight: 14.5,
        bold: true,
        fill: "#000",
        className: "note",
      }),
    ).toBe(
      `<text x="8" y="20" font-size="11" font-weight="700" fill="#000" class="note">A &amp; B</text>` +
        `<text x="8" y="34.5" font-size="11" font-weight="700" fill="#000" class="note">&lt;C&gt;</text>`,
    );
  });
});
