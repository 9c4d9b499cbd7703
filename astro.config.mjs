// @ts-check
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { modulePreload } from "./src/integrations/module-preload.ts";

/**
 * public/data is a link to the served build in public/.data-versions/ (scripts/output/staging.ts).
 * Vite copies public/ whole, hidden folders included, and follows the link: dist/data gets the
 * served build's files, and the versions folder, served by nothing, is removed from dist.
 */
const dropDataVersions = {
  name: "drop-data-versions",
  hooks: {
    "astro:build:done": ({ dir }) =>
      rmSync(fileURLToPath(new URL(".data-versions", dir)), { recursive: true, force: true }),
  },
};

/**
 * The site's public origin ("https://observatory.example.org"), from OBS_SITE_URL at build time:
 * link previews (og:url, og:image) and citations need absolute addresses. Without it the pages
 * carry paths, and the browser scripts complete the citations from the address the reader is on.
 */
const site = process.env.OBS_SITE_URL || undefined;

// Static site; French is the default language and every page also exists in Dutch and English.
export default defineConfig({
  output: "static",
  site,
  integrations: [dropDataVersions, modulePreload()],
  trailingSlash: "always",
  i18n: {
    locales: ["fr", "nl", "en"],
    defaultLocale: "fr",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Every stylesheet is small (under 5 KB): inlined, a page paints without waiting for a CSS
  // request (each one a round trip on a phone's network). The policy allows inline styles.
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  // Scripts always go to files: the Content-Security-Policy allows no inline script.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The scripts a page loads at once ($initial) are grouped by the pages that use them, small
    // groups merged with their neighbour: the home page went from 30 requests to 16 and from 111 to
    // 99 KB on the wire (each response carries about 0.8 KB of headers over HTTP/1.1).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A merged group holds modules some of its pages do not use: each module runs only
              // when a page imports it, never because it shares a file (a tools script would
              // otherwise start on the workspace page).
              strictExecutionOrder: true,
              codeSplitting: {
                groups: [
                  // DuckDB-WASM's JavaScript (with Apache Arrow) stays one file of its own: the
                  // workspace page imports it with its own script, and another page's warming
                  // on intent (engine-warm.ts) must find the engine's URLs (the `?url` imports,
                  // left out here) without loading it.
                  {
                    name: "duckdb",
                    test: /[\\/]node_modules[\\/](@duckdb[\\/]duckdb-wasm|apache-arrow)[\\/][^?]*$/,
                    priority: 1,
                  },
                  // The engine's two URLs, in a file of their own for the same reason.
                  {
                    name: "engine-files",
                    test: /[\\/]client[\\/]query[\\/]engine-files\.ts$|[\\/]@duckdb[\\/]duckdb-wasm[\\/][^?]*\?url$/,
                    priority: 1,
                  },
                  { name: "site", tags: ["$initial"], entriesAware: true, entriesAwareMergeThreshold: 8 * 1024 },
                ],
              },
            },
          },
        },
      },
    },
  },
  server: { host: "127.0.0.1", port: 4321 },
  preview: { host: "127.0.0.1", port: 4321 },
});
