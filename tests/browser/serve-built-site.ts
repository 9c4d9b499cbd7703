import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot } from "../../scripts/lib/paths.ts";

const port = 4329;
let server: ChildProcess | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site (dist/) with `astro preview` on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(join(projectRoot, "dist", "fr", "index.html"))) {
    throw new Error("dist/ has no built site: run `npm run build` before the browser tests (npm test does it)");
  }
  // Astro needs Node 22: use the project's own node (the `node` devDependency), whatever runs vitest.
  const node = join(projectRoot, "node_modules", ".bin", "node");
  const astro = join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  server = spawn(node, [astro, "preview", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/fr/`)).ok) {
        project.provide("baseUrl", baseUrl);
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${baseUrl} within 30 s:\n${output}`);
}

export async function teardown(): Promise<void> {
  server?.kill();
}
