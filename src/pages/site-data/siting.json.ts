import type { APIRoute } from "astro";
import { levelBorders } from "../../data/map/data.ts";
import { projectPoint, regionProjection } from "../../lib/map/geometry.ts";
import { readCsvTable, readTopology } from "../../data/observatory-data.ts";
import { sitingDataFromTables } from "../../lib/tools/siting.ts";
import { nonResidentialSectors } from "../../data/non-residential-sectors.ts";

/**
 * The siting tool's data: every sector's representative point (Lambert 72 metres for distances,
 * projected for the map), residents, bassin and quartier fragility, quartier and commune names,
 * the sectors left out of the candidate sites; the existing maisons médicales; the bassin borders
 * drawn over the map.
 */
export const GET: APIRoute = () => {
  const projection = regionProjection(readTopology("region"));
  const data = sitingDataFromTables(
    {
      sectors: readCsvTable("sectors"),
      fragility: readCsvTable("fragility"),
      services: readCsvTable("services"),
      bassins: readCsvTable("bassins"),
      quartiers: readCsvTable("quartiers"),
      communes: readCsvTable("communes"),
      nonResidential: nonResidentialSectors(),
    },
    (lon, lat) => projectPoint(projection, lon, lat),
  );
  return new Response(JSON.stringify({ ...data, borders: { bassin: levelBorders("bassin") } }), {
    headers: { "Content-Type": "application/json" },
  });
};
