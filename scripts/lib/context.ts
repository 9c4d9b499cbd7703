import { findRawFile } from "./paths.ts";
import { readCsv, type CsvCache, type CsvOptions, type CsvTable } from "../sources/read-csv.ts";
import { getSource, type Source, type SourceRegistry } from "../sources/registry.ts";

/** What every stage needs to find its inputs. */
export interface PipelineContext {
  /** Searched in order for each raw file (see resolveRawDirs). */
  rawDirs: string[];
  referenceDir: string;
  registry: SourceRegistry;
}

export function sourcePath(context: PipelineContext, sourceId: string): string {
  return findRawFile(context.rawDirs, getSource(context.registry, sourceId).path);
}

export function sourcesOf(context: PipelineContext, ids: readonly string[]): Source[] {
  return [...new Set(ids)].map((id) => getSource(context.registry, id));
}

/** One cache per run: a new context (a new run, a test fixture) never sees an older parse. */
const csvCaches = new WeakMap<PipelineContext, CsvCache>();

/**
 * readCsv for files that several stages read (the IBSA exports, the correction list, the
 * Statbel age bands): each is parsed once per context.
 */
export function readSourceCsv(context: PipelineContext, path: string, options: CsvOptions): CsvTable {
  let cache = csvCaches.get(context);
  if (!cache) csvCaches.set(context, (cache = new Map()));
  return readCsv(path, options, cache);
}
