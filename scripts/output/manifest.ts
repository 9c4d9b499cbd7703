import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { sha256 } from "../lib/hash.ts";
import type { Source } from "../sources/registry.ts";

export const MANIFEST_FILE = "manifest.json";

export interface OutputManifest {
  pipeline_version: string;
  /** The release's date (scripts/output/release-date.ts), null when unknown. */
  release_date: string | null;
  files: { file: string; bytes: number; sha256: string; rows: number | null }[];
  sources: { id: string; reference_date: string; sha256: string }[];
}

/**
 * Lists every output with its checksum and row count, and the vintage of every input.
 * No timestamp: identical inputs must give an identical manifest.
 */
export function writeManifest(
  dir: string,
  version: string,
  release: string | null,
  rowCounts: Map<string, number>,
  sources: Source[],
  checksums: ReadonlyMap<string, string>,
): OutputManifest {
  const manifest: OutputManifest = {
    pipeline_version: version,
    release_date: release,
    files: listFiles(dir).map((path) => {
      const file = relative(dir, path).split("\\").join("/");
      const bytes = readFileSync(path);
      return { file, bytes: statSync(path).size, sha256: sha256(bytes), rows: rowCounts.get(file) ?? null };
    }),
    sources: [...sources]
      .filter((s) => checksums.has(s.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({ id: s.id, reference_date: s.reference_date, sha256: checksums.get(s.id)! })),
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
