/**
 * The page's side of database-download.worker.ts: one promise of the database's bytes, started
 * as DuckDB's own start begins so that both overlap. It rejects when the copy cannot be had (a
 * host that does not serve it, a worker the browser refuses); DuckDB then reads the file by ranges.
 */
import type { DatabaseDownloadAnswer } from "./database-download.worker.ts";

export function downloadDatabaseInWorker(url: string): Promise<Uint8Array> {
  const worker = new Worker(new URL("./database-download.worker.ts", import.meta.url), { type: "module" });
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener("message", (event: MessageEvent<DatabaseDownloadAnswer>) => {
      if ("bytes" in event.data) resolve(event.data.bytes);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener("error", (event) => reject(new Error(event.message || "the database download failed")));
  });
  worker.postMessage({ url });
  const done = () => worker.terminate();
  bytes.then(done, done);
  return bytes;
}
