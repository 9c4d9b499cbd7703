/**
 * The observatory database's bytes from its gzipped copy (data/observatory.duckdb.gz, written by
 * the pipeline): one GET of about 1 MB instead of DuckDB's range reads of the 16 MB file, most of
 * it zeros. Runs in database-download.worker.ts, so the inflating never blocks the page.
 */

/** DuckDB's magic bytes, at offset 8 of every database file. */
const DUCKDB_MAGIC = [0x44, 0x55, 0x43, 0x4b]; // "DUCK"

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
const isDuckDb = (bytes: Uint8Array) => DUCKDB_MAGIC.every((byte, i) => bytes[8 + i] === byte);

/**
 * The database file in `bytes`: inflated when gzipped, as is when a host that labels `.gz` files
 * `Content-Encoding: gzip` made the browser inflate them already. Anything else is refused.
 */
export async function databaseFromDownload(
  bytes: Uint8Array<ArrayBuffer>,
  url: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (isDuckDb(bytes)) return bytes;
  if (!isGzip(bytes)) throw new Error(`${url}: neither gzip nor a DuckDB database`);
  const inflated = await inflate(bytes).catch((error: unknown) => {
    throw new Error(`${url}: the gzipped file is damaged (${String(error)})`);
  });
  if (!isDuckDb(inflated)) throw new Error(`${url}: the gzipped file is not a DuckDB database`);
  return inflated;
}

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Downloads and inflates the gzipped database; rejects on an HTTP error, naming the status. */
export async function downloadDatabase(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return databaseFromDownload(new Uint8Array(await response.arrayBuffer()), url);
}
