/**
 * The Chart tab's note says where the values are: the table has its own tab now, so "the table
 * that follows" pointed at nothing (issue 14).
 */
import { describe, expect, it } from "vitest";
import type { ClientCatalogEntry, ClientLevelData } from "../../../../src/lib/client-data.ts";
import { DEFAULT_STATE } from "../../../../src/lib/explorer/state.ts";
import { explorerView } from "../../../../src/lib/explorer/view.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { readInput, snapshotGrid } from "../../../helpers/snapshot-grid.ts";

const input = readInput<{ catalog: ClientCatalogEntry[]; data: ClientLevelData }>("explorer.json");
const grid = snapshotGrid();

const NOTES = {
  fr: "Les mêmes valeurs, avec leur rang, sont dans l'onglet « Tableau ».",
  nl: "Dezelfde waarden, met hun rang, staan in het tabblad 'Tabel'.",
  en: "The same values, with their rank, are in the Table tab.",
} as const;

describe("the ranked bar chart's note", () => {
  it.each(["fr", "nl", "en"] as const)("in %s names the Table tab by its label", (language) => {
    const t = createTranslator(language);
    const view = explorerView(
      {
        catalog: input.catalog,
        data: input.data,
        paths: grid.paths,
        overlays: { borders: grid.borders, clss: [], services: [] },
      },
      { ...DEFAULT_STATE, indicator: "bim_share", overlays: [] },
      language,
      t,
    );
    const desc = /<desc id="explorer-chart-desc">([^<]*)<\/desc>/.exec(view.chartSvg)?.[1];
    expect(desc?.replaceAll("&apos;", "'")).toBe(NOTES[language]);
    expect(NOTES[language]).toContain(t("explorer.tab.table"));
  });
});
