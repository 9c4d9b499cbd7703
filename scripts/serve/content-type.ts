import { extname } from "node:path";

/**
 * Media types of the files the built site holds. WebAssembly must be `application/wasm`:
 * `WebAssembly.compileStreaming` refuses any other type.
 */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".topojson": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".parquet": "application/vnd.apache.parquet",
  ".duckdb": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".pdf": "application/pdf",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}
