import { languages } from "../../core/languages.ts";
import { MAP_LEVELS } from "../../core/levels.ts";
import { indicatorsAt } from "../site-data.ts";

/** Every language × indicator × level that has published values: one static map and CSV each. */
export function mapRoutes() {
  return languages.flatMap((lang) =>
    MAP_LEVELS.flatMap((level) => indicatorsAt(level).map((i) => ({ params: { lang, indicator: i.id, level } }))),
  );
}

export function mapFileBase(language: string, indicatorId: string, level: string): string {
  return `/${language}/maps/${indicatorId}/${level}`;
}
