import type { APIRoute } from "astro";
import { clientCatalog } from "../../lib/client-data-build.ts";

export const GET: APIRoute = () => Response.json(clientCatalog());
