/** Levels a visitor can map, in the order the explorer offers them (browser-safe: no data access). */
export const MAP_LEVELS = ["quartier", "commune", "bassin", "sector"] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];
