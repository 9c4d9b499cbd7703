/** Reading orders shared by pages and files (browser-safe: no data access). */

/** Indicator families in reading order: fragility, GP need and shortage, service coverage, population. */
export const FAMILIES = ["fragility", "gp", "coverage", "population"] as const;
export type Family = (typeof FAMILIES)[number];

/** An item's place in `order`; an item not listed comes after every listed one. */
export function rankIn(order: readonly string[], item: string): number {
  const index = order.indexOf(item);
  return index === -1 ? order.length : index;
}
