/** Static paths of the line and slope charts' files: one per language × indicator with a series. */
import { indicatorStaticPaths } from "../static-paths.ts";
import { indicator } from "../site-data.ts";
import { seriesLevelOf } from "./series-view.ts";

export function seriesStaticPaths() {
  return indicatorStaticPaths().filter(
    ({ params }) => indicator(params.indicator).status === "published" && seriesLevelOf(params.indicator),
  );
}
