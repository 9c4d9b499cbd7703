import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PipelineContext } from "./lib/context.ts";
import { sourcesOf } from "./lib/context.ts";
import { defaultOutDir, projectRoot, referenceDir, resolveRawDirs, sourceRegistryPath } from "./lib/paths.ts";
import { writeManifest, type OutputManifest } from "./output/manifest.ts";
import { publishAtomically } from "./output/staging.ts";
import type { Table } from "./output/table.ts";
import { writeTables } from "./output/write-tables.ts";
import { loadSourceRegistry } from "./sources/registry.ts";
import { verifyChecksums } from "./sources/verify-checksums.ts";
import { clssTable } from "./stages/clss.ts";
import { buildGeometry } from "./stages/geometry.ts";
import { catalogTable, codebookTable, indicatorsTable, sourcesTable } from "./stages/publication-tables.ts";
import { populationIndicators, populationValues } from "./stages/population.ts";
import { SOURCES, buildTerritorialModel } from "./stages/territorial-model.ts";
import { territoryTables } from "./stages/territory-tables.ts";

export interface PipelineOptions {
  /** Raw-data directories searched in order; default resolveRawDirs(). */
  rawDirs?: string[];
  outDir?: string;
  registryPath?: string;
  referenceDir?: string;
}

export interface PipelineResult {
  outDir: string;
  manifest: OutputManifest;
  /** Wall time of each stage in milliseconds, for the benchmark. */
  timings: Record<string, number>;
}

/** Raw inputs the stages read; their checksums are verified before anything else runs. */
const INPUTS = [...Object.values(SOURCES), "statbel-population-age-sex-commune"];

export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[stage] = Math.round(performance.now() - start);
    return result;
  };

  const context: PipelineContext = {
    rawDirs: options.rawDirs ?? resolveRawDirs(),
    referenceDir: options.referenceDir ?? referenceDir,
    registry: loadSourceRegistry(options.registryPath ?? sourceRegistryPath),
  };
  const inputs = sourcesOf(context, INPUTS);
  await time("verify-checksums", () => verifyChecksums(inputs, context.rawDirs));

  const model = await time("territorial-model", () => buildTerritorialModel(context));
  const geometry = await time("geometry", () => buildGeometry(model));
  const levelOrder = model.levels.map((level) => level.id);
  const tables = await time("tables", () => {
    const values = populationValues(context, model);
    const definitions = populationIndicators;
    const published: Table[] = [
      ...territoryTables(model, geometry),
      clssTable(context, model),
      indicatorsTable(values, levelOrder),
      catalogTable(definitions, values, levelOrder),
      sourcesTable(inputs),
    ];
    return [...published, codebookTable(published)];
  });

  const outDir = options.outDir ?? defaultOutDir;
  const manifest = await publishAtomically(outDir, async (staging) => {
    await time("write-tables", () => writeTables(tables, staging));
    const rowCounts = new Map<string, number>();
    for (const table of tables) {
      for (const extension of ["csv", "parquet"]) rowCounts.set(`tables/${table.name}.${extension}`, table.rows.length);
    }
    mkdirSync(join(staging, "geo"), { recursive: true });
    for (const [level, topojson] of geometry.topojson) {
      const file = `geo/${level}.topojson`;
      writeFileSync(join(staging, file), topojson);
      rowCounts.set(file, model.territories.get(level)!.length);
    }
    return time("manifest", () => writeManifest(staging, pipelineVersion(), rowCounts, inputs));
  });
  return { outDir, manifest, timings };
}

function pipelineVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }).version;
}
