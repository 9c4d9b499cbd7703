/**
 * Times the siting tool's greedy maximal coverage on the real data, in Node, with the same module
 * the browser's Web Worker runs (src/lib/tools/siting.ts): k = 10 for the smallest and largest radius,
 * all residents and fragility-weighted, existing maisons médicales counted or not, five times each.
 * Prints JSON; exits non-zero when the slowest setting's median exceeds the budget (1 s). The first
 * (cold, unoptimised) run of each setting is reported too: it is what a visitor's fresh worker pays.
 */
import { readCsvTable } from "../../src/data/observatory-data.ts";
import { runSiting, sitingDataFromTables, SITING_LIMITS, type SitingOptions } from "../../src/lib/tools/siting.ts";

/** 1 s; SITING_BUDGET_MS overrides it (to check that the script fails over budget). */
const BUDGET_MS = Number(process.env.SITING_BUDGET_MS ?? 1000);
const K = 10;
const REPEATS = 5;

// readCsvTable reads public/data/ under the working directory: the project root under `npm run bench`.
const loadStart = performance.now();
const data = sitingDataFromTables({
  sectors: readCsvTable("sectors"),
  fragility: readCsvTable("fragility"),
  services: readCsvTable("services"),
  bassins: readCsvTable("bassins"),
});
const loadMs = performance.now() - loadStart;

const settings: SitingOptions[] = [];
for (const radius of [SITING_LIMITS.radius.min, 500, SITING_LIMITS.radius.max]) {
  for (const reach of ["all", "fragile"] as const) {
    for (const existing of [true, false]) settings.push({ k: K, radius, reach, existing, bassin: null });
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const runs = settings.map((options) => {
  const times: number[] = [];
  let picks = 0;
  let covered = 0;
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    const result = runSiting(data, options);
    times.push(performance.now() - start);
    picks = result.picks.length;
    covered = result.existingResidents + (result.picks.at(-1)?.cumulativeResidents ?? 0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    ...options,
    first_ms: round(times[0]!),
    median_ms: round(sorted[Math.floor(REPEATS / 2)]!),
    max_ms: round(sorted.at(-1)!),
    picks,
    residents_covered: covered,
  };
});

const slowest = Math.max(...runs.map((r) => r.median_ms));
const slowestCold = Math.max(...runs.map((r) => r.first_ms));
const report = {
  benchmark: "siting",
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  sectors: data.sectors.codes.length,
  existing_centres: data.centres.length,
  load_tables_ms: round(loadMs),
  k: K,
  repeats: REPEATS,
  runs,
  slowest_cold_run_ms: slowestCold,
  budget: { name: "siting_k10_median_ms", value: slowest, budget: BUDGET_MS, ok: slowest <= BUDGET_MS },
};
console.log(JSON.stringify(report, null, 2));
if (!report.budget.ok) process.exitCode = 1;
