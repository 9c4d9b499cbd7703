import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { sha256 } from "../lib/hash.ts";
import { MANIFEST_FILE } from "./manifest.ts";

/**
 * Atomic publication without a gap. Every build is written into its own folder under
 * `<parent>/.<name>-versions/` and `outDir` (public/data) is a symbolic link to the served one.
 * A new build becomes visible in one rename(2) of a fresh link over the old one, so a reader (or a
 * crash) never sees the served folder missing or half written:
 *
 *   .data-versions/<id>.staging/  written by the build; removed if the build fails
 *   .data-versions/<id>/          the same folder renamed once complete (a complete version)
 *   .data-versions/.link-<id>     a new link to it, renamed over `data`: the only visible step
 *
 * The served version and the one served before it are kept; older ones are removed.
 */

/** Crash windows of a publication, in order; a test hook can fail at any of them. */
export type PublicationStep = "built" | "versioned" | "swapped";

export interface PublishOptions {
  /** Called after each step (tests inject a crash here). */
  afterStep?: (step: PublicationStep) => void;
}

const STAGING_SUFFIX = ".staging";
const LINK_PREFIX = ".link-";

export function versionsDirOf(outDir: string): string {
  return resolve(dirname(outDir), `.${basename(outDir)}-versions`);
}

/**
 * Runs `build` against a fresh staging folder and, only if the whole build succeeded, makes it the
 * served version in one atomic rename. A failed build leaves the served version untouched.
 */
