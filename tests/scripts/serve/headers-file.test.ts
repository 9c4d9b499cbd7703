import { describe, expect, it } from "vitest";
import {
  headersForPath,
  matchingRules,
  parseHeadersFile,
  siteHeaderConflicts,
} from "../../../scripts/serve/headers-file.ts";

const file = "dist/_headers";

describe("parseHeadersFile(text, file)", () => {
  const rules = parseHeadersFile(
    [
      "# comment",
      "/*",
      "  X-Content-Type-Options: nosniff",
      "  Cache-Control: no-cache",
      "  cache-control: no-transform",
      "",
      "/:lang/embed/*",
      "  X-Embed: yes",
      "/_astro/*",
      "\tLink: <https://example.org/a>; rel=preload",
    ].join("\n"),
    file,
  );

  it("reads the rules in order, with their line, lower-case names and joined repeats", () => {
    expect(rules.map((rule) => [rule.pattern, rule.line])).toEqual([
      ["/*", 2],
      ["/:lang/embed/*", 7],
      ["/_astro/*", 9],
    ]);
    expect(Object.fromEntries(rules[0]!.headers)).toEqual({
      "x-content-type-options": "nosniff",
      "cache-control": "no-cache, no-transform",
    });
    expect(rules[2]!.headers.get("link")).toBe("<https://example.org/a>; rel=preload");
  });

  it("matches * across slashes and :name within one segment", () => {
    expect(matchingRules(rules, "/fr/embed/map/").map((rule) => rule.pattern)).toEqual(["/*", "/:lang/embed/*"]);
    expect(matchingRules(rules, "/fr/x/embed/map/").map((rule) => rule.pattern)).toEqual(["/*"]);
    expect(matchingRules(rules, "/_astro/a.b.js").map((rule) => rule.pattern)).toEqual(["/*", "/_astro/*"]);
    expect(matchingRules(rules, "/_astroX/a.js").map((rule) => rule.pattern)).toEqual(["/*"]);
    expect(headersForPath(rules, "/fr/embed/map/").get("x-embed")).toBe("yes");
  });

  it("refuses lines both hosts would not read alike, naming the file and row", () => {
    const error = (text: string) => () => parseHeadersFile(text, file);
    expect(error("  X-A: b")).toThrow("dist/_headers (row 1): a header line comes before any path");
    expect(error("/*\n  ! X-A")).toThrow(
      'dist/_headers (row 2): "! X-A": detaching a header is Cloudflare-only syntax, which Netlify refuses',
    );
    expect(error("/*\n  X-A")).toThrow('dist/_headers (row 2): "X-A" is not a header line "Name: value"');
    expect(error("/*\n  X A: b")).toThrow('dist/_headers (row 2): "X A: b" is not a header line "Name: value"');
    expect(error("https://example.org/*\n  X-A: b")).toThrow(
      'dist/_headers (row 1): "https://example.org/*" is not a path: a rule starts with a path beginning with "/" (absolute URLs are not used)',
    );
    expect(error("/a?b=1\n  X-A: b")).toThrow(
      'dist/_headers (row 1): the path "/a?b=1" has a query, a fragment or a space',
    );
  });
});

describe("siteHeaderConflicts(rules, paths, file)", () => {
  it("names each path that two rules give the same header", () => {
    const rules = parseHeadersFile(
      "/*\n  X-Frame-Options: SAMEORIGIN\n/:lang/embed/*\n  X-Frame-Options: ALLOWALL\n",
      file,
    );
    expect(siteHeaderConflicts(rules, ["/fr/", "/fr/embed/map/"], file)).toEqual([
      'dist/_headers: /fr/embed/map/ gets x-frame-options from "/*" (row 1) and "/:lang/embed/*" (row 3); hosts combine such rules differently: make the patterns exclusive',
    ]);
  });
});
