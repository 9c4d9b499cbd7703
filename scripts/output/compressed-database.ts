import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { DATABASE_FILE } from "./write-tables.ts";

/**
 * The database gzipped, beside it: the SQL workspace downloads this copy whole (about 1 MB
 * instead of 16 MB: the file's uncompressed segments, kept for byte-identical builds, are mostly
 * zeros) and inflates it in the browser, on any static host, whether or not it compresses.
 * `observatory.duckdb` stays for whoever ATTACHes it over HTTP by ranges.
 *
 * Deterministic: Node's gzip writes no file name and a zero modification time.
 */
export const COMPRESSED_DATABASE_FILE = `${DATABASE_FILE}.gz`;

export function writeCompressedDatabase(dir: string): void {
  const database = readFileSync(join(dir, DATABASE_FILE));
  writeFileSync(join(dir, COMPRESSED_DATABASE_FILE), gzipSync(database, { level: constants.Z_BEST_COMPRESSION }));
}
