/** Whether a higher value of an indicator is worse, better, or neither (maps put "worse" on the dark end). */
export type Polarity = "higher_is_worse" | "higher_is_better" | "neutral";

/** Indicator families in reading order: fragility, GP need and shortage, service coverage, population. */
export const FAMILIES = ["fragility", "gp", "coverage", "population"] as const;
export type Family = (typeof FAMILIES)[number];

/** An item's place in `order`; an item not listed comes after every listed one. */
export function rankIn(order: readonly string[], item: string): number {
  const index = order.indexOf(item);
  return index === -1 ? order.length : index;
}
