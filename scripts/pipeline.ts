import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { PipelineContext } from "./lib/context.ts";
import { sourcesOf } from "./lib/context.ts";
import { defaultOutDir, projectRoot, referenceDir, resolveRawDirs, sourceRegistryPath } from "./lib/paths.ts";
import { writeManifest, type OutputManifest } from "./output/manifest.ts";
import { releaseDate } from "./output/release-date.ts";
import { publishAtomically, repairPublication } from "./output/staging.ts";
import type { Table } from "../src/core/table-schema.ts";
import { writeTables } from "./output/write-tables.ts";
import { writeCompressedDatabase } from "./output/compressed-database.ts";
import { loadSourceRegistry } from "./sources/registry.ts";
import { loadSourceTexts, localizeSource } from "./sources/source-texts.ts";
import { verifyChecksums } from "./sources/verify-checksums.ts";
import { clssRows } from "./territory/clss.ts";
import { clssTable } from "./tables/clss.ts";
import { buildGeometry } from "./territory/geometry.ts";
import { COVERAGE_INPUTS, coverageStage } from "./indicators/coverage/stage.ts";
import { FRAGILITY_INPUTS, fragilityStage } from "./indicators/fragility/stage.ts";
import { GP_INPUTS, gpStage } from "./indicators/gp/stage.ts";
import { GP_FACT_SOURCES, gpFacts } from "./indicators/gp/facts.ts";
import { gpFactsTable } from "./tables/gp_facts.ts";
import { reliabilityStage } from "./indicators/reliability/stage.ts";
import { gpSupplySources } from "./indicators/gp/supply.ts";
import { withUserGpSupply } from "./sources/user-gp-supply.ts";
import type { IndicatorStageOutput } from "./indicators/indicator-model.ts";
import { catalogTable } from "./tables/indicator_catalog.ts";
import { codebookTable } from "./tables/codebook.ts";
import { dataQualityTable } from "./tables/data_quality.ts";
import { indicatorsTable } from "./tables/indicators.ts";
import { trendsTable } from "./tables/indicator_trends.ts";
import { wideTable } from "./tables/indicators_wide.ts";
import { latestTable } from "./tables/indicators_latest.ts";
import { latestLevelFile } from "../src/core/tables/indicators_latest.ts";
import { seriesStage } from "./indicators/series/stage.ts";
import { multiYear, withSeriesBreaks } from "./indicators/series/breaks.ts";
import { trendRows } from "./indicators/series/trends.ts";
import { withMethodNotes } from "./indicators/series/method-notes.ts";
import { methodParametersTable } from "./tables/method_parameters.ts";
import { sourcesTable } from "./tables/sources.ts";
import { readQuartierComponents } from "./indicators/fragility/components.ts";
import { populationIndicators } from "./indicators/population/catalogue.ts";
import { populationLimitParameters } from "./indicators/population/limits.ts";
import { POPULATION_SOURCE, populationValues } from "./indicators/population/stage.ts";
import { SOURCES, buildTerritorialModel } from "./territory/territorial-model.ts";
import { levelTables } from "./tables/level-tables.ts";
import { levelsTable } from "./tables/levels.ts";
import { territoriesTable } from "./tables/territories.ts";
import { AFMPS_PHARMACIES, readAfmpsPharmacies } from "./raw/afmps-pharmacies.ts";
import { postcodeRows } from "./territory/postcodes.ts";
import { postcodesTable } from "./tables/postcodes.ts";

export interface PipelineOptions {
  /** Raw-data directories searched in order; default resolveRawDirs(). */
  rawDirs?: string[];
  outDir?: string;
  registryPath?: string;
  referenceDir?: string;
  /** A practice register (CSV or XLSX) to publish the shortage indicators from (OBS_GP_SUPPLY). */
  gpSupplyFile?: string;
}

export interface PipelineResult {
  outDir: string;
  manifest: OutputManifest;
  /** Wall time of each stage in milliseconds, for the benchmark. */
  timings: Record<string, number>;
  /** What an interrupted earlier run had left and this run repaired (see repairPublication). */
  repairs: string[];
}

/** Raw inputs the stages read; their checksums are verified before anything else runs. */
const INPUTS = [
  ...Object.values(SOURCES),
  POPULATION_SOURCE,
  ...FRAGILITY_INPUTS,
  ...GP_INPUTS,
  ...GP_FACT_SOURCES,
  ...COVERAGE_INPUTS,
];

