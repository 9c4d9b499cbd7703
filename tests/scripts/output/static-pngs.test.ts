import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PRINT_WIDTH, staticSvgFiles, writeStaticPngs } from "../../../scripts/output/static-pngs.ts";
import { renderMapSvg } from "../../../src/lib/map/svg.ts";
import { pngSize } from "../../helpers/png-header.ts";
import { snapshotGrid } from "../../helpers/snapshot-grid.ts";

const grid = snapshotGrid();
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site in miniature: a standalone map, a chart, and SVGs that are not published pictures. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), "static-pngs-"));
  made.push(dist);
  const map = renderMapSvg({
    id: "m",
    title: "Carte de test",
    description: "Grille de six carrés",
    areas: grid.areas.map(({ code, d }, i) => ({ code, d, fill: i % 2 ? "#fcbba1" : "#a50f15", label: code })),
    borders: [{ kind: "bassin", d: grid.borders.bassin, label: "Limites des bassins" }],
    standalone: { legendTitle: "Part (%)", legend: [], source: "Sources : test.", date: "Données de référence 2024." },
  });
  const chart = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 450" width="720" height="450"><rect width="720" height="450" fill="#fff"/><text x="8" y="26">Série</text></svg>`;
  const put = (path: string, text: string) => {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  put("fr/maps/bim_share/quartier.svg", map);
  put("nl/maps/bim_share/change/quartier.svg", map);
  put("en/indicators/bim_share/series.svg", chart);
  put("favicon.svg", chart);
  put("_astro/icon.svg", chart);
  return dist;
}

describe("writeStaticPngs(dist, options)", () => {
  it("finds the maps and charts of every language, not the site's other SVG files", () => {
    const dist = site();
    expect(staticSvgFiles(dist).map((file) => file.slice(dist.length + 1))).toEqual([
      "en/indicators/bim_share/series.svg",
      "fr/maps/bim_share/quartier.svg",
      "nl/maps/bim_share/change/quartier.svg",
    ]);
  });

  it("writes a PNG beside each, PRINT_WIDTH pixels wide with the SVG's proportions", async () => {
    const dist = site();
    const report = await writeStaticPngs(dist, { cacheDir: null });
    expect(report.rendered).toBe(3);
    expect(PRINT_WIDTH).toBe(2000);
    const map = pngSize(readFileSync(join(dist, "fr/maps/bim_share/quartier.png")));
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(
      readFileSync(join(dist, "fr/maps/bim_share/quartier.svg"), "utf8"),
    )!;
    expect(map).toEqual({ width: 2000, height: Math.round((2000 * Number(height)) / Number(width)) });
    expect(pngSize(readFileSync(join(dist, "en/indicators/bim_share/series.png")))).toEqual({
      width: 2000,
      height: 1250,
    });
    expect(readdirSync(dist)).not.toContain("favicon.png");
  });

  it("draws byte-identical PNGs from the same SVG, and reuses the cache on the next build", async () => {
    const [first, second] = [site(), site()];
    const cacheDir = mkdtempSync(join(tmpdir(), "static-png-cache-"));
    made.push(cacheDir);
    await writeStaticPngs(first, { cacheDir: null });
    const cold = await writeStaticPngs(second, { cacheDir });
    const warm = await writeStaticPngs(second, { cacheDir });
    for (const file of ["fr/maps/bim_share/quartier.png", "en/indicators/bim_share/series.png"]) {
      expect(readFileSync(join(first, file)).equals(readFileSync(join(second, file)))).toBe(true);
    }
    // The fr and nl maps of the miniature site are the same SVG: drawn once.
    expect([cold.rendered, cold.fromCache]).toEqual([2, 1]);
    expect([warm.rendered, warm.fromCache]).toEqual([0, 3]);
  });

  it("names the SVG file it cannot draw", async () => {
    const dist = site();
    writeFileSync(join(dist, "fr/maps/bim_share/quartier.svg"), "<svg");
    await expect(writeStaticPngs(dist, { cacheDir: null })).rejects.toThrow(
      /fr\/maps\/bim_share\/quartier\.svg: cannot draw the PNG: Error: svgToPng: cannot read the SVG "<svg…"/,
    );
  });
});
