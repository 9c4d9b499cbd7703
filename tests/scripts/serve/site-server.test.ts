import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../../scripts/lib/paths.ts";
import {
  acceptedEncodings,
  preferredCoding,
  startSiteServer,
  type SiteServer,
} from "../../../scripts/serve/site-server.ts";

/** A purpose-built site, with the real public/_headers the site ships. */
let root: string;
let site: SiteServer;
const database = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251));
const worker = `self.onmessage = () => fetch("/data/observatory.duckdb");\n`.repeat(40);
const shippedHeaders = readFileSync(join(projectRoot, "public", "_headers"), "utf8");
const policy = /^\s+Content-Security-Policy: (.*)$/m.exec(shippedHeaders)![1]!;

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "site-server-"));
  write("_headers", shippedHeaders);
  write("fr/query/index.html", "<!doctype html><title>Requêtes</title>");
  write("fr/embed/map/index.html", "<!doctype html><title>Carte</title>");
  write("404.html", "<!doctype html><title>Introuvable</title>");
  write("_astro/duckdb-browser-eh.worker.abc.js", worker);
  write("_astro/duckdb-browser-eh.worker.abc.js.br", brotliCompressSync(worker));
  write("_astro/duckdb-browser-eh.worker.abc.js.gz", gzipSync(worker));
  write("_astro/duckdb-eh.abc.wasm", Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  write("data/observatory.duckdb", database);
  // A stale or mistaken compressed copy of the database is never sent.
  write("data/observatory.duckdb.gz", gzipSync(database));
  write("data/large.bin", Buffer.alloc(16 * 1024 * 1024));
  write(".env", "SECRET=1");
  writeFileSync(join(tmpdir(), "site-server-outside.txt"), "outside");
  symlinkSync(join(tmpdir(), "site-server-outside.txt"), join(root, "fr", "outside.txt"));
  site = await startSiteServer(root);
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path is sent as written (no dot-segment removal), no decoding of the body. */
function request(path: string, headers: OutgoingHttpHeaders = {}, method = "GET"): Promise<Answer> {
  const { hostname, port } = new URL(site.baseUrl);
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ hostname, port, path, method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    sent.on("error", reject);
    sent.end();
  });
}

const DB = "/data/observatory.duckdb";

