import { existsSync } from "node:fs";
import { InputError } from "../lib/errors.ts";
import { sha256File } from "../lib/hash.ts";
import { findRawFile } from "../lib/paths.ts";
import type { Source } from "./registry.ts";

/**
 * Checks every input against the registry before any stage reads it, so that a
 * changed upstream file stops the run instead of silently changing published numbers.
 */
export async function verifyChecksums(sources: readonly Source[], rawDirs: readonly string[]): Promise<void> {
  for (const source of sources) {
    const file = findRawFile(rawDirs, source.path);
    if (!existsSync(file)) {
      throw new InputError(file, `raw file for source "${source.id}" is missing (run \`npm run data:fetch\` or set OBS_RAW_DIR)`);
    }
    const actual = await sha256File(file);
    if (actual !== source.sha256) {
      throw new InputError(
        file,
        `checksum mismatch for source "${source.id}": expected sha256 ${source.sha256}, found ${actual}. ` +
          `The file changed upstream or is corrupt; review it and update data/sources.json.`,
      );
    }
  }
}
