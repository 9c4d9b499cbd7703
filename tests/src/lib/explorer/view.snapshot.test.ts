import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../../../../src/lib/client-data.ts";
import type { ExplorerState } from "../../../../src/lib/explorer/state.ts";
import { explorerView, type ExplorerInputs } from "../../../../src/lib/explorer/view.ts";
import type { Language } from "../../../../src/core/languages.ts";
import type { SeriesData } from "../../../../src/lib/explorer/series.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";
import { areaPaths, regionProjection } from "../../../../src/lib/map/geometry.ts";
import { labelPoint } from "../../../../src/lib/map/label-point.ts";

interface ExplorerInput {
  catalog: ClientCatalogEntry[];
  data: ClientLevelData;
  clss: string[];
  services: { type: string; name: string | null; lon: number; lat: number }[];
  matches: string[];
}

const grid = snapshotGrid();
const input = readInput<ExplorerInput>("explorer.json");
const overlays: ClientOverlays = {
  borders: grid.borders,
  clss: input.clss,
  services: input.services.map(({ type, name, lon, lat }) => {
    const [x, y] = grid.project(lon, lat);
    return { type, name, x, y };
  }),
};
const inputs: ExplorerInputs = {
  catalog: input.catalog,
  data: input.data,
  paths: grid.paths,
  overlays,
  matches: input.matches,
};

function view(state: Partial<ExplorerState>, language: Language) {
  const full: ExplorerState = {
    indicator: "bim_share",
    level: "quartier",
    area: null,
    overlays: [],
    question: null,
    year: null,
    fromYear: null,
    tab: "map",
    chart: "bars",
    ...state,
  };
  return explorerView(inputs, full, language, createTranslator(language));
}

describe("explorerView(inputs, state, language, t)", () => {
  it("draws the map with every overlay: borders, CLSS, the chosen area, the question's matches and the services", () => {
    const state = { area: "B2", overlays: ["commune", "bassin", "clss", "pharmacy", "hospital_emergency", "dentist"] };
    const { svg } = view(state, "en");
    expect(view(state, "en").svg).toBe(svg);
    expectSnapshot("explorer-view-overlays", svg);
  });

  it("draws the bare map in French, with French numbers in the tooltips", () => {
    const { svg, legendItems } = view({}, "fr");
    expect(view({}, "fr").svg).toBe(svg);
    expect(legendItems.length).toBeGreaterThan(0);
    expectSnapshot("explorer-view-fr", svg);
  });
});

describe("explorerView with the context layer and place names", () => {
  // The grid's two communes and six quartiers named, B3 a park and A3 a cemetery, as the build's mapContext.
  const projection = regionProjection(grid.topology);
  const point = (code: string) => {
    const square = grid.squares.features.find((f) => String(f.id) === code)!;
    return labelPoint([square.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => grid.project(lon!, lat!)))]);
  };
  const names = (i: number) => ({
    fr: input.data.names.fr[i]!,
    nl: input.data.names.nl[i]!,
    en: input.data.names.en[i]!,
  });
  const context = {
    outline: areaPaths(grid.topology, "region", projection)[0]!.d,
    communes: grid.borders.commune,
    nonResidential: [
      { code: "B3", kind: "park", d: grid.paths.B3! },
      { code: "A3", kind: "cemetery", d: grid.paths.A3! },
    ],
    labels: {
      commune: [
        { code: "C1", x: 240, y: 300, name: { fr: "Commune Un", nl: "Gemeente Een", en: "Commune Un" } },
        { code: "C2", x: 600, y: 300, name: { fr: "Commune Deux", nl: "Gemeente Twee", en: "Commune Deux" } },
      ],
      quartier: input.data.codes.map((code, i) => {
        const [x, y] = point(code);
        return { code, x, y, name: names(i) };
      }),
    },
  };
  const withContext = { ...inputs, overlays: { ...overlays, context } };
  const state: ExplorerState = {
    indicator: "bim_share",
    level: "quartier",
    area: null,
    overlays: [],
    question: null,
    year: null,
    fromYear: null,
    tab: "map",
    chart: "bars",
  };

  it("draws the outline, commune borders, shaded park and cemetery, and the names fitting the whole map", () => {
    const { svg } = explorerView(withContext, state, "nl", createTranslator("nl"));
    expect(explorerView(withContext, state, "nl", createTranslator("nl")).svg).toBe(svg);
    expect(svg).toContain('<path class="context-park" d="' + grid.paths.B3 + '" fill="url(#pattern-context-park)"/>');
    expect(svg).toContain('<g class="map-names" aria-hidden="true"');
    // At the whole map only commune names show, in the page's language; quartier names wait for the zoom.
    expect(
      [...svg.matchAll(/<text[^>]*data-label="([^"]+)"(?! display)[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ["commune:C1", "Gemeente Een"],
      ["commune:C2", "Gemeente Twee"],
    ]);
    expect([...svg.matchAll(/data-label="quartier:[^"]+" display="none"/g)]).toHaveLength(6);
    expectSnapshot("explorer-view-context-nl", svg);
  });

  it("names only communes on the commune map", () => {
    const { svg } = explorerView(withContext, { ...state, level: "commune" }, "fr", createTranslator("fr"));
    expect(svg).not.toContain("quartier:");
  });
});

