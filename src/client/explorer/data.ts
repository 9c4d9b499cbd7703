/** Loads the explorer's JSON files once each (concurrent requests for the same file share one fetch). */
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../../lib/client-data.ts";

const requests = new Map<string, Promise<unknown>>();

function load<T>(path: string): Promise<T> {
  if (!requests.has(path)) {
    requests.set(path, fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    }));
  }
  return requests.get(path) as Promise<T>;
}

export const loadCatalog = () => load<ClientCatalogEntry[]>("/site-data/catalog.json");
export const loadLevel = (level: string) => load<ClientLevelData>(`/site-data/${level}.json`);
export const loadPaths = (level: string) => load<Record<string, string>>(`/site-data/paths-${level}.json`);
export const loadOverlays = () => load<ClientOverlays>("/site-data/overlays.json");
