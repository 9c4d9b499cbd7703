/**
 * Where an indicator's series are shown and downloaded (browser-safe): the line chart on the
 * indicator page, opened with territories chosen (`?area=` codes, comma-separated), and the
 * chart's CSV, standalone SVG and embed page.
 */
import { indicatorPath } from "../routes.ts";

export const SERIES_ANCHOR = "series";

/** The indicator page's line chart, with these territories in colour. */
export function seriesPath(language: string, indicatorId: string, ...codes: string[]): string {
  const query = codes.length ? `?area=${codes.map(encodeURIComponent).join(",")}` : "";
  return `${indicatorPath(language, indicatorId)}${query}#${SERIES_ANCHOR}`;
}

/** The line chart's data (every year as a column), standalone SVG and embed page. */
export function seriesFilePath(language: string, indicatorId: string, extension: "csv" | "svg"): string {
  return `${indicatorPath(language, indicatorId)}series.${extension}`;
}

/** Under /{lang}/embed/, the one section other sites may frame (public/_headers). */
export function seriesEmbedPath(language: string, indicatorId: string): string {
  return `/${language}/embed/indicator/${indicatorId}/`;
}

/** The slope chart's data for its default pair of years. */
export function slopeCsvPath(language: string, indicatorId: string): string {
  return `${indicatorPath(language, indicatorId)}slope.csv`;
}

/** The slope chart of the default pair of years as a picture (title and source drawn in). */
export function slopeSvgPath(language: string, indicatorId: string): string {
  return `${indicatorPath(language, indicatorId)}slope.svg`;
}

/** The territories chosen in a page's query (`?area=12,34`), in order, without repeats. */
export function chosenCodes(search: string): string[] {
  const value = new URLSearchParams(search).get("area");
  return value ? [...new Set(value.split(",").filter((code) => code !== ""))] : [];
}