describe("explorerView with a year or a change (series loaded on demand)", () => {
  const series = readInput<SeriesData & { description: string }>("explorer-series.json");
  const catalog = inputs.catalog.map((entry) => ({ ...entry, series: { quartier: series } }));
  const withSeries = { ...inputs, catalog, series };
  const viewOf = (state: Partial<ExplorerState>, language: Language) =>
    explorerView(
      withSeries,
      {
        indicator: "bim_share",
        level: "quartier",
        area: null,
        overlays: [],
        question: null,
        year: null,
        fromYear: null,
        tab: "map",
        chart: "bars",
        ...state,
      },
      language,
      createTranslator(language),
    );

  it("shows the chosen year: map title, legend, source and table follow it", () => {
    const view = viewOf({ year: 2020 }, "en");
    expect(view.rows.map((r) => [r.code, r.valueText, r.rank, r.period])).toEqual([
      ["A2", "32.0%", 1, "2020"],
      ["B2", "22.0%", 2, "2020"],
      ["A1", "11.0%", 3, "2020"],
      ["B1", "44.0%", null, "2020"],
      ["A3", "no data", null, "2020"],
      ["B3", "not applicable", null, "2020"],
    ]);
    expect(view.svg).toContain(
      '<title id="explorer-map-title">Share of BIM beneficiaries, by neighbourhood (2020)</title>',
    );
    expect(view.source).toBe(
      "Sources: Test publisher (2024). Brussels social-health observatory. Reference data 2020.",
    );
    expect(view.caption).toBe("Share of BIM beneficiaries, by neighbourhood, 2020: ranking");
    // "by {level}" takes the singular in every language: never "per wijken" nor "by municipalities".
    const dutch = viewOf({ year: 2020 }, "nl");
    expect(dutch.caption).toMatch(/, per wijk, 2020: rangschikking$/);
    expect(dutch.source).toMatch(/^Bronnen: Testuitgever \(2024\)\./);
    expect(viewOf({}, "fr").caption).toMatch(/, par quartier : classement$/);
    expect(view.breakNote).toBe("2018: definition change — not comparable with earlier years.");
    expect(view.legendItems.map((i) => i.label).at(-1)).toBe("no data (1 area)");
    expectSnapshot("explorer-view-year-2020", view.svg);
  });

  it("shows the change between two years with a diverging scale, worse in red, and both values in the table", () => {
    const view = viewOf({ year: 2024, fromYear: 2018 }, "fr");
    // French numbers use narrow and non-breaking spaces: compared with plain spaces.
    const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
    expect(view.rows.map((r) => [r.code, plain(r.valueText), r.rank, r.period, plain(r.note)])).toEqual([
      ["B1", "+5,8 pp (+14 %)", 1, "2018–2024", "répond à la question; 2018 : 41,5 % → 2024 : 47,3 %"],
      ["A1", "+2,3 pp (+22 %)", 2, "2018–2024", "2018 : 10,3 % → 2024 : 12,5 %"],
      ["A3", "+2,0 pp (+13 %)", 3, "2018–2024", "2018 : 16,0 % → 2024 : 18,0 %"],
      ["A2", "-2,0 pp (-6,1 %)", 4, "2018–2024", "2018 : 33,0 % → 2024 : 31,0 %"],
      ["B2", "-4,0 pp (-17 %)", 5, "2018–2024", "2018 : 24,0 % → 2024 : 20,0 %"],
      ["B3", "non applicable", null, "2018–2024", ""],
    ]);
    expect(view.legendItems.map((i) => plain(i.label))).toEqual([
      "amélioration : moins de -4,0 pp (0 zones)",
      "amélioration : de -4,0 pp à -2,0 pp (1 zone)",
      "amélioration : de -2,0 pp à 0,0 pp (1 zone)",
      "pas de changement visible (0 zones)",
      "dégradation : de 0,0 pp à +2,0 pp (1 zone)",
      "dégradation : de +2,0 pp à +4,0 pp (1 zone)",
      "dégradation : plus de +4,0 pp (1 zone)",
      "non applicable (1 zone)",
    ]);
    expect(view.legendTitle).toBe("Part des bénéficiaires BIM : évolution 2018–2024");
    expectSnapshot("explorer-view-change-2018-2024", view.svg);
  });
});
