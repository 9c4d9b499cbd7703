/**
 * `npm run bench`: measures the pipeline and the built site against their budgets and prints
 * JSON (also written to bench-results/bench.json). Exits non-zero when a budget is exceeded.
 */
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../lib/paths.ts";
import { runPipeline } from "../pipeline.ts";
import { benchSite, SITE_BUDGETS } from "./bench-site.ts";

const PIPELINE_BUDGETS = {
  pipeline_wall_time_ms: 20_000,
  quartier_topojson_bytes: 150 * 1024,
};
const RUNS = 3;

async function benchPipeline() {
  const outDir = join(mkdtempSync(join(tmpdir(), "obs-bench-")), "data");
  // Cold: a fresh process, as `npm run data` runs it (module loading included).
  const coldStart = performance.now();
  const cold = spawnSync(
    join(projectRoot, "node_modules", ".bin", "tsx"),
    [join(projectRoot, "scripts", "run-pipeline.ts")],
    {
      env: { ...process.env, OBS_OUT_DIR: outDir },
      encoding: "utf8",
    },
  );
  const coldMs = Math.round(performance.now() - coldStart);
  if (cold.status !== 0) throw new Error(`pipeline failed:\n${cold.stderr}`);
  const warm: number[] = [];
  let last: Awaited<ReturnType<typeof runPipeline>> | undefined;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    last = await runPipeline({ outDir });
    warm.push(Math.round(performance.now() - start));
  }
  warm.sort((a, b) => a - b);
  rmSync(join(outDir, ".."), { recursive: true, force: true });
  const files = Object.fromEntries(last!.manifest.files.map((f) => [f.file, f.bytes]));
  return {
    pipeline_wall_time_ms: coldMs,
    pipeline_warm_median_ms: warm[Math.floor(RUNS / 2)]!,
    stage_ms: last!.timings,
    quartier_topojson_bytes: files["geo/quartier.topojson"]!,
    output_bytes: files,
  };
}

const pipeline = await benchPipeline();
const site = await benchSite();
const budgets = [
  ...Object.entries(PIPELINE_BUDGETS).map(([name, budget]) => ({
    name,
    value: pipeline[name as keyof typeof PIPELINE_BUDGETS],
    budget,
    ok: pipeline[name as keyof typeof PIPELINE_BUDGETS] <= budget,
  })),
  {
    name: "home_bytes_before_interactive_gzip",
    value: site.home_bytes_before_interactive_gzip,
    budget: SITE_BUDGETS.home_bytes_before_interactive_gzip,
    ok: site.home_bytes_before_interactive_gzip <= SITE_BUDGETS.home_bytes_before_interactive_gzip,
  },
  { name: "home_loads_duckdb", value: site.home_loads_duckdb, budget: false, ok: !site.home_loads_duckdb },
  ...Object.entries(site.lighthouse).flatMap(([page, scores]) => [
    {
      name: `lighthouse_performance ${page}`,
      value: scores.performance,
      budget: SITE_BUDGETS.lighthouse_performance_min,
      ok: scores.performance >= SITE_BUDGETS.lighthouse_performance_min,
    },
    {
      name: `lighthouse_accessibility ${page}`,
      value: scores.accessibility,
      budget: SITE_BUDGETS.lighthouse_accessibility_min,
      ok: scores.accessibility >= SITE_BUDGETS.lighthouse_accessibility_min,
    },
  ]),
];
const report = { machine: { cpus: cpus().length, node: process.version }, pipeline, site, budgets };
mkdirSync(join(projectRoot, "bench-results"), { recursive: true });
writeFileSync(join(projectRoot, "bench-results", "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
if (budgets.some((b) => !b.ok)) process.exitCode = 1;
