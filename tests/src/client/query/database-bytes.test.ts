import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseFromDownload, downloadDatabase } from "../../../../src/client/query/database-bytes.ts";

const URL = "/data/observatory.duckdb.gz";
/** A purpose-built "database": DuckDB's magic at offset 8, then a long run of zeros, as in the real file. */
const database = new Uint8Array(64 * 1024);
database.set([0x44, 0x55, 0x43, 0x4b], 8);
database.set([1, 2, 3], 40_000);
const bytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => Uint8Array.from(buffer);

describe("databaseFromDownload", () => {
  it("inflates the gzipped copy to the database's bytes", async () => {
    const compressed = bytes(gzipSync(database));
    expect(compressed.length).toBeLessThan(1000);
    expect(await databaseFromDownload(compressed, URL)).toEqual(database);
  });

  it("keeps the bytes as they are when the browser already inflated them (a host's Content-Encoding: gzip)", async () => {
    expect(await databaseFromDownload(database.slice(), URL)).toEqual(database);
  });

  it("refuses a file that is neither gzip nor a DuckDB database, naming it", async () => {
    const page = new TextEncoder().encode("<!doctype html><title>Not found</title>");
    await expect(databaseFromDownload(page, URL)).rejects.toThrow(
      "/data/observatory.duckdb.gz: neither gzip nor a DuckDB database",
    );
  });

  it("refuses a gzipped file that is not a DuckDB database", async () => {
    await expect(databaseFromDownload(bytes(gzipSync(Buffer.from("just text"))), URL)).rejects.toThrow(
      "/data/observatory.duckdb.gz: the gzipped file is not a DuckDB database",
    );
  });

  it("refuses a damaged gzip file, naming it", async () => {
    const truncated = bytes(gzipSync(database)).slice(0, 40);
    await expect(databaseFromDownload(truncated, URL)).rejects.toThrow(
      /^\/data\/observatory\.duckdb\.gz: the gzipped file is damaged \(/,
    );
  });
});

describe("downloadDatabase", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("downloads and inflates the copy", async () => {
    const fetch = vi.fn(async () => new Response(gzipSync(database)));
    vi.stubGlobal("fetch", fetch);
    expect(await downloadDatabase(URL)).toEqual(database);
    expect(fetch).toHaveBeenCalledWith(URL);
  });

  it("rejects on an HTTP error, naming the file and the status", async () => {
    vi.stubGlobal("fetch", async () => new Response("missing", { status: 404 }));
    await expect(downloadDatabase(URL)).rejects.toThrow("/data/observatory.duckdb.gz: HTTP 404");
  });
});
