import type { APIRoute } from "astro";
import { readCsvTable, readTopology } from "../../data/observatory-data.ts";
import { DEFAULT_SHORTAGE_PARAMETERS, registerGeographyFromTables } from "../../core/gp/register/index.ts";

/**
 * The bring-your-own GP register page's data: the geography a register is located in and measured
 * against (sector residents, published need index, representative points, territories and the
 * published sector polygons), rebuilt from the published files exactly as the pipeline builds it
 * for OBS_GP_SUPPLY, and the default shortage parameters.
 */
export const GET: APIRoute = () => {
  const geography = registerGeographyFromTables({
    sectors: readCsvTable("sectors"),
    indicators: readCsvTable("indicators"),
    sectorTopology: readTopology("sector"),
  });
  return new Response(JSON.stringify({ ...geography, defaultParameters: DEFAULT_SHORTAGE_PARAMETERS }), {
    headers: { "Content-Type": "application/json" },
  });
};
