import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { sha256, sha256File } from "../lib/hash.ts";
import { getSource, type Source, type SourceRegistry } from "./registry.ts";

export type FetchStatus = "downloaded" | "up-to-date" | "checksum-mismatch" | "unreachable" | "manual";

export interface FetchOutcome {
  id: string;
  status: FetchStatus;
  /** Human-readable explanation: the failure reason, the acquisition note, or where the file is. */
  detail: string;
}

export interface FetchReport {
  targetDir: string;
  outcomes: FetchOutcome[];
}

export interface FetchOptions {
  registry: SourceRegistry;
  targetDir: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** Restricts the run to these source ids (all sources when absent). */
  only?: string[];
}

const defaultTimeoutMs = 30_000;

/** Mirrors that hold the files without a download URL; the pipeline also reads either one whole. */
const mirrorHint = "OBS_RAW_DIR or ../shared/data/raw";

/**
 * Downloads every source that has an exact download URL into targetDir, checking each file
 * against its registered sha256 before it lands, so a changed upstream file never replaces a good one.
 */
export async function fetchSources(options: FetchOptions): Promise<FetchReport> {
  const { registry, targetDir, fetchImpl = fetch, timeoutMs = defaultTimeoutMs, only } = options;
  const sources = only ? only.map((id) => getSource(registry, id)) : [...registry.values()];
  const outcomes: FetchOutcome[] = [];
  // Sequential on purpose: a dozen files of a few MB, and the log stays in registry order.
  for (const source of sources) outcomes.push(await fetchOne(source, targetDir, fetchImpl, timeoutMs));
  return { targetDir, outcomes };
}

async function fetchOne(
  source: Source,
  targetDir: string,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<FetchOutcome> {
  const { id } = source;
  const url = source.acquisition.download_url;
  if (!url) return { id, status: "manual", detail: manualDetail(source) };
  const file = join(targetDir, source.path);
  if (source.sha256 === null) return fetchLive(source, url, file, fetchImpl, timeoutMs);
  if (existsSync(file) && (await sha256File(file)) === source.sha256) {
    return { id, status: "up-to-date", detail: file };
  }
  const result = await download(url, fetchImpl, timeoutMs);
  if ("reason" in result) return { id, status: "unreachable", detail: `${result.reason} (${url})` };
  const actual = sha256(result.bytes);
  if (actual !== source.sha256) {
    return { id, status: "checksum-mismatch", detail: `expected sha256 ${source.sha256}, got ${actual} (${url})` };
  }
  await writeAtomically(file, result.bytes);
  return { id, status: "downloaded", detail: `${file} (${result.bytes.byteLength} bytes)` };
}

/** A live query (OpenStreetMap via Overpass) has no fixed checksum: it is fetched afresh each time. */
async function fetchLive(
  source: Source,
  url: string,
  file: string,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<FetchOutcome> {
  const result = await download(url, fetchImpl, timeoutMs);
  if ("reason" in result) return { id: source.id, status: "unreachable", detail: `${result.reason} (${url})` };
  await writeAtomically(file, result.bytes);
  return {
    id: source.id,
    status: "downloaded",
    detail:
      `${file} (${result.bytes.byteLength} bytes, live query, sha256 ${sha256(result.bytes)}); ` +
      `the pipeline reads it only once you have reviewed it and set this sha256 in its data/sources.json entry`,
  };
}

function manualDetail(source: Source): string {
  const note = source.acquisition.note ?? `no download URL (acquisition: ${source.acquisition.type}).`;
  return `${note} Mirror directories the pipeline also reads: ${mirrorHint} (file ${source.path}).`;
}

/** Never throws: every network failure becomes a reason the report can print. */
async function download(
  url: string,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<{ bytes: Uint8Array } | { reason: string }> {
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.status !== 200) {
      await response.body?.cancel();
      return { reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { reason: networkReason(error, timeoutMs) };
  }
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === "TimeoutError") return `no complete response within ${timeoutMs} ms`;
  const message = error instanceof Error ? error.message : String(error);
  // undici reports "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND…) is in the cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${message}: ${cause}` : message;
}

/** Temporary file in the same directory, so the rename is atomic and a crash leaves no half file in place. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.part`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export function hasFailures(report: FetchReport): boolean {
  return report.outcomes.some(isFailure);
}

function isFailure(outcome: FetchOutcome): boolean {
  return outcome.status === "unreachable" || outcome.status === "checksum-mismatch";
}

const statusLabels: Record<FetchStatus, string> = {
  downloaded: "downloaded",
  "up-to-date": "up to date",
  "checksum-mismatch": "checksum mismatch",
  unreachable: "unreachable",
  manual: "manual",
};

export function formatFetchReport(report: FetchReport): string {
  const { outcomes, targetDir } = report;
  const counts = (Object.keys(statusLabels) as FetchStatus[])
    .map((status) => [status, outcomes.filter((outcome) => outcome.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusLabels[status]}`);
  const lines = [`Fetched ${outcomes.length} sources into ${targetDir}: ${counts.join(", ") || "nothing to do"}.`];
  const section = (title: string, selected: FetchOutcome[]) => {
    if (selected.length === 0) return;
    lines.push(
      title,
      ...selected.map((outcome) => `  - ${outcome.id}: ${statusLabels[outcome.status]}: ${outcome.detail}`),
    );
  };
  section("Could not fetch:", outcomes.filter(isFailure));
  section(
    `Manual (no exact download URL): copy each file into ${targetDir} from a mirror, or point OBS_RAW_DIR at a complete mirror:`,
    outcomes.filter((outcome) => outcome.status === "manual"),
  );
  section(
    "Fetched:",
    outcomes.filter((outcome) => outcome.status === "downloaded" || outcome.status === "up-to-date"),
  );
  return lines.join("\n");
}
