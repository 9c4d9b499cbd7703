import { describe, expect, it } from "vitest";
import { renderMapSvg, type MapSvgOptions } from "../../../../src/lib/map/svg.ts";
import { textWidth } from "../../../../src/lib/figure/wrap-text.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { snapshotGrid } from "../../../helpers/snapshot-grid.ts";

const grid = snapshotGrid();
const LONG_SOURCE =
  "Sources : IBSA / perspective.brussels, Monitoring des Quartiers (data from Actiris, Statbel, SPP IS, INAMI) " +
  "(2023 (unemployment, CPAS); 2024 (BIM)); IBSA / BISA, Wijkmonitoring; Statbel, population au 1er janvier 2024. " +
  "Observatoire social-santé de Bruxelles.";

const picture: MapSvgOptions = {
  id: "standalone",
  title: "Part des résidents bénéficiaires de l'intervention majorée (BIM), par quartiers du Monitoring (2024)",
  description: "Test grid",
  areas: grid.areas.map(({ code, d }, i) => ({ code, d, fill: ["#fee", "#fcc", "#f99"][i % 3]!, label: code })),
  borders: [{ kind: "bassin", d: grid.borders.bassin, label: "Limites des bassins d'aide et de soins" }],
  standalone: {
    legendTitle: "Part des résidents bénéficiaires de l'intervention majorée (%)",
    legend: [
      { fill: "#fee", label: "0,0 – 10,0 (1 zone)" },
      { fill: "#fcc", label: "10,0 – 20,0, classe au libellé très long qui ne tient pas sur une ligne (2 zones)" },
    ],
    source: LONG_SOURCE,
    date: "Données de référence 2024.",
  },
};

/** Every <text> of the picture with its position, size and content. */
function texts(svg: string): { x: number; size: number; bold: boolean; text: string }[] {
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({ x: Number(m[1]), size: Number(m[2]), bold: Boolean(m[3]), text: m[4]!.replace(/&apos;/g, "'") }));
}

describe("renderMapSvg standalone picture", () => {
  const svg = renderMapSvg(picture);
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);

  it("states its width and height, so a browser opening the file draws it at full size", () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`));
  });

  it("wraps the longest source line, the title and the legend inside the picture, losing no word", () => {
    const drawn = texts(svg);
    for (const line of drawn)
      expect(line.x + textWidth(line.text, line.size, line.bold)).toBeLessThanOrEqual(width! - 12);
    const sourceLines = drawn.filter((line) => line.size === 11).map((line) => line.text);
    expect(sourceLines.length).toBeGreaterThan(2);
    expect(sourceLines.join(" ")).toBe(`${LONG_SOURCE} Données de référence 2024.`);
    const last = [...svg.matchAll(/<text x="12" y="([\d.]+)" font-size="11"/g)].map((m) => Number(m[1]));
    expect(Math.max(...last)).toBeLessThan(height!);
  });

  it("names each line style drawn in the legend: the bassin borders get an entry", () => {
    expect(svg).toContain(`class="legend-border legend-border-bassin"`);
    // The label wraps in the legend column: its lines follow the line swatch.
    const legendLines = texts(svg)
      .filter((line) => line.x > 720 + 26 && line.size === 12)
      .map((line) => line.text);
    expect(legendLines.slice(-2)).toEqual(["Limites des bassins d'aide et", "de soins"]);
  });

  it("draws no border entry for a border without a label, nor for a map without standalone texts", () => {
    const unlabelled = renderMapSvg({ ...picture, borders: [{ kind: "bassin", d: grid.borders.bassin }] });
    expect(unlabelled).not.toContain("legend-border");
    const inline = renderMapSvg({ ...picture, standalone: undefined });
    expect(inline).not.toContain("legend-border");
    expect(inline).not.toMatch(/^<svg [^>]*width=/);
  });

  it("stays the same picture (snapshot)", () => {
    expectSnapshot("map-svg-standalone-wrapped", svg);
  });
});
