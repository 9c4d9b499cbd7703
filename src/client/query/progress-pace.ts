/**
 * DuckDB-WASM reports its module's download many times a second (once per network chunk: about
 * a hundred times on loopback, more on a slow line), and every report rewrites the workspace's
 * status line (two number formatters, a text change, a layout) on the main thread. This keeps
 * one download report per interval; a change of phase always passes.
 */
import type { EngineProgress } from "../duckdb-client.ts";

/** Download progress at most every 250 ms: a visitor reads no faster. */
export const PROGRESS_INTERVAL_MS = 250;

/** A filter: true for the reports to pass on. */
export function progressPace(
  intervalMs: number = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (next: EngineProgress) => boolean {
  let phase: EngineProgress["phase"] | undefined;
  let last = Number.NEGATIVE_INFINITY;
  return (next) => {
    const time = now();
    if (next.phase === phase && time - last < intervalMs) return false;
    phase = next.phase;
    last = time;
    return true;
  };
}
