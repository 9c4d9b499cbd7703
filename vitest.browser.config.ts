import { defineConfig } from "vitest/config";

// Playwright (playwright-core + Debian's chromium) against the built site served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/serve-built-site.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "UTC" },
  },
});
