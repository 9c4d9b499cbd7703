import { defineConfig } from "vitest/config";

/** Lines a folder's tests must run, as a share of its code (aggregated over the folder's files). */
const LINES = 80;

// Unit and pipeline tests; the browser tests have their own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "UTC" },
    // Enabled by `--coverage` (npm run test:unit): the pipeline, the site's isomorphic code and the
    // shared vocabulary must each keep 80 % of their lines tested. Files no test loads count as 0 %.
    // https://vitest.dev/config/coverage
    coverage: {
      provider: "v8",
      include: ["scripts/**/*.ts", "src/lib/**/*.ts", "src/core/**/*.ts"],
      exclude: ["scripts/dev/**", "**/types/**", "**/*.d.ts"],
      reporter: ["text-summary", ["text", { skipFull: true }], "json-summary"],
      thresholds: {
        "scripts/**": { lines: LINES },
        "src/lib/**": { lines: LINES },
        "src/core/**": { lines: LINES },
      },
    },
  },
});
