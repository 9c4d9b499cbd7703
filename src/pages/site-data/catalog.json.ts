import type { APIRoute } from "astro";
import { clientCatalog } from "../../data/client-data.ts";

export const GET: APIRoute = () => Response.json(clientCatalog());
