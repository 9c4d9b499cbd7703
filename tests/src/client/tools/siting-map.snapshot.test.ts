import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderLegend } from "../../../../src/client/legend.ts";
import { sitingMap } from "../../../../src/client/tools/siting-map.ts";
import type { PageText } from "../../../../src/client/tools/messages.ts";
import type { PickRow } from "../../../../src/client/tools/siting-view.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { locale } from "../../../../src/lib/format.ts";
import type { LegendItem } from "../../../../src/lib/map/svg.ts";
import type { CoverageResult, SitingData, SitingOptions } from "../../../../src/lib/tools/siting.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";

interface SitingInput {
  population: number[];
  fragility: (number | null)[];
  coveredBy: number[];
  centres: { name: string | null; lon: number; lat: number }[];
  picks: { order: number; index: number; residents: number; fragile: number }[];
  options: SitingOptions;
  metresPerUnit: number;
}

const grid = snapshotGrid();
const input = readInput<{ siting: SitingInput }>("tools.json").siting;
const text: PageText = { language: "en", locale: locale("en"), t: createTranslator("en") };

/** Each square's centre, in degrees. */
const centres = grid.squares.features.map((f) => {
  const ring = f.geometry.coordinates[0]!;
  return [(ring[0]![0]! + ring[2]![0]!) / 2, (ring[0]![1]! + ring[2]![1]!) / 2] as const;
});
const projected = centres.map(([lon, lat]) => grid.project(lon, lat));
const codes = grid.squares.features.map((f) => String(f.id));
const names = grid.squares.features.map((f) => String(f.properties!.name));

const data: SitingData = {
  sectors: {
    codes,
    names: { fr: names, nl: names, en: names },
    quartier: codes,
    bassin: grid.squares.features.map((f) => String(f.properties!.bassin)),
    population: input.population,
    // Lambert 72 metres are not drawn: only the projected points are.
    x: centres.map(([lon]) => lon),
    y: centres.map(([, lat]) => lat),
    px: projected.map(([x]) => x),
    py: projected.map(([, y]) => y),
    fragility: input.fragility,
  },
  centres: input.centres.map(({ name, lon, lat }) => {
    const [px, py] = grid.project(lon, lat);
    return { name, x: lon, y: lat, px, py };
  }),
  bassins: { codes: ["west", "east"], names: { fr: ["Ouest", "Est"], nl: ["West", "Oost"], en: ["West", "East"] } },
  borders: { bassin: grid.borders.bassin },
};

const result: CoverageResult = {
  picks: [],
  coveredBy: Int16Array.from(input.coveredBy),
  existingGain: 0,
  existingResidents: 0,
  totalWeight: 0,
  totalResidents: input.population.reduce((a, b) => a + b, 0),
  exhausted: false,
};

let cumulative = 0;
const picks: PickRow[] = input.picks.map((p) => ({
  ...p,
  code: codes[p.index]!,
  name: names[p.index]!,
  place: names[p.index]!,
  bassin: data.sectors.bassin[p.index]!,
  cumulativeResidents: (cumulative += p.residents),
}));

function legendHtml(items: LegendItem[]): string {
  const { document } = parseHTML(`<!doctype html><html><body><ul class="map-legend"></ul></body></html>`);
  vi.stubGlobal("document", document);
  const list = document.querySelector("ul") as unknown as HTMLElement;
  renderLegend(list, items);
  return list.outerHTML;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sitingMap(text, data, paths, result, picks, options, metresPerUnit)", () => {
  it("colours sectors by coverage and draws the bassin border, the existing centres and each new site's radius", () => {
    const map = sitingMap(text, data, grid.paths, result, picks, input.options, input.metresPerUnit);
    expect(sitingMap(text, data, grid.paths, result, picks, input.options, input.metresPerUnit)).toEqual(map);
    expectSnapshot("siting-map", map.svg);
  });

  it("lists each status with its count of sectors in the legend", () => {
    const { legend } = sitingMap(text, data, grid.paths, result, picks, input.options, input.metresPerUnit);
    expect(legendHtml(legend)).toBe(legendHtml(legend));
    expectSnapshot("siting-map-legend", legendHtml(legend), undefined, "html");
  });

  it("leaves out the existing centres and their coverage when they are not counted", () => {
    const options = { ...input.options, existing: false };
    const withoutExisting = { ...result, coveredBy: Int16Array.from(input.coveredBy, (by) => (by === -1 ? -2 : by)) };
    const map = sitingMap(text, data, grid.paths, withoutExisting, picks, options, input.metresPerUnit);
    expectSnapshot("siting-map-without-existing", map.svg);
  });
});
