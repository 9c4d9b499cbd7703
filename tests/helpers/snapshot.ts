/**
 * Deterministic picture tests, in the manner of Observable Plot: a renderer's SVG is compared
 * byte for byte with a stored file. A missing file is written only when UPDATE_SNAPSHOTS=1; a
 * changed picture is written beside the stored one as `<name>-changed.svg`, so that a reviewer
 * can open or diff both (those files are ignored by git).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "output");

const shown = (path: string) => relative(process.cwd(), path) || path;

/** `extension` is "svg" for pictures; "html" for markup that is not one (a legend list). */
export function expectSnapshot(name: string, svg: string, dir = SNAPSHOT_DIR, extension = "svg"): void {
  const stored = join(dir, `${name}.${extension}`);
  const changed = join(dir, `${name}-changed.${extension}`);
  if (!existsSync(stored)) {
    if (process.env.UPDATE_SNAPSHOTS === "1") {
      mkdirSync(dirname(stored), { recursive: true });
      writeFileSync(stored, svg);
      rmSync(changed, { force: true });
      return;
    }
    throw new Error(`No stored snapshot ${shown(stored)}: run the test with UPDATE_SNAPSHOTS=1 to create it, then review and commit it.`);
  }
  if (readFileSync(stored, "utf8") === svg) {
    rmSync(changed, { force: true });
    return;
  }
  mkdirSync(dirname(changed), { recursive: true });
  writeFileSync(changed, svg);
  throw new Error(
    `Snapshot ${name} changed: compare ${shown(stored)} with ${shown(changed)}. ` +
      `If the change is intended, replace the stored file with the changed one (or delete it and run with UPDATE_SNAPSHOTS=1).`,
  );
}
