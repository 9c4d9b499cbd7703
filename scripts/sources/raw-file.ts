import { lstatSync, statSync, type Stats } from "node:fs";
import { InputError } from "../lib/errors.ts";

/**
 * True when something is at `path`, even a link that leads nowhere: such a path must be
 * reported for what it is (see checkRegularFile), not as a missing file.
 */
export function pathEntryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a raw path that is not a regular file, from its metadata alone: opening a named pipe
 * blocks until a writer comes, and /dev/zero never ends, so neither may be read to find out.
 * A symbolic link to a regular file is accepted (the raw fixtures and mirrors use them).
 */
export function checkRegularFile(path: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new InputError(path, unreachable(path, (error as NodeJS.ErrnoException).code));
  }
  if (stats.isFile()) return;
  throw new InputError(path, `is ${kindOf(stats)}, not a regular file: refused without reading it`);
}

function unreachable(path: string, code: string | undefined): string {
  if (code === "ELOOP") return "is a symbolic link loop: refused without reading it";
  if (code === "ENOENT" && pathEntryExists(path)) return "is a symbolic link to a file that does not exist";
  if (code === "ENOENT") return "does not exist";
  if (code === "EACCES") return "cannot be read: permission denied";
  return `cannot be examined (${code ?? "unknown error"})`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}
