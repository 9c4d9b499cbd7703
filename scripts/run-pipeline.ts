/**
 * `npm run data`: raw open data → observatory tables, geometry and manifest in public/data/
 * (or OBS_OUT_DIR). Raw files come from OBS_RAW_DIR, else data/raw/, else ../shared/data/raw/.
 */
import { runPipeline } from "./pipeline.ts";

try {
  const start = performance.now();
  const { outDir, manifest, timings } = await runPipeline({ outDir: process.env.OBS_OUT_DIR || undefined });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`Pipeline done in ${seconds} s: ${manifest.files.length} files in ${outDir}`);
  console.log(
    Object.entries(timings)
      .map(([stage, ms]) => `  ${stage}: ${ms} ms`)
      .join("\n"),
  );
} catch (error) {
  console.error(`Pipeline failed; the previous outputs are unchanged.\n${(error as Error).message}`);
  process.exitCode = 1;
}
