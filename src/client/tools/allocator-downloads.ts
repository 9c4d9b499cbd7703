/**
 * The allocator's download names and the PNG export of its map: one stem names the CSV and the
 * picture after the setting shown (level, need, k), so that files saved side by side stay apart.
 */
import { describeFigureExport } from "../figure-tools.ts";
import type { AllocatorState } from "./allocator-state.ts";

export function allocationFileStem(state: Pick<AllocatorState, "level" | "need" | "k">): string {
  return `allocation-${state.level}-${state.need}-k${state.k}`;
}

/** The map's PNG: named after the setting and the page's language; the amount shared under the title. */
export function describeAllocatorMapExport(
  root: Document,
  state: AllocatorState,
  language: string,
  amountShared: string,
): void {
  describeFigureExport(root.querySelector("[data-map]")!.closest("figure")!, {
    file: `${allocationFileStem(state)}-map-${language}`,
    details: amountShared,
  });
}
