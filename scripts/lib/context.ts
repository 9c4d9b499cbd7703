import { findRawFile } from "./paths.ts";
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