export async function publishAtomically<T>(
  outDir: string,
  build: (stagingDir: string) => Promise<T>,
  options: PublishOptions = {},
): Promise<T> {
  repairPublication(outDir);
  const versions = versionsDirOf(outDir);
  const id = newVersionId(versions);
  const staging = join(versions, `${id}${STAGING_SUFFIX}`);
  mkdirSync(staging);
  let result: T;
  try {
    result = await build(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  options.afterStep?.("built");
  renameSync(staging, join(versions, id));
  options.afterStep?.("versioned");
  const previous = servedVersion(outDir);
  swapLink(outDir, id);
  options.afterStep?.("swapped");
  prune(versions, [id, ...(previous ? [previous] : [])]);
  return result;
}

/**
 * Brings whatever a crashed or older run left into the versioned layout, so that the next run and
 * the site start from a served, complete folder (or from none at all, never from a broken one):
 * stale staging folders and temporary links are removed; a real folder at `outDir` (the layout
 * before versioning) becomes a version; a missing or dangling link points again at the newest
 * complete version. Returns what it repaired, for the log.
 */
export function repairPublication(outDir: string): string[] {
  const repairs: string[] = [];
  const versions = versionsDirOf(outDir);
  mkdirSync(versions, { recursive: true });
  repairs.push(...removeLegacyLeftovers(outDir));
  for (const entry of readdirSync(versions).sort()) {
    if (entry.endsWith(STAGING_SUFFIX) || entry.startsWith(LINK_PREFIX)) {
      rmSync(join(versions, entry), { recursive: true, force: true });
      repairs.push(`removed ${join(versions, entry)}, left by an interrupted run`);
    }
  }
  const kind = entryKind(outDir);
  if (kind === "directory") {
    // One rename then one link: the only gap of the layout, taken once, and a crash inside it is
    // repaired by the "missing" case below on the next run.
    const id = newVersionId(versions);
    renameSync(outDir, join(versions, id));
    swapLink(outDir, id);
    repairs.push(`moved the outputs in ${outDir} to ${join(versions, id)} and linked ${outDir} to it`);
  } else if (kind === "other") {
    throw new Error(`${outDir} is neither a folder nor a link to one: move it away, then run the pipeline again`);
  } else if (kind === "missing" || !existsSync(outDir)) {
    const newest = completeVersions(versions).at(-1);
    if (newest) {
      swapLink(outDir, newest);
      repairs.push(`linked ${outDir} again to the newest complete build ${join(versions, newest)}`);
    } else if (kind === "link") {
      rmSync(outDir, { force: true });
      repairs.push(`removed ${outDir}, a link to a build that no longer exists`);
    }
  }
  return repairs;
}

/**
 * What `outDir` serves right now, in words, for the message of a failed run: which build (its
 * publication time and the checksum of its manifest), or that there are no previous outputs.
 */
export function describeServed(outDir: string): string {
  if (!existsSync(outDir)) return `no previous outputs exist (${outDir} is absent)`;
  if (!statSync(outDir).isDirectory()) return `no previous outputs exist (${outDir} is not a folder)`;
  const manifest = join(outDir, MANIFEST_FILE);
  const hash = existsSync(manifest)
    ? `${MANIFEST_FILE} sha256 ${sha256(readFileSync(manifest)).slice(0, 12)}`
    : `no ${MANIFEST_FILE}`;
  const version = servedVersion(outDir);
  if (!version) return `${outDir} still serves the outputs already there (${hash})`;
  return `${outDir} still serves the build published ${publishedAt(version)} (${hash})`;
}

/** The version folder name `outDir` links to, or null when it is not a link into the versions folder. */
export function servedVersion(outDir: string): string | null {
  if (entryKind(outDir) !== "link") return null;
  const target = resolve(dirname(outDir), readlinkSync(outDir));
  return dirname(target) === versionsDirOf(outDir) ? basename(target) : null;
}

/**
 * Sortable by time, then by a sequence number within the same millisecond: "2026-12-06T21-05-03-123Z-001".
 * The newest complete version is the last name in sort order, so two builds in one millisecond must
 * not be told apart by chance.
 */
function newVersionId(versions: string): string {
  const time = new Date().toISOString().replace(/[:.]/g, "-");
  const sequences = readdirSync(versions)
    .map((name) => (name.startsWith(LINK_PREFIX) ? name.slice(LINK_PREFIX.length) : name))
    .filter((name) => name.startsWith(`${time}-`))
    .map((name) => Number.parseInt(name.slice(time.length + 1, time.length + 4), 10));
  return `${time}-${String(Math.max(0, ...sequences) + 1).padStart(3, "0")}`;
}

function publishedAt(version: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(version);
  return match ? `${match[1]} ${match[2]}:${match[3]}:${match[4]} UTC` : version;
}

/** A new relative link, renamed over `outDir` (rename(2) replaces a link atomically). */
function swapLink(outDir: string, version: string): void {
  const versions = versionsDirOf(outDir);
  const temporary = join(versions, `${LINK_PREFIX}${version}`);
  rmSync(temporary, { force: true });
  symlinkSync(relative(dirname(outDir), join(versions, version)), temporary, "dir");
  renameSync(temporary, outDir);
}

/** Complete versions, oldest first (their names sort by time). */
function completeVersions(versions: string): string[] {
  return readdirSync(versions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !entry.name.endsWith(STAGING_SUFFIX))
    .map((entry) => entry.name)
    .sort();
}

function prune(versions: string, keep: string[]): void {
  for (const version of completeVersions(versions)) {
    if (!keep.includes(version)) rmSync(join(versions, version), { recursive: true, force: true });
  }
}

/** The staging and previous folders of the layout before versioning (a crash could leave either). */
function removeLegacyLeftovers(outDir: string): string[] {
  const repairs: string[] = [];
  const parent = dirname(outDir);
  const staging = join(parent, `.${basename(outDir)}.staging`);
  const previous = join(parent, `.${basename(outDir)}.previous`);
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    repairs.push(`removed ${staging}, left by an interrupted run`);
  }
  if (existsSync(previous)) {
    if (entryKind(outDir) === "missing") {
      // The old layout crashed between its two renames: the previous outputs are the served ones.
      renameSync(previous, outDir);
      repairs.push(`restored ${outDir} from ${previous}`);
    } else {
      rmSync(previous, { recursive: true, force: true });
      repairs.push(`removed ${previous}, left by an interrupted run`);
    }
  }
  return repairs;
}

function entryKind(path: string): "missing" | "link" | "directory" | "other" {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? "link" : stat.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}
