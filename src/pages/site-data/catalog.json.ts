import type { APIRoute } from "astro";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import { indicators } from "../../lib/site-data.ts";

export const GET: APIRoute = () => {
  const catalog: ClientCatalogEntry[] = indicators().map(({ id, family, label, unit, polarity, year, levels, status }) => ({ id, family, label, unit, polarity, year, levels, status }));
  return new Response(JSON.stringify(catalog), { headers: { "Content-Type": "application/json" } });
};
