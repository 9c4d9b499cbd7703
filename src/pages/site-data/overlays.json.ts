import type { APIRoute } from "astro";
import { clientOverlays } from "../../data/client-data.ts";

/** Overlays of the explorer: commune and bassin borders, CLSS quartiers, projected service points. */
export const GET: APIRoute = () => Response.json(clientOverlays());
