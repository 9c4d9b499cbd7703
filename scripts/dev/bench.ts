/**
 * `npm run bench`: builds the site (timing `npm run data`, `build:site` and `build:png`), then
 * measures the pipeline and the built site against their budgets and prints JSON (also written
 * to bench-results/bench.json). Exits non-zero when a budget is exceeded.
 *
 * `--skip-build` measures the dist/ already there (the build times are then not reported), and
 * `--pages /fr/,/fr/query/` limits Lighthouse to those pages. Times depend on what else runs on
 * the machine: the report gives the load average before and after.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../lib/paths.ts";
import { runPipeline } from "../pipeline.ts";
import { benchSite, LIGHTHOUSE_PAGES, SITE_BUDGETS } from "./bench-site.ts";
import { lighthouseBudgetChecks, maxCheck } from "./lighthouse-summary.ts";

const PIPELINE_BUDGETS = {
  pipeline_wall_time_ms: 10_000,
  quartier_topojson_bytes: 150 * 1024,
};
/** Rebuilds on this machine (2 cores): the PNG renders come from their cache when unchanged. */
const BUILD_BUDGETS = {
  build_site_ms: 60_000,
  build_png_ms: 60_000,
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

/** Runs an npm script as `npm run bench` would, and its wall time. */
function timedNpm(script: string): number {
  const start = performance.now();
  const run = spawnSync("npm", ["run", script], { cwd: projectRoot, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`npm run ${script} failed (exit ${run.status})`);
  return Math.round(performance.now() - start);
}

const { values: args } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, pages: { type: "string" } },
});
const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
const build = args["skip-build"]
  ? undefined
  : { data_ms: timedNpm("data"), build_site_ms: timedNpm("build:site"), build_png_ms: timedNpm("build:png") };
const pipeline = await benchPipeline();
const site = await benchSite({ pages: args.pages?.split(",") ?? LIGHTHOUSE_PAGES });
const budgets = [
  ...(build
    ? Object.entries(BUILD_BUDGETS).map(([name, budget]) =>
        maxCheck(name, build[name as keyof typeof BUILD_BUDGETS], budget),
      )
    : []),
  ...Object.entries(PIPELINE_BUDGETS).map(([name, budget]) => ({
    name,
    value: pipeline[name as keyof typeof PIPELINE_BUDGETS],
    budget,
    ok: pipeline[name as keyof typeof PIPELINE_BUDGETS] <= budget,
  })),
  maxCheck(
    "home_bytes_before_interactive",
    site.home_bytes_before_interactive,
    SITE_BUDGETS.home_bytes_before_interactive,
  ),
  { name: "home_loads_duckdb", value: site.home_loads_duckdb, budget: false, ok: !site.home_loads_duckdb },
  ...lighthouseBudgetChecks(site.lighthouse),
];
const machine = {
  cpus: cpus().length,
  node: process.version,
  load_average_before: loadBefore,
  load_average_after: loadavg().map((l) => Math.round(l * 100) / 100),
};
const report = { machine, build, pipeline, site, budgets };
mkdirSync(join(projectRoot, "bench-results"), { recursive: true });
writeFileSync(join(projectRoot, "bench-results", "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
if (budgets.some((b) => !b.ok)) process.exitCode = 1;
