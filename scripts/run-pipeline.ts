/**
 * `npm run data`: raw open data → observatory tables, geometry and manifest in public/data/
 * (or OBS_OUT_DIR). Raw files come from OBS_RAW_DIR, else data/raw/, else ../shared/data/raw/.
 * OBS_GP_SUPPLY=<register.csv or .xlsx> publishes the GP shortage indicators from that register.
 */
import { resolve } from "node:path";
import { defaultOutDir } from "./lib/paths.ts";
import { describeServed } from "./output/staging.ts";
import { runPipeline } from "./pipeline.ts";

const outDir = resolve(process.env.OBS_OUT_DIR || defaultOutDir);
try {
  const start = performance.now();
  const { manifest, timings, repairs } = await runPipeline({
    outDir,
    gpSupplyFile: process.env.OBS_GP_SUPPLY || undefined,
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  for (const repair of repairs) console.log(`Repaired: ${repair}`);
  console.log(`Pipeline done in ${seconds} s: ${manifest.files.length} files in ${outDir}`);
  console.log(
    Object.entries(timings)
      .map(([stage, ms]) => `  ${stage}: ${ms} ms`)
      .join("\n"),
  );
} catch (error) {
  // Says what is served now, read from disk: a failure is never reported over missing outputs.
  console.error(`Pipeline failed; ${describeServed(outDir)}.\n${(error as Error).message}`);
  process.exitCode = 1;
}
