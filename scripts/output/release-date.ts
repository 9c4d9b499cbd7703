import { execFileSync } from "node:child_process";

/**
 * The date of this data release (YYYY-MM-DD, UTC), written into the manifest so that citations
 * can give it. It must not be the build's clock (same inputs → byte-identical outputs), so it is,
 * as for reproducible builds, SOURCE_DATE_EPOCH when set (https://reproducible-builds.org/specs/source-date-epoch/),
 * else the commit date of the checked-out code; null when neither is known (a copy without git).
 */
export function releaseDate(env: NodeJS.ProcessEnv, cwd: string): string | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch))
      throw new Error(`SOURCE_DATE_EPOCH: "${epoch}" is not a whole number of seconds since 1970-01-01 UTC`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  try {
    const seconds = execFileSync("git", ["log", "-1", "--format=%ct"], { cwd, encoding: "utf8", stdio: "pipe" }).trim();
    return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : null;
  } catch {
    return null;
  }
}
