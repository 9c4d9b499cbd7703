import type { APIRoute } from "astro";
import type { Language } from "../../core/languages.ts";
import { precomputedQueries } from "../../data/query-results.ts";
import { languageStaticPaths } from "../../data/static-paths.ts";

export const getStaticPaths = languageStaticPaths;

/** The SQL workspace's examples and schema with their results, computed at build time. */
export const GET: APIRoute = async ({ params }) => Response.json(await precomputedQueries(params.lang as Language));
