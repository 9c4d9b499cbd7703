import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";

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
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") violations.push(message.text());
    });
    await page.goto(`${baseUrl}/en/`);
    expect(violations).toEqual([]);
    // Another origin on this machine: without the CSP the request would be sent (and refused);
    // with it, the browser never sends it and reports a policy violation.
    const blocked = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(`${event.effectiveDirective} ${event.blockedURI}`)),
      );
      await fetch("http://127.0.0.1:9/tile.png").catch(() => undefined);
      return reported;
    });
    expect(blocked).toBe("connect-src http://127.0.0.1:9/tile.png");
    await expect(page.addScriptTag({ content: "window.injected = true" })).rejects.toThrow(/Content Security Policy/);
    await page.close();
  });
});
