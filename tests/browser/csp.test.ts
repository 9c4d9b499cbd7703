import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

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
