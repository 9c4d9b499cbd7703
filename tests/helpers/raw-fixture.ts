import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { sha256 } from "../../scripts/lib/hash.ts";
import { findRawFile, referenceDir, resolveRawDirs, sourceRegistryPath } from "../../scripts/lib/paths.ts";
import type { PipelineContext } from "../../scripts/lib/context.ts";
import { loadSourceRegistry } from "../../scripts/sources/registry.ts";

export const realRawDirs = resolveRawDirs();

export type FileChange = (original: Buffer) => Buffer | string;

/**
 * A raw-data directory that links every real file and replaces the changed ones, with a
 * registry whose checksums match the changes (unless `keepChecksums`), so that a test reaches
 * the stage that must reject the bad input.
 */
export function rawFixture(changes: Record<string, FileChange>, { keepChecksums = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), "obs-raw-"));
  const rawDir = join(root, "raw");
  const registryFile = JSON.parse(readFileSync(sourceRegistryPath, "utf8")) as {
    sources: { id: string; path: string; sha256: string }[];
  };
  for (const source of registryFile.sources) {
    const target = join(rawDir, source.path);
    mkdirSync(dirname(target), { recursive: true });
    const change = changes[source.id];
    if (!change) {
      // An optional source absent from the mirror stays absent (a dangling link would be refused).
      const real = findRawFile(realRawDirs, source.path);
      if (existsSync(real)) symlinkSync(real, target);
      continue;
    }
    const content = change(readFileSync(findRawFile(realRawDirs, source.path)));
    writeFileSync(target, content);
    if (!keepChecksums) source.sha256 = sha256(content);
  }
  const registryPath = join(root, "sources.json");
  writeFileSync(registryPath, JSON.stringify(registryFile));
  const context: PipelineContext = { rawDirs: [rawDir], referenceDir, registry: loadSourceRegistry(registryPath) };
  return { root, rawDir, registryPath, context };
}

/** Applies a text edit to a raw file, failing loudly if the edit did not match (a test that edits nothing cannot fail). */
export function replaceText(search: string | RegExp, replacement: string): FileChange {
  return (original) => {
    const text = original.toString("utf8");
    const changed = text.replace(search, replacement);
    if (changed === text) throw new Error(`fixture edit did not apply: ${String(search)}`);
    return changed;
  };
}

export function realContext(): PipelineContext {
  return { rawDirs: realRawDirs, referenceDir, registry: loadSourceRegistry() };
}

/** Rewrites every position of a GeoJSON file (axes swapped, another projection), failing loudly if none changed. */
export function mapGeoJsonPositions(map: (position: number[]) => number[]): FileChange {
  return (original) => {
    const collection = JSON.parse(original.toString("utf8")) as { features: { geometry: { coordinates: unknown } }[] };
    let changed = false;
    const walk = (value: unknown): unknown => {
      const list = value as unknown[];
      if (typeof list[0] !== "number") return list.map(walk);
      const mapped = map(list as number[]);
      changed ||= mapped.some((axis, i) => axis !== list[i]);
      return mapped;
    };
    for (const feature of collection.features) feature.geometry.coordinates = walk(feature.geometry.coordinates);
    if (!changed) throw new Error("fixture edit did not apply: no position changed");
    return JSON.stringify(collection);
  };
}
