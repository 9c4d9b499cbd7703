import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/paths.ts";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "serve-site-"));
  mkdirSync(join(root, "fr"));
  writeFileSync(join(root, "fr", "index.html"), "<!doctype html><title>Accueil</title>");
  writeFileSync(join(root, "_headers"), readFileSync(join(projectRoot, "public", "_headers")));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("npm start", () => {
  it("builds, then serves dist/ with the site server on 127.0.0.1:4321", () => {
    const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts;
    expect(scripts.start).toBe("npm run build && npm run serve");
    expect(scripts.serve).toBe("tsx scripts/serve/serve-site.ts dist --host 127.0.0.1 --port 4321");
  });
});

describe("scripts/serve/serve-site.ts [folder] --host --port", () => {
  it("serves the folder with its _headers until stopped", async () => {
    const child = spawn(
      join(projectRoot, "node_modules", ".bin", "tsx"),
      [join(projectRoot, "scripts", "serve", "serve-site.ts"), root, "--port", "0"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const baseUrl = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString())?.[1];
          if (url) resolve(url);
        });
        child.once("exit", (code) => reject(new Error(`serve-site.ts exited with ${code}`)));
      });
      const response = await fetch(`${baseUrl}/fr/`);
      expect([response.status, await response.text()]).toEqual([200, "<!doctype html><title>Accueil</title>"]);
      expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
