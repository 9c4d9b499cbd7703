import type { Server } from "node:http";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot } from "../../scripts/lib/paths.ts";
import { serveStatic } from "./static-server.ts";

let server: Server | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site (dist/, or OBS_DIST_DIR) on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  const dist = process.env.OBS_DIST_DIR ?? join(projectRoot, "dist");
  if (!existsSync(join(dist, "fr", "index.html"))) {
    throw new Error(`${dist} has no built site: run \`npm run build\` before the browser tests (npm test does it)`);
  }
  const started = await serveStatic(dist);
  server = started.server;
  project.provide("baseUrl", started.baseUrl);
}

export async function teardown(): Promise<void> {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
}
