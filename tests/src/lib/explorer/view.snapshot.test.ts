import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../../../../src/lib/client-data.ts";
import type { ExplorerState } from "../../../../src/lib/explorer/state.ts";
import { explorerView, type ExplorerInputs } from "../../../../src/lib/explorer/view.ts";
import type { Language } from "../../../../src/core/languages.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";

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
