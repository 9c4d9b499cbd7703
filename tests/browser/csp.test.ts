import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths.ts";
import { urlPaths } from "../../scripts/serve/site-headers.ts";
import { launchBrowser, openPage } from "./browser.ts";
import { PAGE_TYPES } from "./page-types.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("Content-Security-Policy", () => {
  it("blocks inline scripts and requests to third-party hosts", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}/en/`, { bypassCSP: false });
    // The page's own scripts and styles pass the policy: a violation would be a console error.
    expect(errors).toEqual([]);
    // Another origin on this machine: without the CSP the request would be sent (and refused);
    // with it, the browser never sends it and reports a policy violation.
    const blocked = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) =>
          resolve(`${event.effectiveDirective} ${event.blockedURI}`),
        ),
      );
      await fetch("http://127.0.0.1:9/tile.png").catch(() => undefined);
      return reported;
    });
    expect(blocked).toBe("connect-src http://127.0.0.1:9/tile.png");
    await expect(page.addScriptTag({ content: "window.injected = true" })).rejects.toThrow(/Content Security Policy/);
    await page.close();
  });
});

/** One page of every type, and the explorer's lines and index: each loads its own group of scripts (astro.config.mjs). */
const SCRIPT_PAGES = [...PAGE_TYPES, "?tab=chart&chart=lines", "indicators/"];

describe("every page type's scripts", () => {
  // A script of one page that runs on another (a shared chunk's side effect) throws there: the
  // workspace once stopped at "the page has no #tools-messages messages".
  it.each(SCRIPT_PAGES)("/nl/%s runs without an error or a policy violation", async (path) => {
    const { page, errors } = await openPage(browser, `${baseUrl}/nl/${path}`, { bypassCSP: false });
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A server on another origin of this machine, counting the requests it receives. */
async function otherOrigin(html = ""): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    // Readable by any page: only the requester's own policy can stop a request here.
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Access-Control-Allow-Origin": "*" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("Content-Security-Policy as a header", () => {
  it("covers the pages and the DuckDB worker script, with the policy of the pages' meta tag", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}/en/query/`, { bypassCSP: false });
    const workerScript = page.waitForResponse((response) =>
      /duckdb-browser-\w+\.worker\.[^/]*\.js$/.test(response.url()),
    );
    const document = await page.request.get(`${baseUrl}/en/query/`);
    const policy = document.headers()["content-security-policy"];
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:\/\//);
    expect((await workerScript).headers()["content-security-policy"]).toBe(policy);
    // Hosts that drop headers still apply the meta tag's copy of the same policy.
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")).toBe(policy);
    expect(document.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "cross-origin-opener-policy": "same-origin",
      "x-frame-options": "SAMEORIGIN",
    });
    // DuckDB starts under the header's policy, without a violation or console error.
    await page.waitForSelector("[data-query-schema] details", { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the DuckDB worker from fetching another origin", async () => {
    const other = await otherOrigin();
    try {
      const { page } = await openPage(browser, `${baseUrl}/en/query/`, { bypassCSP: false });
      await page.waitForSelector("[data-query-schema] details", { timeout: 30_000 });
      const worker = page.workers().find((candidate) => /duckdb-browser-\w+\.worker\./.test(candidate.url()));
      expect(worker?.url()).toMatch(new RegExp(`^${baseUrl}/_astro/`));
      const outcome = await worker!.evaluate(async (url) => {
        const violation = new Promise<string>((resolve) =>
          self.addEventListener("securitypolicyviolation", (event) =>
            resolve(`${event.effectiveDirective} ${event.blockedURI}`),
          ),
        );
        const fetched = await fetch(url).then(
          (response) => `fetched ${response.status}`,
          () => "refused",
        );
        return [fetched, await Promise.race([violation, new Promise((resolve) => setTimeout(resolve, 2000, "none"))])];
      }, `${other.url}/probe`);
      expect(outcome).toEqual(["refused", `connect-src ${other.url}/probe`]);
      expect(other.hits).toEqual([]);
      await page.close();
    } finally {
      await other.close();
    }
  });

  it("lets another site frame the embed pages, and not the others", async () => {
    const other = await otherOrigin(
      `<!doctype html><iframe name="embed" src="${baseUrl}/en/embed/map/"></iframe>` +
        `<iframe name="query" src="${baseUrl}/en/query/"></iframe>`,
    );
    try {
      const page = await browser.newPage();
      await page.goto(`${other.url}/report.html`);
      await expect.poll(() => page.frame("embed")?.locator("main").count(), { timeout: 10_000 }).toBe(1);
      // A refused frame shows the browser's error page instead of the document.
      await expect.poll(() => page.frame("query")?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
      await page.close();
    } finally {
      await other.close();
    }
  });

  it("gives every built page other than /{lang}/embed/ X-Frame-Options, and all of them the policy", async () => {
    const dist = process.env.OBS_DIST_DIR ?? join(projectRoot, "dist");
    const pages = urlPaths(dist).filter((path) => path.endsWith("/") && existsSync(join(dist, path, "index.html")));
    expect(pages.length).toBeGreaterThan(100);
    const unframed: string[] = [];
    const wrong: string[] = [];
    for (let i = 0; i < pages.length; i += 32) {
      await Promise.all(
        pages.slice(i, i + 32).map(async (path) => {
          const response = await fetch(`${baseUrl}${path}`, { method: "HEAD" });
          const embed = /^\/[a-z]{2}\/embed\//.test(path);
          if (!response.headers.get("content-security-policy")?.includes("connect-src 'self'")) wrong.push(path);
          if (response.headers.get("x-frame-options") !== (embed ? null : "SAMEORIGIN")) unframed.push(path);
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(unframed).toEqual([]);
  });
});
