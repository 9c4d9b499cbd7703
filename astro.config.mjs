// @ts-check
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { isEmbedPage, linkGlossaryOnPage } from "./src/lib/glossary-links.ts";
import glossaryMessages from "./src/i18n/messages/i15-glossary.json";

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
 * The first use of each glossary term on every built page links to its definition
 * (src/lib/glossary-links.ts says where and how). It rewrites only the pages it changes, in a
 * fixed order, and reports its time: it must stay a small part of the build.
 */
const glossaryLinks = {
  name: "glossary-links",
  hooks: {
    "astro:build:done": ({ dir, logger }) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const root = fileURLToPath(dir);
      const notes = Object.fromEntries(
        Object.entries(glossaryMessages).map(([language, messages]) => [language, messages["glossary.note"]]),
      );
      const pages = readdirSync(root, { recursive: true, encoding: "utf8" })
        .filter((path) => path.endsWith(".html") && !isEmbedPage(path))
        .sort();
      let changed = 0;
      for (const path of pages) {
        const html = readFileSync(join(root, path), "utf8");
        const linked = linkGlossaryOnPage(html, path, notes);
        if (linked === html) continue;
        writeFileSync(join(root, path), linked);
        changed++;
      }
      const ms = Math.round(performance.now() - started);
      const cpuMs = Math.round(process.cpuUsage(cpu).user / 1000);
      logger.info(`glossary links on ${changed} of ${pages.length} pages in ${ms} ms (${cpuMs} ms of CPU)`);
    },
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
  integrations: [dropDataVersions, glossaryLinks],
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
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: "127.0.0.1", port: 4321 },
  preview: { host: "127.0.0.1", port: 4321 },
});
