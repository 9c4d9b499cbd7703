/**
 * Warming the query engine on intent: when a visitor points at or focuses a link to the SQL
 * workspace, the browser is asked to prefetch DuckDB-WASM's worker and module at low priority,
 * so that the workspace finds them in its cache. Never on page load: a visitor who does not go
 * there downloads nothing, not even the few bytes that name the engine's files (imported here
 * dynamically, on intent).
 */
let warmed = false;

/** Adds `<link rel=prefetch>` for the engine's files, once per page. */
export async function warmEngine(): Promise<void> {
  if (warmed) return;
  warmed = true;
  const { engineWasm, engineWorker } = await import("./engine-files.ts");
  for (const href of [engineWorker, engineWasm]) {
    const link = document.createElement("link");
    link.rel = "prefetch";
    link.href = href;
    document.head.append(link);
  }
}

/** Warms the engine the first time `link` is hovered or focused. */
export function warmEngineOnIntent(link: HTMLElement): void {
  for (const event of ["pointerenter", "focus"] as const)
    link.addEventListener(event, () => void warmEngine(), { once: true });
}
