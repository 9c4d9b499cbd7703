/**
 * `npm run bench`: measures the pipeline against its budgets and prints JSON (also written to
 * bench-results/bench.json). Exits non-zero when a budget is exceeded.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "./lib/paths.ts";
import { runPipeline } from "./pipeline.ts";

const BUDGETS = {
  pipeline_wall_time_ms: 20_000,
  quartier_topojson_bytes: 150 * 1024,
};
const RUNS = 3;

const outDir = join(mkdtempSync(join(tmpdir(), "obs-bench-")), "data");

// Cold: a fresh process, as `npm run data` runs it (module loading included).
const coldStart = performance.now();
const cold = spawnSync(join(projectRoot, "node_modules", ".bin", "tsx"), [join(projectRoot, "scripts", "run-pipeline.ts")], {
  env: { ...process.env, OBS_OUT_DIR: outDir },
  encoding: "utf8",
});
const coldMs = Math.round(performance.now() - coldStart);
if (cold.status !== 0) throw new Error(`pipeline failed:\n${cold.stderr}`);

// Warm: in-process runs, with per-stage timings.
const warm: number[] = [];
let last: Awaited<ReturnType<typeof runPipeline>> | undefined;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  last = await runPipeline({ outDir });
  warm.push(Math.round(performance.now() - start));
}
warm.sort((a, b) => a - b);

const files = Object.fromEntries(last!.manifest.files.map((f) => [f.file, f.bytes]));
const measurements = {
  pipeline_wall_time_ms: coldMs,
  pipeline_warm_median_ms: warm[Math.floor(RUNS / 2)]!,
  stage_ms: last!.timings,
  quartier_topojson_bytes: files["geo/quartier.topojson"]!,
};
const budgets = Object.entries(BUDGETS).map(([name, budget]) => {
  const value = measurements[name as keyof typeof BUDGETS];
  return { name, value, budget, ok: value <= budget };
});
const report = { benchmark: "pipeline", machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, measurements, output_bytes: files, budgets };

mkdirSync(join(projectRoot, "bench-results"), { recursive: true });
writeFileSync(join(projectRoot, "bench-results", "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
rmSync(join(outDir, ".."), { recursive: true, force: true });
if (budgets.some((b) => !b.ok)) process.exitCode = 1;
