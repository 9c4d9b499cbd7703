/**
 * What the pipeline publishes for a practice register: runs the real pipeline with the register
 * as OBS_GP_SUPPLY into a temporary folder and returns the shortage indicators of every territory,
 * so that a test can compare the bring-your-own page's numbers (or shortageFromRegister's) with them.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { runPipeline } from "../../scripts/pipeline.ts";
import { REGISTER_INDICATORS, type RegisterIndicator } from "../../src/core/gp/register/index.ts";

export interface PublishedShortage {
  /** The temporary output folder (tables/, geo/, manifest.json). */
  outDir: string;
  /** level -> territory code -> indicator -> published value (null where the table has none). */
  values: Record<string, Record<string, Record<RegisterIndicator, number | null>>>;
  /** level -> territory code -> indicator -> the published row's numerator (null where empty). */
  numerators: Record<string, Record<string, Record<RegisterIndicator, number | null>>>;
}

export async function gpRegisterExpected(registerPath: string): Promise<PublishedShortage> {
  const outDir = join(mkdtempSync(join(tmpdir(), "obs-gp-register-")), "data");
  await runPipeline({ outDir, gpSupplyFile: registerPath });
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(outDir, "tables", "indicators.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const ids = new Set<string>(REGISTER_INDICATORS);
  const values: PublishedShortage["values"] = {};
  const numerators: PublishedShortage["numerators"] = {};
  const number = (text: string | undefined) => (text === undefined || text === "" ? null : Number(text));
  for (const row of rows) {
    if (!ids.has(row.indicator_id!)) continue;
    const id = row.indicator_id as RegisterIndicator;
    ((values[row.level!] ??= {})[row.territory_code!] ??= {} as Record<RegisterIndicator, number | null>)[id] = number(
      row.value,
    );
    ((numerators[row.level!] ??= {})[row.territory_code!] ??= {} as Record<RegisterIndicator, number | null>)[id] =
      number(row.numerator);
  }
  return { outDir, values, numerators };
}
