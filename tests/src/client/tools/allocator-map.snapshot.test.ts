import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderLegend } from "../../../../src/client/legend.ts";
import { allocatorMap } from "../../../../src/client/tools/allocator-map.ts";
import type { AllocatorRow } from "../../../../src/client/tools/allocator-view.ts";
import type { PageText } from "../../../../src/client/tools/messages.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { locale } from "../../../../src/lib/format.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";

interface AllocatorInput {
  code: string;
  population: number;
  score: number | null;
  share: number;
  baseline: number;
  relative: number | null;
}

const grid = snapshotGrid();
const input = readInput<{ allocator: AllocatorInput[] }>("tools.json").allocator;
const names = new Map(grid.squares.features.map((f) => [String(f.id), String(f.properties!.name)]));
// French: the allocator's classes are signed percentages, written with the locale's spaces and minus sign.
const text: PageText = { language: "fr", locale: locale("fr"), t: createTranslator("fr") };

const rows: AllocatorRow[] = input.map((r) => ({
  code: r.code,
  name: names.get(r.code)!,
  population: r.population,
  value: r.score,
  flag: null,
  score: r.score,
  allocation: {
    exact: r.share,
    share: r.share,
    baselineExact: r.baseline,
    baseline: r.baseline,
    difference: r.share - r.baseline,
    relative: r.relative,
    weight: r.population * (1 + (r.score ?? 0)),
    noScore: r.score === null,
  },
}));

const labels = {
  title: "Répartition de 75 500 €",
  description: "Part de chaque carré comparée à une part égale par habitant.",
  share: (row: AllocatorRow) => `${row.allocation.share} €`,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("allocatorMap(text, rows, paths, labels)", () => {
  it("colours areas by their difference from an equal share, hatching those without score or residents", () => {
    const map = allocatorMap(text, rows, grid.paths, labels);
    expect(allocatorMap(text, rows, grid.paths, labels)).toEqual(map);
    expectSnapshot("allocator-map", map.svg);
  });

  it("lists the classes with their signed limits and counts, then the hatched areas, in the legend", () => {
    const { legend } = allocatorMap(text, rows, grid.paths, labels);
    const { document } = parseHTML(`<!doctype html><html><body><ul class="map-legend"></ul></body></html>`);
    vi.stubGlobal("document", document);
    const list = document.querySelector("ul") as unknown as HTMLElement;
    renderLegend(list, legend);
    expectSnapshot("allocator-map-legend", list.outerHTML, undefined, "html");
  });
});
