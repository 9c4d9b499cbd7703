/**
 * Lint: the recommended rule sets of ESLint, typescript-eslint and eslint-plugin-astro, plus the
 * import boundaries of the layout (README "Layout", STYLE "The layout we aim for"):
 * - src/core/ imports nothing of the project outside itself, except the reviewed tables in the
 *   top-level data/reference/ (JSON), and no node:* module (the site's browser code uses it too);
 * - src/lib/ imports neither the browser modules (src/client/) nor the build-only data access
 *   (src/data/) nor node:* modules;
 * - src/client/ imports neither node:* modules nor src/data/;
 * - scripts/ (except the developer tools in scripts/dev/) imports from src/ only src/core/, and the
 *   pipeline does not import the site's HTTP server (scripts/serve/), which imports nothing of src/.
 *
 * The boundaries use the core `no-restricted-imports` rule with regular expressions. A relative
 * specifier only says where it points once the importing file's folder is known, so each boundary
 * is written once per folder depth (`src/lib/*`, `src/lib/*\/*`, …) with the `../` count that leaves
 * that folder spelled out: `../data/x` is src/data from src/lib/, but `../../data/reference/x.json`
 * is the top-level data/reference/. https://eslint.org/docs/latest/rules/no-restricted-imports
 * Only static `import`/`export … from` are checked, not `import()`.
 */
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Deepest folder level under a restricted folder that gets the boundary rules. */
const MAX_DEPTH = 8;

const split = (path) => path.split("/").filter(Boolean);
const startsWith = (path, prefix) => prefix.every((part, i) => path[i] === part);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Regular expressions matching the relative specifiers that, written in a file of `fromDir`,
 * resolve into the folder `target` (both relative to the repository root; "" is the root itself)
 * but not into any of `except`.
 */
export function specifiersInto(fromDir, target, except = []) {
  const from = split(fromDir);
  const into = split(target);
  const outs = except.map(split);
  const regexes = [];
  for (let ups = 0; ups <= from.length; ups++) {
    const base = from.slice(0, from.length - ups);
    if (outs.some((out) => startsWith(base, out))) continue;
    const lead = ups === 0 ? "^\\./(?!\\.\\./)" : `^(?:\\./)?${"\\.\\./".repeat(ups)}(?!\\.\\./)`;
    const below = (path) => escape(path.slice(base.length).join("/"));
    const notOuts = outs
      .filter((out) => startsWith(out, base))
      .map((out) => `(?!${below(out)}(?:/|$))`)
      .join("");
    if (startsWith(base, into)) regexes.push(`${lead}${notOuts}`);
    else if (startsWith(into, base)) regexes.push(`${lead}${notOuts}${below(into)}(?:/|$)`);
  }
  // Above the repository root: outside the project whatever the target.
  if (into.length === 0) regexes.push(`^(?:\\./)?${"\\.\\./".repeat(from.length + 1)}`);
  return regexes;
}

/** A `no-restricted-imports` pattern per regular expression, all with the same message. */
const restrict = (regexes, message) => regexes.map((regex) => ({ regex, message, caseSensitive: true }));

const NODE_MODULES = { regex: "^node:", message: "node:* modules are for the build and the pipeline only." };

/**
 * One config object per folder depth under `folder`, each restricting imports with the patterns
 * that `patternsFor(dir)` gives for files of that folder. The `<script>` blocks of an .astro file
 * are linted as virtual files under its name (`X.astro/0_0.ts`), one level deeper than the file:
 * they belong to the .astro file's depth, not to the next one.
 */
function boundary(name, folder, patternsFor, ignores = []) {
  const at = (depth) => [folder, ...Array.from({ length: depth }, () => "*")].join("/");
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const dir = [folder, ...Array.from({ length: depth }, (_, i) => `d${i}`)].join("/");
    return {
      name: `boundaries/${name}/depth-${depth}`,
      files: [`${at(depth)}/*`, `${at(depth)}/*.astro/*`],
      ignores: depth === 0 ? ignores : [...ignores, `${at(depth - 1)}/*.astro/*`],
      rules: { "no-restricted-imports": ["error", { patterns: patternsFor(dir) }] },
    };
  });
}

export default defineConfig(
  globalIgnores([
    "dist/",
    ".astro/",
    "public/data/",
    ".pipeline-staging/",
    "bench-results/",
    "test-results/",
    "coverage/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    name: "project/unused-vars",
    // As TypeScript's noUnusedLocals: `_`-prefixed names and the siblings of a rest element
    // (`const { dropped, ...kept } = row`) are intentional.
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: "project/node-globals",
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: globals.node },
  },

  ...boundary("core", "src/core", (dir) => [
    ...restrict(
      specifiersInto(dir, "", ["src/core", "data/reference"]),
      "src/core imports nothing of the project outside src/core (JSON from the top-level data/reference/ excepted).",
    ),
    NODE_MODULES,
  ]),
  ...boundary("lib", "src/lib", (dir) => [
    ...restrict(specifiersInto(dir, "src/client"), "src/lib may not import the browser modules of src/client."),
    ...restrict(
      specifiersInto(dir, "src/data"),
      "src/lib may not import the build-only data access of src/data: pass the data in, or move the code there.",
    ),
    NODE_MODULES,
  ]),
  ...boundary("client", "src/client", (dir) => [
    ...restrict(specifiersInto(dir, "src/data"), "src/client may not import the build-only data access of src/data."),
    { ...NODE_MODULES, message: "src/client runs in the browser: no node:* module." },
  ]),
  ...boundary(
    "scripts",
    "scripts",
    (dir) => [
      ...restrict(
        specifiersInto(dir, "src", ["src/core"]),
        "The pipeline imports from src/ only the shared vocabulary of src/core (developer tools go in scripts/dev).",
      ),
      ...restrict(
        specifiersInto(dir, "scripts/serve"),
        "The pipeline does not import the site's HTTP server (scripts/serve serves the build, after the pipeline).",
      ),
    ],
    ["scripts/dev/**", "scripts/serve/**"],
  ),
  ...boundary("serve", "scripts/serve", (dir) =>
    restrict(specifiersInto(dir, "src"), "The site's HTTP server serves the build: it imports nothing of src/."),
  ),
);
