import type { APIRoute } from "astro";
import { readCsvTable } from "../../data/observatory-data.ts";
import { buildSearchIndex } from "../../lib/search/build-index.ts";

/**
 * The explorer's search index: area, sector and postcode names from the published tables. It is
 * fetched on the first use of the search box, never with the page.
 */
export const GET: APIRoute = () => {
  const index = buildSearchIndex({
    region: readCsvTable("region"),
    bassins: readCsvTable("bassins"),
    communes: readCsvTable("communes"),
    quartiers: readCsvTable("quartiers"),
    sectors: readCsvTable("sectors"),
    postcodes: readCsvTable("postcodes"),
  });
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } });
};
