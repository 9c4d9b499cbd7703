// TEMPORARY (gp-page local testing only, not committed): gp-core writes the real one.
import type { APIRoute } from "astro";
import { readCsvTable, readTopology } from "../../data/observatory-data.ts";
import { registerGeographyFromTables } from "../../core/gp/register/index.ts";

export const GET: APIRoute = () =>
  Response.json(
    registerGeographyFromTables({
      sectors: readCsvTable("sectors"),
      indicators: readCsvTable("indicators"),
      sectorTopology: readTopology("sector"),
    }),
  );
