/**
 * Texts every choropleth shares, whether drawn at build time (src/data/map/view.ts) or in the browser
 * (src/lib/explorer/view.ts): browser-safe, no data access.
 */
type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The caption's source line, with the reference year of the figures shown. */
export function mapSourceText(t: Translate, citation: string, year: number): string {
  return `${t("map.sourceLine", { sources: citation })} ${t("map.dateLine", { year })}`;
}

/**
 * The SVG's description. `linkedTable`: the figure's caption links to a table of the same data
 * (every map on a page); a standalone SVG file has no caption to point to.
 */
export function mapDescription(t: Translate, indicator: string, level: string, linkedTable: boolean): string {
  const description = t("map.viewDescription", { indicator, level });
  return linkedTable ? `${description} ${t("map.tableDescription")}` : description;
}

/** "(1 zone)", "(23 zones)": the count of areas in a legend entry, singular for one. */
export function areaCount(t: Translate, count: number, shown: string | number = count): string {
  return t(count === 1 ? "map.areaCountOne" : "map.areaCount", { count: shown });
}
