import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../../scripts/lib/hash.ts";
import { projectRoot } from "../../../scripts/lib/paths.ts";
import { fetchSources, formatFetchReport, hasFailures, type FetchOutcome } from "../../../scripts/sources/fetch.ts";
import { loadSourceRegistry, type Source, type SourceRegistry } from "../../../scripts/sources/registry.ts";

const goodBytes = Buffer.from("code,name\n21004,Bruxelles\n");
const changedBytes = Buffer.from("code,name\n21004,Brussel\n");
const olderBytes = Buffer.from("an older copy that must survive\n");

/** Path on the test server → the body it serves; unknown paths get a 404, /hang never answers. */
const routes = new Map<string, Buffer>([
  ["/good.csv", goodBytes],
  ["/changed.csv", changedBytes],
]);
const hits = new Map<string, number>();
let server: Server;
let base: string;
let closedPort: number;
const tempDirs: string[] = [];

function listen(target: Server): Promise<number> {
  return new Promise((resolve) => target.listen(0, "127.0.0.1", () => resolve((target.address() as AddressInfo).port)));
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === "/hang") return;
    const body = routes.get(path);
    response.writeHead(body ? 200 : 404).end(body ?? "not here");
  });
  base = `http://127.0.0.1:${await listen(server)}`;
  // A port that was just free and is closed again: connections to it are refused.
  const probe = createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function source(id: string, bytes: Buffer, downloadUrl?: string, note?: string): Source {
  return {
    id,
    title: id,
    publisher: "test",
    official_url: null,
    licence: "test",
    attribution: "test",
    reference_date: "2024-01-01",
    sha256: sha256(bytes),
    bytes: bytes.byteLength,
    format: "CSV",
    crs: null,
    rows: null,
    path: `${id}/${id}.csv`,
    acquisition: { type: downloadUrl ? "as-is" : "hand transcription", download_url: downloadUrl, note },
    caveats: [],
  };
}

function registryOf(...sources: Source[]): SourceRegistry {
  return new Map(sources.map((entry) => [entry.id, entry]));
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "obs-fetch-"));
  tempDirs.push(dir);
  return dir;
}

