import { InputError } from "../lib/errors.ts";
import { sha256File } from "../lib/hash.ts";
import { findRawFile } from "../lib/paths.ts";
import { checkRegularFile, pathEntryExists } from "./raw-file.ts";
import type { Source } from "./registry.ts";

/**
 * Returns the sha256 of every file found (optional sources may be absent). A file present without a
 * registered checksum is refused, optional or not.
 *
 * Checks every input against the registry before any stage reads it, so that a
 * changed upstream file stops the run instead of silently changing published numbers.
 */
export async function verifyChecksums(
  sources: readonly Source[],
  rawDirs: readonly string[],
): Promise<Map<string, string>> {
  const verified = new Map<string, string>();
  for (const source of sources) {
    const file = findRawFile(rawDirs, source.path);
    if (!pathEntryExists(file) && source.optional) continue;
    if (!pathEntryExists(file)) {
      throw new InputError(
        file,
        `raw file for source "${source.id}" is missing (run \`npm run data:fetch\` or set OBS_RAW_DIR)`,
      );
    }
    // Before hashing: a FIFO would block the hash and /dev/zero would never end it.
    checkRegularFile(file);
    const actual = await sha256File(file);
    if (source.sha256 === null) {
      // An optional live query may be registered without a checksum so that data:fetch can run it,
      // but its answer is read only once someone has reviewed it and recorded its checksum.
      throw new InputError(
        file,
        `raw file for source "${source.id}" has no sha256 in data/sources.json; every file a build reads must have one. ` +
          `Review the file, then set "sha256": "${actual}" in its entry (or remove the file to build without it).`,
      );
    }
    if (actual !== source.sha256) {
      throw new InputError(
        file,
        `checksum mismatch for source "${source.id}": expected sha256 ${source.sha256}, found ${actual}. ` +
          `The file changed upstream or is corrupt; review it and update data/sources.json.`,
      );
    }
    verified.set(source.id, actual);
  }
  return verified;
}
