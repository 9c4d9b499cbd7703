// @ts-check
import { defineConfig } from "astro/config";

// Static site; French is the default language and every page also exists in Dutch and English.
export default defineConfig({
  output: "static",
  trailingSlash: "always",
  i18n: {
    locales: ["fr", "nl", "en"],
    defaultLocale: "fr",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // Scripts always go to files: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: "127.0.0.1", port: 4321 },
  preview: { host: "127.0.0.1", port: 4321 },
});
