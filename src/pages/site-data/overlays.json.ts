import type { APIRoute } from "astro";
import { levelBorders, projectedServices } from "../../lib/map-data.ts";
import { readTable } from "../../lib/observatory-data.ts";

/** Overlays of the explorer: commune and bassin borders, CLSS quartiers, projected service points. */
export const GET: APIRoute = () => {
  const clss = [...new Set(readTable("clss").map((row) => row.quartier_code!))];
  return new Response(
    JSON.stringify({ borders: { commune: levelBorders("commune"), bassin: levelBorders("bassin") }, clss, services: projectedServices() }),
    { headers: { "Content-Type": "application/json" } },
  );
};
