import type { APIRoute } from "astro";
import type { Language } from "../../../core/languages.ts";
import { profileCsv } from "../../../data/profile/csv.ts";
import { profileStaticPaths } from "../../../data/static-paths.ts";

export const getStaticPaths = profileStaticPaths;

/** The rows of the profile's spine chart, for the figure's "download the data" link. */
export const GET: APIRoute = ({ params }) =>
  new Response(profileCsv(params.level!, params.code!, params.lang as Language), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
