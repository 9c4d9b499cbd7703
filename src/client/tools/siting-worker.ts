/**
 * The siting computation off the main thread: the page sends the site data once ("init"), then
 * settings ("run"); the worker answers each run with the greedy result and its duration.
 */
import { runSiting, type CoverageResult, type SitingData, type SitingOptions } from "../../lib/tools/siting.ts";

export type WorkerRequest = { type: "init"; data: SitingData } | { type: "run"; id: number; options: SitingOptions };
export type WorkerResponse =
  { type: "result"; id: number; result: CoverageResult; ms: number } | { type: "error"; id: number; message: string };

/** The worker's global scope, typed narrowly (the DOM and WebWorker libs cannot be mixed). */
const scope = self as unknown as {
  postMessage: (message: WorkerResponse, transfer?: Transferable[]) => void;
  addEventListener: (type: "message", listener: (event: MessageEvent<WorkerRequest>) => void) => void;
};
let data: SitingData | undefined;

scope.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "init") {
    data = request.data;
    return;
  }
  try {
    if (!data) throw new Error("siting worker used before init");
    const start = performance.now();
    const result = runSiting(data, request.options);
    const ms = performance.now() - start;
    scope.postMessage({ type: "result", id: request.id, result, ms } satisfies WorkerResponse, [
      result.coveredBy.buffer,
    ]);
  } catch (error) {
    scope.postMessage({ type: "error", id: request.id, message: String(error) } satisfies WorkerResponse);
  }
});
