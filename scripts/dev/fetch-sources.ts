/** `npm run data:fetch`: downloads every raw file with an exact download URL into data/raw/ (or OBS_FETCH_DIR). */
import { join, resolve } from "node:path";
import { projectRoot } from "../lib/paths.ts";
import { fetchSources, formatFetchReport, hasFailures } from "../sources/fetch.ts";
import { loadSourceRegistry } from "../sources/registry.ts";

const { OBS_FETCH_DIR, OBS_FETCH_TIMEOUT_MS } = process.env;

function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`OBS_FETCH_TIMEOUT_MS must be a positive integer of milliseconds, got "${value}"`);
  return ms;
}

try {
  const report = await fetchSources({
    registry: loadSourceRegistry(),
    targetDir: OBS_FETCH_DIR ? resolve(OBS_FETCH_DIR) : join(projectRoot, "data", "raw"),
    timeoutMs: parseTimeout(OBS_FETCH_TIMEOUT_MS),
  });
  console.log(formatFetchReport(report));
  // Manual sources are listed but do not fail the run: no download can provide them.
  process.exitCode = hasFailures(report) ? 1 : 0;
} catch (error) {
  console.error(`Fetch failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