async function place(dir: string, entry: Source, bytes: Buffer): Promise<string> {
  const file = join(dir, entry.path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return file;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe("fetchSources", () => {
  it("downloads a file whose bytes match the registry, with no temporary file left", async () => {
    const dir = await tempDir();
    const good = source("good", goodBytes, `${base}/good.csv`);
    const report = await fetchSources({ registry: registryOf(good), targetDir: dir });
    const file = join(dir, good.path);
    expect(report.outcomes).toEqual<FetchOutcome[]>([
      { id: "good", status: "downloaded", detail: `${file} (${goodBytes.byteLength} bytes)` },
    ]);
    expect(await readFile(file)).toEqual(goodBytes);
    expect(await filesUnder(dir)).toEqual([file]);
    expect(hasFailures(report)).toBe(false);
  });

  it("does not download again a file that is already up to date", async () => {
    const dir = await tempDir();
    const good = source("good", goodBytes, `${base}/good.csv`);
    const file = await place(dir, good, goodBytes);
    const before = hits.get("/good.csv") ?? 0;
    const report = await fetchSources({ registry: registryOf(good), targetDir: dir });
    expect(report.outcomes).toEqual<FetchOutcome[]>([{ id: "good", status: "up-to-date", detail: file }]);
    expect(hits.get("/good.csv") ?? 0).toBe(before);
  });

  it("refuses bytes whose checksum differs, naming both hashes, and keeps the older file", async () => {
    const dir = await tempDir();
    const url = `${base}/changed.csv`;
    // Registered for goodBytes, but the server now serves changedBytes.
    const kept = source("kept", goodBytes, url);
    const absent = source("absent", goodBytes, url);
    const keptFile = await place(dir, kept, olderBytes);
    const report = await fetchSources({ registry: registryOf(kept, absent), targetDir: dir });
    const detail = `expected sha256 ${sha256(goodBytes)}, got ${sha256(changedBytes)} (${url})`;
    expect(report.outcomes).toEqual<FetchOutcome[]>([
      { id: "kept", status: "checksum-mismatch", detail },
      { id: "absent", status: "checksum-mismatch", detail },
    ]);
    expect(await readFile(keptFile)).toEqual(olderBytes);
    expect(await filesUnder(dir)).toEqual([keptFile]);
    expect(hasFailures(report)).toBe(true);
    const text = formatFetchReport(report);
    expect(text).toContain(`Fetched 2 sources into ${dir}: 2 checksum mismatch.`);
    expect(text).toContain(
      `Could not fetch:\n  - kept: checksum mismatch: ${detail}\n  - absent: checksum mismatch: ${detail}`,
    );
  });

  it("reports refused connections, HTTP errors and timeouts as unreachable, leaving files untouched", async () => {
    const dir = await tempDir();
    const refusedUrl = `http://127.0.0.1:${closedPort}/good.csv`;
    const refused = source("refused", goodBytes, refusedUrl);
    const missing = source("missing", goodBytes, `${base}/missing.csv`);
    const slow = source("slow", goodBytes, `${base}/hang`);
    const refusedFile = await place(dir, refused, olderBytes);
    const missingFile = await place(dir, missing, olderBytes);
    const report = await fetchSources({ registry: registryOf(refused, missing, slow), targetDir: dir, timeoutMs: 300 });
    expect(report.outcomes).toEqual<FetchOutcome[]>([
      {
        id: "refused",
        status: "unreachable",
        detail: `fetch failed: connect ECONNREFUSED 127.0.0.1:${closedPort} (${refusedUrl})`,
      },
      { id: "missing", status: "unreachable", detail: `HTTP 404 Not Found (${base}/missing.csv)` },
      { id: "slow", status: "unreachable", detail: `no complete response within 300 ms (${base}/hang)` },
    ]);
    expect(await readFile(refusedFile)).toEqual(olderBytes);
    expect(await readFile(missingFile)).toEqual(olderBytes);
    expect((await filesUnder(dir)).sort()).toEqual([missingFile, refusedFile].sort());
    const text = formatFetchReport(report);
    expect(text).toContain(`Fetched 3 sources into ${dir}: 3 unreachable.`);
    for (const outcome of report.outcomes) expect(text).toContain(`  - ${outcome.id}: unreachable: ${outcome.detail}`);
  });

  it("fetches a live query afresh, with no checksum to match, and reports the copy's sha256 to register", async () => {
    const dir = await tempDir();
    const live: Source = {
      ...source("live", goodBytes, `${base}/changed.csv`),
      sha256: null,
      optional: true,
      acquisition: { type: "live-query", download_url: `${base}/changed.csv` },
    };
    const file = await place(dir, live, olderBytes);
    const report = await fetchSources({ registry: registryOf(live), targetDir: dir });
    expect(report.outcomes).toEqual<FetchOutcome[]>([
      {
        id: "live",
        status: "downloaded",
        detail:
          `${file} (${changedBytes.byteLength} bytes, live query, sha256 ${sha256(changedBytes)}); ` +
          `the pipeline reads it only once you have reviewed it and set this sha256 in its data/sources.json entry`,
      },
    ]);
    expect(await readFile(file)).toEqual(changedBytes);
  });

  it("lists sources without a download URL as manual, with their note and the mirrors", async () => {
    const dir = await tempDir();
    const note = "Transcribed by hand; copy from the project mirror.";
    const manual = source("manual", goodBytes, undefined, note);
    const good = source("good", goodBytes, `${base}/good.csv`);
    const report = await fetchSources({ registry: registryOf(manual, good), targetDir: dir });
    const detail = `${note} Mirror directories the pipeline also reads: OBS_RAW_DIR or ../shared/data/raw (file manual/manual.csv).`;
    expect(report.outcomes[0]).toEqual<FetchOutcome>({ id: "manual", status: "manual", detail });
    expect(report.outcomes[1]?.status).toBe("downloaded");
    expect(hasFailures(report)).toBe(false);
    const text = formatFetchReport(report);
    expect(text).toContain(`Fetched 2 sources into ${dir}: 1 downloaded, 1 manual.`);
    expect(text).toContain(`point OBS_RAW_DIR at a complete mirror:\n  - manual: manual: ${detail}`);
    expect(text).not.toContain("Could not fetch");
  });

  it("restricts the run to the requested ids and rejects unknown ones", async () => {
    const dir = await tempDir();
    const good = source("good", goodBytes, `${base}/good.csv`);
    const other = source("other", goodBytes, `${base}/missing.csv`);
    const report = await fetchSources({ registry: registryOf(good, other), targetDir: dir, only: ["good"] });
    expect(report.outcomes.map((outcome) => outcome.id)).toEqual(["good"]);
    await expect(fetchSources({ registry: registryOf(good), targetDir: dir, only: ["nope"] })).rejects.toThrow(
      'Unknown source id "nope"',
    );
  });
});

function runCli(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/dev/fetch-sources.ts"], { cwd: projectRoot, env, timeout: 30_000 });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("npm run data:fetch", () => {
  it("fails fast without network, names every unreachable source and writes nothing", async () => {
    const dir = await tempDir();
    const start = performance.now();
    const { code, output } = await runCli({
      ...process.env,
      OBS_FETCH_DIR: dir,
      OBS_FETCH_TIMEOUT_MS: "2000",
      // Route every request through a closed local port so the test stays offline even on a connected machine.
      NODE_USE_ENV_PROXY: "1",
      HTTPS_PROXY: `http://127.0.0.1:${closedPort}`,
      HTTP_PROXY: `http://127.0.0.1:${closedPort}`,
      NO_PROXY: "",
    });
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(code).toBe(1);
    const sources = [...loadSourceRegistry().values()];
    const downloadable = sources.filter((entry) => entry.acquisition.download_url);
    expect(downloadable.length).toBeGreaterThan(0);
    expect(output).toContain(`${downloadable.length} unreachable, ${sources.length - downloadable.length} manual.`);
    for (const entry of downloadable) expect(output).toContain(`  - ${entry.id}: unreachable: fetch failed`);
    for (const entry of sources.filter((item) => !item.acquisition.download_url)) {
      expect(output).toContain(`  - ${entry.id}: manual: `);
    }
    expect(existsSync(dir)).toBe(true);
    expect(await filesUnder(dir)).toEqual([]);
  });
});
