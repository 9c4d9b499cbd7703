import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Runs `build` against a fresh staging folder beside `outDir` and swaps it in only if the
 * whole build succeeded, so that a failed run leaves the previous outputs untouched.
 */
export async function publishAtomically<T>(outDir: string, build: (stagingDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}.staging`);
  const previous = join(parent, `.${basename(outDir)}.previous`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  let result: T;
  try {
    result = await build(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return result;
}
