/**
 * Gives the main thread back (input, paint) and resumes soon after: between the parts of a
 * page's start, so that on a slow phone none of them is a long task delaying the first tap.
 * scheduler.yield() where the browser has it (the rest of the work keeps its place in the queue),
 * otherwise a zero-delay timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}
