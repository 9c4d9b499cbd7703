import { describe, expect, it } from "vitest";
import { composePrintSvg, nested, svgSize, type PrintFigureInput } from "../../../../src/lib/figure/print-figure.ts";
import { textWidth } from "../../../../src/lib/figure/wrap-text.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";

const map =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 600" class="choropleth-svg" style="width:100%" width="300">` +
  `<title id="t">Carte</title><path d="M0 0h720v600H0z" style="fill:#fcbba1"/>` +
  `<path class="border border-bassin" d="M360 0v600" fill="none" stroke="#1b1f24" stroke-width="2"/></svg>`;
const swatch = `<svg viewBox="0 0 18 14" width="18" height="14"><rect width="18" height="14" fill="#a50f15"/></svg>`;

const input: PrintFigureInput = {
  figure: { svg: map, width: 720, height: 600 },
  title: "Indice de fragilité sociale, par quartiers du Monitoring des Quartiers (2022) — toutes les composantes",
  subtitle: "Région de Bruxelles-Capitale · Sélection : Molenbeek historique",
  legend: {
    title: "Indice de fragilité sociale",
    rows: [
      { swatch, label: "0,80 – 1,00 (23 zones)" },
      { swatch: "", label: "pas de donnée, libellé assez long pour passer à la ligne dans la colonne (2 zones)" },
    ],
  },
  source:
    "Sources : IBSA / perspective.brussels, Monitoring des Quartiers (data from Actiris, Statbel, SPP IS, INAMI) (2023 (unemployment, CPAS); 2024 (BIM)); IBSA / BISA, Wijkmonitoring. Données de référence 2025.",
  credit:
    "Observatoire social-santé de Bruxelles · 7 décembre 2026 · https://observatoire.example/fr/maps/?indicator=fragility_index&level=quartier&overlays=pharmacy,bassin&area=1234",
};

/** Every drawn text line: its x, size, weight and words. */
function lines(svg: string) {
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), bold: Boolean(m[4]), text: m[5]! }));
}

describe("composePrintSvg(input)", () => {
  const { svg, width, height } = composePrintSvg(input);

  it("draws title, subtitle, legend, source and credit, each line inside the picture, no word lost", () => {
    expect(width).toBe(1000);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 1000 ${height}" width="1000" height="${height}"`));
    const drawn = lines(svg);
    for (const line of drawn)
      expect(line.x + textWidth(line.text, line.size, line.bold)).toBeLessThanOrEqual(1000 - 24);
    for (const line of drawn) expect(line.y).toBeLessThan(height);
    const words = (size: number) =>
      drawn
        .filter((line) => line.size === size)
        .map((line) => line.text)
        .join(" ");
    expect(words(26)).toBe(input.title);
    expect(words(17)).toBe(input.subtitle);
    expect(words(13).replace(/&apos;/g, "'")).toBe(input.source);
    // The permalink is cut inside, at its separators: joined back it is the address.
    expect(
      drawn
        .filter((line) => line.size === 12)
        .map((line) => line.text)
        .join(" "),
    ).toMatch(/^Observatoire social-santé/);
    expect(words(12).replace(/ /g, "")).toContain(input.credit.split(" · ")[2]!.replace(/&/g, "&amp;"));
  });

  it("nests the figure unchanged, sized into the column left of the legend, keeping its proportions", () => {
    expect(svg).toContain(`<svg x="24" y="`);
    const placed =
      /<svg x="24" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 720 600" class="choropleth-svg">/.exec(
        svg,
      );
    expect(placed).not.toBeNull();
    expect(Number(placed![1])).toBe(1000 - 48 - 260 - 20);
    expect(Number(placed![2])).toBeCloseTo((Number(placed![1]) * 600) / 720, 1);
    expect(svg).toContain(`<path class="border border-bassin" d="M360 0v600"`);
  });

  it("gives the figure the whole width when there is no legend", () => {
    const bare = composePrintSvg({ ...input, legend: undefined }).svg;
    expect(bare).toMatch(/<svg x="24" y="[\d.]+" width="952" /);
  });

  it("stays the same picture (snapshot)", () => {
    expectSnapshot("print-figure", svg);
  });
});

describe("svgSize(svg) and nested(svg, x, y, width, height, own)", () => {
  it("reads the size from width and height, else from the viewBox", () => {
    expect(svgSize(swatch)).toEqual({ width: 18, height: 14 });
    expect(svgSize(`<svg viewBox="0 0 720 450"><g/></svg>`)).toEqual({ width: 720, height: 450 });
    expect(svgSize(`<svg><g/></svg>`)).toBeNull();
  });

  it("adds a viewBox to an SVG without one, so that it scales", () => {
    expect(nested(`<svg width="10" height="5"><g/></svg>`, 1, 2, 40, 20, { width: 10, height: 5 })).toBe(
      `<svg x="1" y="2" width="40" height="20" viewBox="0 0 10 5"><g/></svg>`,
    );
  });

  it("refuses markup that is not an SVG element", () => {
    expect(() => nested("<div></div>", 0, 0, 1, 1, { width: 1, height: 1 })).toThrow("not an SVG element: <div></div>");
  });
});
