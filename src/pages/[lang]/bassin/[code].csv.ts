import type { APIRoute } from "astro";
import type { Language } from "../../../core/languages.ts";
import { profileCsv } from "../../../data/profile/csv.ts";
import { profileRoutes } from "../../../data/profile/routes.ts";

export const getStaticPaths = () => profileRoutes("bassin");

/** The rows of the profile's spine chart, for the figure's "download the data" link. */
export const GET: APIRoute = ({ params }) =>
  new Response(profileCsv("bassin", params.code!, params.lang as Language), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
