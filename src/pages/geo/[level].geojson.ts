import type { APIRoute } from "astro";
import { geometryDownloads } from "../../lib/downloads.ts";
import { levelGeoJson } from "../../lib/downloads-geojson.ts";
import { readManifest } from "../../lib/observatory-data.ts";

/** /geo/<level>.geojson for every level whose TopoJSON the pipeline published. */
export const getStaticPaths = () => geometryDownloads(readManifest()).map(({ level }) => ({ params: { level } }));

export const GET: APIRoute = ({ params }) =>
  new Response(levelGeoJson(params.level!).text, { headers: { "Content-Type": "application/geo+json; charset=utf-8" } });
