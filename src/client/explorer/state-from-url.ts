/**
 * The explorer's state from its query string. A selected area is checked against the codes of the
 * view's level only: the level is known from a first parse, so one level file is loaded, not all.
 */
import { parseState, type ExplorerState, type Notice, type StateContext } from "../../lib/explorer/state.ts";
import { OVERLAYS } from "../../lib/explorer/view.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import type { QuestionIndicator } from "../../lib/explorer/guided-question.ts";
import { MAP_LEVELS } from "../../core/levels.ts";
import { mapChoices, withheldChoices } from "../../lib/indicator/map-choices.ts";

/** Indicators a guided question may use: published, with a direction ("worst" must mean something). */
export function questionIndicators(catalog: ClientCatalogEntry[]): Map<string, QuestionIndicator> {
  return new Map(
    mapChoices(catalog)
      .filter((i) => i.polarity !== "neutral")
      .map((i) => [i.id, { id: i.id, polarity: i.polarity }]),
  );
}

/** The years the catalogue offers for an indicator at a level: its series there, or its headline year alone. */
export function catalogYears(catalog: ClientCatalogEntry[]): NonNullable<StateContext["years"]> {
  return (indicator, level) => {
    const entry = catalog.find((i) => i.id === indicator);
    return entry && { headline: entry.year, series: entry.series?.[level] ?? null };
  };
}

export async function stateFromUrl(
  search: string,
  catalog: ClientCatalogEntry[],
  loadCodes: (level: string) => Promise<string[]>,
): Promise<{ state: ExplorerState; notices: Notice[] }> {
  const context: StateContext = {
    questionIndicators: questionIndicators(catalog),
    indicators: new Map(mapChoices(catalog).map((i) => [i.id, i.levels.filter((l) => MAP_LEVELS.includes(l))])),
    withheld: withheldChoices(catalog),
    levels: MAP_LEVELS,
    overlays: OVERLAYS,
    years: catalogYears(catalog),
  };
  const { level } = parseState(search, context).state;
  return parseState(search, { ...context, areas: new Map([[level, new Set(await loadCodes(level))]]) });
}
