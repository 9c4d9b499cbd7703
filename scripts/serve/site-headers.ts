/**
 * Loads the `_headers` file of a built site and checks it against the build's own paths, so
 * that the server refuses to start on rules that hosts would apply differently.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHeadersFile, siteHeaderConflicts, type HeaderRule } from "./headers-file.ts";

export const HEADERS_FILE = "_headers";

export function loadSiteHeaders(root: string): HeaderRule[] {
  const file = join(root, HEADERS_FILE);
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: the site's security headers come from public/${HEADERS_FILE}, which the build copies; build the site again`,
    );
  const rules = parseHeadersFile(readFileSync(file, "utf8"), file);
  const conflicts = siteHeaderConflicts(rules, urlPaths(root), file);
  if (conflicts.length > 0) throw new Error(conflicts.slice(0, 5).join("\n"));
  return rules;
}

/** Every URL path of the files under `root` ("/a/b.js"), and of its folders ("/a/"). */
export function urlPaths(root: string, prefix = "/"): string[] {
  const paths = prefix === "/" ? ["/"] : [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    if (/\.(br|gz)$/.test(entry.name)) continue;
    if (entry.isDirectory()) {
      paths.push(`${prefix}${entry.name}/`, ...urlPaths(root, `${prefix}${entry.name}/`));
    } else paths.push(`${prefix}${entry.name}`);
  }
  return paths;
}
