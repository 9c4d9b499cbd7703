import { describe, expect, it } from "vitest";
import { withModulePreloads } from "../../../src/integrations/module-preload.ts";

const imports = new Map<string, string[]>([
  ["/_astro/page.js", ["/_astro/shared.js", "/_astro/engine.js"]],
  ["/_astro/nav.js", ["/_astro/shared.js"]],
  ["/_astro/shared.js", ["/_astro/runtime.js"]],
  ["/_astro/engine.js", ["/_astro/runtime.js", "/_astro/arrow.js"]],
  ["/_astro/runtime.js", []],
  ["/_astro/arrow.js", []],
  ["/_astro/alone.js", []],
]);

const page = (scripts: string[]) =>
  `<!DOCTYPE html><html><head><title>t</title>${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join("")}</head><body></body></html>`;

describe("withModulePreloads(html, imports)", () => {
  it("lists every chunk the page's scripts import, directly or not, once each, nearest first, before </head>", () => {
    const html = withModulePreloads(page(["/_astro/nav.js", "/_astro/page.js"]), imports);
    expect(html).toBe(
      page(["/_astro/nav.js", "/_astro/page.js"]).replace(
        "</head>",
        '<link rel="modulepreload" href="/_astro/shared.js">' +
          '<link rel="modulepreload" href="/_astro/engine.js">' +
          '<link rel="modulepreload" href="/_astro/runtime.js">' +
          '<link rel="modulepreload" href="/_astro/arrow.js">' +
          "</head>",
      ),
    );
  });

  it("never preloads a page's own script, and leaves a page without imports unchanged", () => {
    const html = withModulePreloads(page(["/_astro/shared.js", "/_astro/page.js"]), imports);
    expect(html.match(/modulepreload/g)).toHaveLength(3);
    expect(html).not.toContain('modulepreload" href="/_astro/shared.js"');
    expect(withModulePreloads(page(["/_astro/alone.js"]), imports)).toBe(page(["/_astro/alone.js"]));
    expect(withModulePreloads(page([]), imports)).toBe(page([]));
  });

  it("stops, naming the page, on a script the client build did not write or a page without a head", () => {
    expect(() => withModulePreloads(page(["/_astro/gone.js"]), imports, "fr/index.html")).toThrow(
      "fr/index.html: its script /_astro/gone.js is not in the client build",
    );
    expect(() =>
      withModulePreloads('<script type="module" src="/_astro/page.js"></script>', imports, "embed/x/index.html"),
    ).toThrow("embed/x/index.html: no </head> to hold the module preloads");
  });
});
