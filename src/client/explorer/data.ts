/** The explorer's JSON files (see ../fetch-json.ts: fetched once each, retried after a failure). */
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../../lib/client-data.ts";
import { fetchJson } from "../fetch-json.ts";

export const loadCatalog = () => fetchJson<ClientCatalogEntry[]>("/site-data/catalog.json");
export const loadLevel = (level: string) => fetchJson<ClientLevelData>(`/site-data/${level}.json`);
export const loadPaths = (level: string) => fetchJson<Record<string, string>>(`/site-data/paths-${level}.json`);
export const loadOverlays = () => fetchJson<ClientOverlays>("/site-data/overlays.json");
