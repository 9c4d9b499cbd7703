import type { APIRoute } from "astro";
import { geometryDownloads } from "../../lib/data/downloads.ts";
import { levelGeoJson } from "../../data/downloads/geojson.ts";
import { readManifest } from "../../data/observatory-data.ts";

/** /geo/<level>.geojson for every level whose TopoJSON the pipeline published. */
export const getStaticPaths = () => geometryDownloads(readManifest()).map(({ level }) => ({ params: { level } }));

export const GET: APIRoute = ({ params }) =>
  new Response(levelGeoJson(params.level!).text, {
    headers: { "Content-Type": "application/geo+json; charset=utf-8" },
  });
