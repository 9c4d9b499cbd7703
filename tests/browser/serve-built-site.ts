import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot } from "../../scripts/lib/paths.ts";
import { startSiteServer, type SiteServer } from "../../scripts/serve/site-server.ts";

let site: SiteServer | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built site (dist/, or OBS_DIST_DIR) on 127.0.0.1 with the server `npm start` uses,
 * so the tests see the same ranges and headers as a visitor. OBS_BASE_URL runs the tests against
 * a site already served elsewhere instead (another server, a host), without starting one.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.OBS_BASE_URL) return project.provide("baseUrl", process.env.OBS_BASE_URL.replace(/\/+$/, ""));
  const dist = process.env.OBS_DIST_DIR ?? join(projectRoot, "dist");
  if (!existsSync(join(dist, "fr", "index.html"))) {
    throw new Error(`${dist} has no built site: run \`npm run build\` before the browser tests (npm test does it)`);
  }
  site = await startSiteServer(dist);
  project.provide("baseUrl", site.baseUrl);
}

export async function teardown(): Promise<void> {
  await site?.close();
}