export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[stage] = Math.round(performance.now() - start);
    return result;
  };

  // First, so that even a run that fails below leaves a complete served folder (or none) behind.
  const outDir = resolve(options.outDir ?? defaultOutDir);
  const repairs = repairPublication(outDir);

  const registry = loadSourceRegistry(options.registryPath ?? sourceRegistryPath);
  const context: PipelineContext = {
    rawDirs: options.rawDirs ?? resolveRawDirs(),
    referenceDir: options.referenceDir ?? referenceDir,
    registry: options.gpSupplyFile ? await withUserGpSupply(registry, options.gpSupplyFile) : registry,
  };
  // Every source's texts in FR/NL/EN, checked before any stage computes: a missing one stops the run.
  const sourceTextsPath = join(context.referenceDir, "source-texts.json");
  const sourceTextTable = loadSourceTexts(sourceTextsPath);
  const sourceTexts = new Map(
    [...context.registry.values()].map((source) => [
      source.id,
      localizeSource(source, sourceTextTable, sourceTextsPath),
    ]),
  );
  // Optional GP supply sources count as inputs when present (verified like the others).
  const inputs = sourcesOf(context, [...INPUTS, ...gpSupplySources(context).map((s) => s.id)]);
  const checksums = await time("verify-checksums", () => verifyChecksums(inputs, context.rawDirs));

  const model = await time("territorial-model", () => buildTerritorialModel(context));
  const geometry = await time("geometry", () => buildGeometry(model));
  const levelOrder = model.levels.map((level) => level.id);
  const population: IndicatorStageOutput = {
    definitions: populationIndicators,
    values: await time("population", () => populationValues(context, model)),
    tables: [],
    quality: [],
    // The territorial model's inferred assignments (which bassin a commune or part belongs to) too.
    parameters: [...populationLimitParameters, ...model.parameters],
  };
  const components = await time("components", () =>
    readQuartierComponents(
      context,
      model.territories.get("quartier")!.map((q) => q.code),
    ),
  );
  const fragility = await time("fragility", () => fragilityStage(context, model, components));

  const gp = await time("gp", () =>
    gpStage(context, model, components, geometry.sectorPoints, geometry.topojson.get("sector")!),
  );

  const coverage = await time("coverage", () => coverageStage(context, model, geometry.sectorPoints));
  // What is known without a register: the staged statements, as stated (no indicator values).
  const facts = await time("gp-facts", () =>
    gpFacts(context, new Set(model.territories.get("commune")!.map((c) => c.code))),
  );
  const factStage: IndicatorStageOutput = { definitions: [], values: [], tables: [], quality: facts.quality };

  // Which communes and quartiers each postcode covers, from the register's addresses (site search).
  const postcodeStage = await time("postcodes", (): IndicatorStageOutput => {
    const { rows, quality } = postcodeRows(model, readAfmpsPharmacies(context).addresses, AFMPS_PHARMACIES);
    return { definitions: [], values: [], tables: [postcodesTable(rows)], quality };
  });

  const headlineStages = [population, fragility, gp, coverage, factStage];
  // Every other year the sources give, after the headline rows (which it never changes).
  const series = await time("series", () =>
    seriesStage(
      context,
      model,
      headlineStages.flatMap((stage) => stage.values),
    ),
  );
  const stages = [...headlineStages, series, postcodeStage];
  // `sources` lists every input read (an optional one absent from the raw data is not) and every
  // source a published row cites, read or not (the bassins' published descriptions, say, are
  // cited by a level but read by no stage); all of them verified.
  const cited = sourcesOf(context, [
    ...inputs.filter((source) => checksums.has(source.id)).map((source) => source.id),
    ...model.levels.flatMap((level) => level.sources),
    ...stages.flatMap((stage) => [
      ...stage.definitions.flatMap((definition) => definition.sources),
      ...stage.quality.flatMap((note) => note.source_id ?? []),
      ...(stage.parameters ?? []).flatMap((parameter) => parameter.source_id ?? []),
    ]),
  ]);
  const citedOnly = cited.filter((source) => !checksums.has(source.id));
  for (const [id, sha] of await time("verify-cited", () => verifyChecksums(citedOnly, context.rawDirs)))
    checksums.set(id, sha);
  // One small-number rule, intervals and region comparisons over every stage's values.
  const reliable = await time("reliability", () => reliabilityStage(stages, model));
  const tables = await time("tables", () => {
    const values = withSeriesBreaks(reliable.values, series.breaks);
    const definitions = withMethodNotes(reliable.definitions, series.methodNotes);
    const polarity = new Map(definitions.map((d) => [d.id, d.polarity]));
    const published: Table[] = [
      ...levelTables(model, geometry),
      territoriesTable(model),
      levelsTable(model),
      clssTable(clssRows(context, model)),
      gpFactsTable(facts.rows),
      ...stages.flatMap((stage) => stage.tables),
      indicatorsTable(values, levelOrder),
      trendsTable(
        trendRows(values, (id) => polarity.get(id)!, multiYear(values)),
        levelOrder,
      ),
      wideTable(values, definitions, model),
      latestTable(values, definitions, model),
      catalogTable(definitions, values, levelOrder, series.breaks),
      dataQualityTable([...stages.flatMap((stage) => stage.quality), ...reliable.quality]),
      methodParametersTable([...stages.flatMap((stage) => stage.parameters ?? []), ...reliable.parameters]),
      sourcesTable(cited, sourceTexts),
    ];
    return [...published, codebookTable(published)];
  });

  const manifest = await publishAtomically(outDir, async (staging) => {
    await time("write-tables", () => writeTables(tables, staging));
    await time("compress-database", () => writeCompressedDatabase(staging));
    const rowCounts = new Map<string, number>();
    for (const table of tables) {
      for (const extension of ["csv", "parquet"]) rowCounts.set(`tables/${table.name}.${extension}`, table.rows.length);
    }
    for (const level of model.levels)
      for (const extension of ["csv", "parquet"] as const)
        rowCounts.set(latestLevelFile(level.id, extension), model.territories.get(level.id)!.length);
    mkdirSync(join(staging, "geo"), { recursive: true });
    for (const [level, topojson] of geometry.topojson) {
      const file = `geo/${level}.topojson`;
      writeFileSync(join(staging, file), topojson);
      rowCounts.set(file, model.territories.get(level)!.length);
    }
    return time("manifest", () =>
      writeManifest(staging, pipelineVersion(), releaseDate(process.env, projectRoot), rowCounts, cited, checksums),
    );
  });
  return { outDir, manifest, timings, repairs };
}

function pipelineVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }).version;
}
