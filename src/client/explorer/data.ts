/** The explorer's JSON files (see ../fetch-json.ts: fetched once each, retried after a failure). */
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../../lib/client-data.ts";
import type { SeriesData } from "../../lib/explorer/series.ts";
import { fetchJson } from "../fetch-json.ts";
import { siteDataPath } from "../../lib/routes.ts";

export const loadCatalog = () => fetchJson<ClientCatalogEntry[]>(siteDataPath("catalog"));
export const loadLevel = (level: string) => fetchJson<ClientLevelData>(siteDataPath(level));
export const loadPaths = (level: string) => fetchJson<Record<string, string>>(siteDataPath(`paths-${level}`));
export const loadOverlays = () => fetchJson<ClientOverlays>(siteDataPath("overlays"));
/** An indicator's years at a level: only when the visitor asks for another year than the headline. */
export const loadSeries = (level: string, indicator: string) =>
  fetchJson<SeriesData>(siteDataPath(`series/${level}/${indicator}`));
