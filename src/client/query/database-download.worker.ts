/**
 * A module worker that downloads and inflates the gzipped database (database-bytes.ts), then
 * hands the bytes to the page without a copy: the page passes them on to DuckDB's worker.
 */
import { downloadDatabase } from "./database-bytes.ts";

export type DatabaseDownloadAnswer = { bytes: Uint8Array } | { error: string };

self.addEventListener("message", (event: MessageEvent<{ url: string }>) => {
  downloadDatabase(event.data.url).then(
    (bytes) => self.postMessage({ bytes } satisfies DatabaseDownloadAnswer, { transfer: [bytes.buffer] }),
    (error: unknown) => self.postMessage({ error: String(error) } satisfies DatabaseDownloadAnswer),
  );
});
