/**
 * Module preloads. A page's script imports other chunks, which import others: without help the
 * browser finds each level only once it has fetched and parsed the level before (the workspace
 * page had three levels, about 300 ms on loopback before its code ran). The client build's chunk
 * graph is read as it is written; when the build is done, every page lists in its head every
 * chunk its scripts import statically, so that the browser requests them all at once.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";

/** A chunk's file (as "/_astro/x.js") → the files it imports statically. */
export type ChunkImports = ReadonlyMap<string, readonly string[]>;

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/** `html` with a modulepreload link, before </head>, for each chunk its module scripts import, directly or not. */
export function withModulePreloads(html: string, imports: ChunkImports, file = "page"): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!);
  const preloads: string[] = [];
  const seen = new Set(entries);
  // Breadth first, in the page's order: the chunks the first script needs first come first.
  const queue = [...entries];
  while (queue.length > 0) {
    const chunk = queue.shift()!;
    const chunkImports = imports.get(chunk);
    if (!chunkImports) throw new Error(`${file}: its script ${chunk} is not in the client build`);
    for (const imported of chunkImports) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      preloads.push(imported);
      queue.push(imported);
    }
  }
  if (preloads.length === 0) return html;
  const head = html.indexOf("</head>");
  if (head < 0) throw new Error(`${file}: no </head> to hold the module preloads`);
  const links = preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join("");
  return html.slice(0, head) + links + html.slice(head);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .sort()
    .map((name) => join(dir, name));
}

export function modulePreload(): AstroIntegration {
  const imports = new Map<string, readonly string[]>();
  let base = "/";
  const graph: Plugin = {
    name: "module-preload-graph",
    applyToEnvironment: (environment) => environment.name === "client",
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === "chunk")
          imports.set(
            base + output.fileName,
            output.imports.map((name) => base + name),
          );
    },
  };
  return {
    name: "module-preload",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        updateConfig({ vite: { plugins: [graph] } });
      },
      "astro:build:done": ({ dir }) => {
        // Without the graph every page would silently lose its preloads.
        if (imports.size === 0) throw new Error("module-preload: the client build's chunk graph was not seen");
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, "utf8");
          const preloaded = withModulePreloads(html, imports, file.slice(root.length));
          if (preloaded !== html) writeFileSync(file, preloaded);
        }
      },
    },
  };
}