describe("startSiteServer(root): ranges over two browser sessions", () => {
  it("serves a second session's revalidated ranges as a browser cache expects (astro preview answered 416)", async () => {
    // First session, as DuckDB-WASM asks: the first byte (size probe), then pages.
    const probe = await request(DB, { Range: "bytes=0-0", "Accept-Encoding": "identity" });
    expect([probe.status, probe.headers["content-range"], probe.body.length]).toEqual([206, "bytes 0-0/100000", 1]);
    const page = await request(DB, { Range: "bytes=0-16383", "Accept-Encoding": "identity" });
    expect(page.status).toBe(206);
    expect(page.body.equals(database.subarray(0, 16384))).toBe(true);
    const { etag, "last-modified": lastModified } = page.headers;
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(probe.headers.etag).toBe(etag);

    // Second session: Chrome revalidates the ranges it cached, and asks new ones.
    const revalidated = await request(DB, {
      Range: "bytes=0-0",
      "If-None-Match": etag,
      "If-Modified-Since": lastModified,
      "Accept-Encoding": "identity",
    });
    expect([revalidated.status, revalidated.body.length]).toEqual([304, 0]);
    for (const conditions of [{ "If-None-Match": '"0-0"' }, { "If-Range": etag }, { "If-Range": lastModified }, {}]) {
      const later = await request(DB, { Range: "bytes=57344-73727", ...conditions, "Accept-Encoding": "identity" });
      expect([later.status, later.headers["content-range"]], JSON.stringify(conditions)).toEqual([
        206,
        "bytes 57344-73727/100000",
      ]);
      expect(later.body.equals(database.subarray(57344, 73728))).toBe(true);
    }
    // A cache holding another build's bytes gets the whole current file, never a splice.
    const stale = await request(DB, { Range: "bytes=57344-73727", "If-Range": '"0-0"' });
    expect([stale.status, stale.body.length]).toEqual([200, 100_000]);
  });

  it("serves suffix ranges, clamps ends past the file, and answers 416 only from the end of the file", async () => {
    const suffix = await request(DB, { Range: "bytes=-500" });
    expect([suffix.status, suffix.headers["content-range"]]).toEqual([206, "bytes 99500-99999/100000"]);
    expect(suffix.body.equals(database.subarray(99500))).toBe(true);
    const last = await request(DB, { Range: "bytes=99999-200000" });
    expect([last.status, last.headers["content-range"], last.body.length]).toEqual([
      206,
      "bytes 99999-99999/100000",
      1,
    ]);
    const past = await request(DB, { Range: "bytes=100000-" });
    expect([past.status, past.headers["content-range"]]).toEqual([416, "bytes */100000"]);
    const several = await request(DB, { Range: "bytes=0-1,5-6" });
    expect([several.status, several.body.length]).toEqual([200, 100_000]);
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const head = await request(DB, {}, "HEAD");
    expect([head.status, head.headers["content-length"], head.headers["accept-ranges"], head.body.length]).toEqual([
      200,
      "100000",
      "bytes",
      0,
    ]);
    const ranged = await request(DB, { Range: "bytes=10-19" }, "HEAD");
    expect([ranged.status, ranged.headers["content-length"], ranged.headers["content-range"]]).toEqual([
      206,
      "10",
      "bytes 10-19/100000",
    ]);
  });

  it("never sends the database compressed, even when a compressed copy exists and is accepted", async () => {
    const whole = await request(DB, { "Accept-Encoding": "gzip, br" });
    expect([whole.status, whole.headers["content-encoding"], whole.body.length]).toEqual([200, undefined, 100_000]);
  });
});

