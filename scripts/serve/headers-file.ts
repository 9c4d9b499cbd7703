/**
 * The site's `_headers` file (public/_headers, copied into the build): the response headers a
 * host sends, in the syntax Netlify and Cloudflare Pages read from the published folder.
 * https://docs.netlify.com/manage/routing/headers/ and
 * https://developers.cloudflare.com/pages/configuration/headers/
 *
 * The local server applies the same file, so that what a real host sends and what the tests
 * see cannot drift. Only the syntax both hosts read alike is accepted:
 * - a rule is a path pattern at the start of a line (`*` matches anything, slashes included;
 *   `:name` matches one path segment), followed by indented `Name: value` lines;
 * - no rule may set a header that another rule matching the same path sets: Netlify keeps the
 *   later value and Cloudflare joins both with a comma, so an overlap would mean different
 *   headers on each (for a Content-Security-Policy, two policies both enforced).
 *   `siteHeaderConflicts` finds overlaps on the files of a build.
 */
import { InputError } from "../lib/errors.ts";

export interface HeaderRule {
  /** The path pattern as written. */
  pattern: string;
  /** Its line in the file (1-based). */
  line: number;
  /** Header names in lower case, each with its value (several lines of one name are joined with ", "). */
  headers: Map<string, string>;
  regex: RegExp;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseHeadersFile(text: string, file: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const row = index + 1;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const fail = (problem: string) => new InputError(file, problem, { row });
    if (!/^\s/.test(raw)) {
      if (!line.startsWith("/"))
        throw fail(
          `"${line}" is not a path: a rule starts with a path beginning with "/" (absolute URLs are not used)`,
        );
      if (/[?#\s]/.test(line)) throw fail(`the path "${line}" has a query, a fragment or a space`);
      rules.push({ pattern: line, line: row, headers: new Map(), regex: patternRegex(line) });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw fail("a header line comes before any path");
    if (line.startsWith("!"))
      throw fail(`"${line}": detaching a header is Cloudflare-only syntax, which Netlify refuses`);
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!TOKEN.test(name) || value === "") throw fail(`"${line}" is not a header line "Name: value"`);
    const key = name.toLowerCase();
    const previous = rule.headers.get(key);
    rule.headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
  });
  return rules;
}

/** `*` → anything (slashes included), `:name` → one segment, everything else literal. */
function patternRegex(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":")) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** The rules whose pattern matches `path` (a URL path, percent-decoded), in file order. */
export function matchingRules(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => rule.regex.test(path));
}

/** The headers `_headers` gives `path`, lower-case names. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of matchingRules(rules, path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return headers;
}

/**
 * For each URL path given (the files of a build, and its folders with their trailing slash),
 * the headers set by more than one matching rule, as messages naming the path, the header and
 * the rules' lines.
 */
export function siteHeaderConflicts(rules: readonly HeaderRule[], paths: Iterable<string>, file: string): string[] {
  const conflicts: string[] = [];
  for (const path of paths) {
    const setBy = new Map<string, HeaderRule[]>();
    for (const rule of matchingRules(rules, path))
      for (const name of rule.headers.keys()) setBy.set(name, [...(setBy.get(name) ?? []), rule]);
    for (const [name, by] of setBy)
      if (by.length > 1)
        conflicts.push(
          `${file}: ${path} gets ${name} from ${by.map((rule) => `"${rule.pattern}" (row ${rule.line})`).join(" and ")}; ` +
            "hosts combine such rules differently: make the patterns exclusive",
        );
  }
  return conflicts;
}
