import { lstatSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, whatever the working directory of the caller. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const referenceDir = join(projectRoot, "data", "reference");
export const sourceRegistryPath = join(projectRoot, "data", "sources.json");

/** Where the site serves the pipeline's outputs from (Astro copies public/ into the build). */
export const defaultOutDir = join(projectRoot, "public", "data");

/**
 * The raw-data directories, searched in order for each file: OBS_RAW_DIR alone if set, else
 * data/raw/ (filled by `npm run data:fetch`) then the shared mirror beside the checkout.
 * Per-file lookup matters because data:fetch can only download the files that have an exact
 * upstream URL; the others still come from the mirror. Raw files are never committed.
 */
export function resolveRawDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.OBS_RAW_DIR) return [resolve(env.OBS_RAW_DIR)];
  return [join(projectRoot, "data", "raw"), resolve(projectRoot, "..", "shared", "data", "raw")];
}

/**
 * The first directory holding `relativePath`, else the last one (so errors name the mirror).
 * Any entry counts, a broken or looping link included, so that the readers report it as such.
 */
export function findRawFile(rawDirs: readonly string[], relativePath: string): string {
  // A file given by the user (OBS_GP_SUPPLY) is named by its own path.
  if (isAbsolute(relativePath)) return relativePath;
  const found = rawDirs.find((dir) => hasEntry(join(dir, relativePath)));
  return join(found ?? rawDirs[rawDirs.length - 1]!, relativePath);
}

function hasEntry(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