describe("startSiteServer(root): types, validators, compression, caching", () => {
  it("sends WebAssembly as application/wasm and pages as UTF-8 HTML", async () => {
    expect((await request("/_astro/duckdb-eh.abc.wasm")).headers["content-type"]).toBe("application/wasm");
    const page = await request("/fr/query/");
    expect([page.status, page.headers["content-type"]]).toEqual([200, "text/html; charset=utf-8"]);
  });

  it("answers 304 to a cached page that is current", async () => {
    const first = await request("/fr/query/");
    expect((await request("/fr/query/", { "If-None-Match": first.headers.etag })).status).toBe(304);
    expect((await request("/fr/query/", { "If-Modified-Since": first.headers["last-modified"] })).status).toBe(304);
    expect((await request("/fr/query/", { "If-None-Match": '"other"' })).status).toBe(200);
  });

  it("sends the Brotli or gzip copy when accepted, with its own ETag, and the original to a range request", async () => {
    const path = "/_astro/duckdb-browser-eh.worker.abc.js";
    const br = await request(path, { "Accept-Encoding": "gzip, deflate, br" });
    expect([br.headers["content-encoding"], br.headers.vary, br.headers["content-type"]]).toEqual([
      "br",
      "Accept-Encoding",
      "text/javascript; charset=utf-8",
    ]);
    expect(br.body.equals(brotliCompressSync(worker))).toBe(true);
    const gz = await request(path, { "Accept-Encoding": "gzip;q=1, br;q=0" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await request(path, { "Accept-Encoding": "identity" });
    expect([plain.headers["content-encoding"], plain.body.toString()]).toEqual([undefined, worker]);
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
    const ranged = await request(path, { "Accept-Encoding": "br", Range: "bytes=0-9" });
    expect([ranged.status, ranged.headers["content-encoding"], ranged.body.toString()]).toEqual([
      206,
      undefined,
      worker.slice(0, 10),
    ]);
  });

  it("gives a compressed copy its own length, on GET, HEAD and a revalidation, and varies the original too", async () => {
    const path = "/_astro/duckdb-browser-eh.worker.abc.js";
    const brLength = brotliCompressSync(worker).length;
    const br = await request(path, { "Accept-Encoding": "br" });
    expect([br.status, Number(br.headers["content-length"]), br.body.length]).toEqual([200, brLength, brLength]);
    const head = await request(path, { "Accept-Encoding": "br" }, "HEAD");
    expect([head.headers["content-encoding"], Number(head.headers["content-length"]), head.body.length]).toEqual([
      "br",
      brLength,
      0,
    ]);
    const again = await request(path, { "Accept-Encoding": "br", "If-None-Match": br.headers.etag });
    expect([again.status, again.headers.vary, again.headers["content-encoding"]]).toEqual([
      304,
      "Accept-Encoding",
      "br",
    ]);
    // The original, sent to a client that accepts no coding, says so too: a shared cache must not reuse it.
    const plain = await request(path);
    expect([plain.headers.vary, Number(plain.headers["content-length"]), plain.headers["accept-ranges"]]).toEqual([
      "Accept-Encoding",
      worker.length,
      "bytes",
    ]);
    // A range of the original is a range of its bytes, not of the compressed copy's.
    const ranged = await request(path, { "Accept-Encoding": "br", Range: "bytes=10-" });
    expect([ranged.headers["content-range"], Number(ranged.headers["content-length"])]).toEqual([
      `bytes 10-${worker.length - 1}/${worker.length}`,
      worker.length - 10,
    ]);
  });

  it("caches the hashed build assets for a year and revalidates the rest", async () => {
    const cacheControl = async (path: string) => (await request(path)).headers["cache-control"];
    expect(await cacheControl("/_astro/duckdb-eh.abc.wasm")).toBe("public, max-age=31536000, immutable");
    expect(await cacheControl(DB)).toBe("no-cache");
    expect(await cacheControl("/fr/query/")).toBe("no-cache");
    // A missing asset may exist after the next deployment.
    expect(await cacheControl("/_astro/missing.js")).toBe("no-cache");
  });
});

describe("startSiteServer(root): the headers of _headers", () => {
  it("sends the Content-Security-Policy on pages, worker scripts and every other file", async () => {
    for (const path of ["/fr/query/", "/_astro/duckdb-browser-eh.worker.abc.js", "/_astro/duckdb-eh.abc.wasm", DB]) {
      const { headers } = await request(path, { "Accept-Encoding": "br" });
      expect(headers["content-security-policy"], path).toBe(policy);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("default-src 'self'");
  });

  it("lets any site frame the embed pages and only this site frame the others", async () => {
    const query = await request("/fr/query/");
    expect([query.headers["x-frame-options"], query.headers["referrer-policy"]]).toEqual([
      "SAMEORIGIN",
      "strict-origin-when-cross-origin",
    ]);
    const embed = await request("/fr/embed/map/");
    expect([embed.status, embed.headers["x-frame-options"]]).toEqual([200, undefined]);
    expect(embed.headers["content-security-policy"]).not.toContain("frame-ancestors");
  });

  it("refuses to start without _headers, or with rules that hosts would combine differently", async () => {
    const other = mkdtempSync(join(tmpdir(), "site-server-bad-"));
    try {
      await expect(startSiteServer(other)).rejects.toThrow(
        `${join(other, "_headers")} is missing: the site's security headers come from public/_headers, which the build copies; build the site again`,
      );
      mkdirSync(join(other, "fr", "embed"), { recursive: true });
      writeFileSync(join(other, "fr", "embed", "index.html"), "");
      writeFileSync(
        join(other, "_headers"),
        "/*\n  X-Frame-Options: SAMEORIGIN\n/:lang/embed/*\n  X-Frame-Options: ALLOWALL\n",
      );
      await expect(startSiteServer(other)).rejects.toThrow(
        `${join(other, "_headers")}: /fr/embed/index.html gets x-frame-options from "/*" (row 1) and "/:lang/embed/*" (row 3)`,
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("startSiteServer(root): paths", () => {
  it("refuses paths that leave the folder, dot files and the host configuration", async () => {
    for (const path of [
      "/../package.json",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/fr/..%2f..%2f..%2fetc%2fpasswd",
      "/a\\..\\b",
    ]) {
      const answer = await request(path);
      expect(answer.status, path).toBe(403);
      expect(answer.body.toString(), path).toBe("Forbidden\n");
    }
    expect((await request("/fr/outside.txt")).status).toBe(403);
    for (const path of ["/.env", "/_headers"]) {
      const answer = await request(path);
      expect([answer.status, answer.body.toString()], path).toEqual([404, "<!doctype html><title>Introuvable</title>"]);
    }
    expect((await request("/%E0%A4%A")).status).toBe(400);
  });

  it("answers a missing page with 404.html and the site's headers", async () => {
    const missing = await request("/fr/nowhere/");
    expect([missing.status, missing.headers["content-type"], missing.body.toString()]).toEqual([
      404,
      "text/html; charset=utf-8",
      "<!doctype html><title>Introuvable</title>",
    ]);
    expect(missing.headers["content-security-policy"]).toBe(policy);
  });

  it("redirects a folder to its trailing slash, query kept, and refuses other methods", async () => {
    const folder = await request("/fr/query?q=SELECT%201");
    expect([folder.status, folder.headers.location]).toEqual([301, "/fr/query/?q=SELECT%201"]);
    // Never to another host: "//fr" would be a protocol-relative address.
    expect((await request("//fr")).headers.location).toBe("/fr/");
    expect((await request("/fr/embed/map")).headers.location).toBe("/fr/embed/map/");
    const post = await request("/fr/query/", {}, "POST");
    expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD"]);
  });
});

describe("startSiteServer(root): a visitor who leaves", () => {
  it("closing mid-download ends the stream without an error report", async () => {
    const reported = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { hostname, port } = new URL(site.baseUrl);
      await new Promise<void>((resolve) => {
        const sent = httpRequest({ hostname, port, path: "/data/large.bin", agent: false }, (response) => {
          response.once("data", () => {
            sent.destroy();
            setTimeout(resolve, 200);
          });
        });
        sent.on("error", () => undefined);
        sent.end();
      });
      expect(reported.mock.calls).toEqual([]);
      // The server still answers.
      expect((await request("/fr/query/")).status).toBe(200);
    } finally {
      reported.mockRestore();
    }
  });
});

describe("acceptedEncodings(header)", () => {
  it("keeps the codings with q > 0, the wildcard standing for those not refused", () => {
    expect([...acceptedEncodings("gzip, deflate, br, zstd")]).toEqual(["gzip", "deflate", "br", "zstd"]);
    expect([...acceptedEncodings("br;q=0, gzip;q=0.5")]).toEqual(["gzip"]);
    expect([...acceptedEncodings("*, br;q=0")].sort()).toEqual(["gzip"]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});

describe("preferredCoding(header, available)", () => {
  it("takes the accepted coding of highest q, Brotli first among equals", () => {
    expect(preferredCoding("gzip, deflate, br, zstd", ["br", "gzip"])).toBe("br");
    expect(preferredCoding("br;q=0.1, gzip;q=1", ["br", "gzip"])).toBe("gzip");
    expect(preferredCoding("gzip;q=0.5, *;q=0.8", ["br", "gzip"])).toBe("br");
    expect(preferredCoding("br", ["gzip"])).toBeUndefined();
    expect(preferredCoding(undefined, ["br", "gzip"])).toBeUndefined();
  });

  it("is what the server sends", async () => {
    const answer = await request("/_astro/duckdb-browser-eh.worker.abc.js", { "Accept-Encoding": "br;q=0.1, gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
  });
});
