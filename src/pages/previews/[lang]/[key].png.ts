import type { APIRoute } from "astro";
import { cachedSvgToPng } from "../../../../scripts/output/png-cache.ts";
import type { Language } from "../../../core/languages.ts";
import { previewFor, previewImageSvg, previewPages } from "../../../data/cite/previews.ts";
import { PREVIEW_WIDTH } from "../../../lib/cite/preview-svg.ts";

export const getStaticPaths = () => previewPages().map((p) => ({ params: { lang: p.language, key: p.key } }));

/**
 * A page's link-preview image (Open Graph, Twitter card): 1200×630 PNG drawn at build time, from
 * the PNG cache when the same SVG was drawn by an earlier build (same bytes either way).
 */
export const GET: APIRoute = async ({ params }) => {
  const svg = previewImageSvg(previewFor(params.lang as Language, params.key!));
  const { png } = await cachedSvgToPng(svg, PREVIEW_WIDTH);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
