/**
 * The page's side of the siting worker: a module worker bundled by Vite, fed the data once,
 * then one promise per run. Only the latest run's answer matters; older ones resolve to null.
 */
import type { CoverageResult, SitingData, SitingOptions } from "../../lib/tools/siting.ts";
import type { WorkerRequest, WorkerResponse } from "./siting-worker.ts";

export interface SitingRunner {
  run: (options: SitingOptions) => Promise<{ result: CoverageResult; ms: number } | null>;
}

export function sitingRunner(data: SitingData): SitingRunner {
  const worker = new Worker(new URL("./siting-worker.ts", import.meta.url), { type: "module" });
  const pending = new Map<
    number,
    { resolve: (value: { result: CoverageResult; ms: number } | null) => void; reject: (error: Error) => void }
  >();
  let latest = 0;
  worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.type === "error") waiting.reject(new Error(answer.message));
    else waiting.resolve(answer.id === latest ? { result: answer.result, ms: answer.ms } : null);
  });
  worker.addEventListener("error", (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || "siting worker failed"));
    pending.clear();
  });
  worker.postMessage({ type: "init", data } satisfies WorkerRequest);
  return {
    run(options) {
      const id = ++latest;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: "run", id, options } satisfies WorkerRequest);
      });
    },
  };
}
