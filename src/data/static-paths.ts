/**
 * The static paths of the pages built from the published tables (each page's getStaticPaths);
 * the URLs themselves are built by src/lib/routes.ts.
 */
import { languages } from "../core/languages.ts";
import { readManifest } from "./observatory-data.ts";
import { MAP_LEVELS, PROFILE_LEVELS } from "../core/levels.ts";
import { distributionLevelOf } from "./indicator/page-data.ts";
import { changeMapYears } from "./map/change-view.ts";
import { areas } from "./profile/territory.ts";
import { indicator, indicators, indicatorsAt } from "./site-data.ts";
import { isMapChoice } from "../lib/indicator/map-choices.ts";

/** Every language: /{lang}/… pages that do not depend on the data. */
export function languageStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

/**
 * Every language × profile level × territory: /{lang}/{level}/{code}/, its CSV and its embed
 * /{lang}/embed/profile/{level}/{code}/. A level is a profile level when levels.json says so.
 */
export function profileStaticPaths() {
  return PROFILE_LEVELS.flatMap((level) =>
    languages.flatMap((lang) => areas(level).map((area) => ({ params: { lang, code: area.code, level } }))),
  );
}

/**
 * Every language × indicator × level that has published values: one static map and CSV each. An
 * indicator the catalogue marks not_available gets none (it would be all hatched).
 */
export function mapStaticPaths() {
  return languages.flatMap((lang) =>
    MAP_LEVELS.flatMap((level) =>
      indicatorsAt(level)
        .filter(isMapChoice)
        .map((i) => ({ params: { lang, indicator: i.id, level } })),
    ),
  );
}

/** Every static map whose indicator has two comparable years at its level: one static change map each. */
export function changeMapStaticPaths() {
  return mapStaticPaths().filter(({ params }) => changeMapYears(params.indicator, params.level) !== null);
}

/** One page per language × indicator. */
export function indicatorStaticPaths() {
  return languages.flatMap((lang) => indicators().map((i) => ({ params: { lang, indicator: i.id } })));
}

/** One distribution CSV per language × published indicator that has values. */
export function distributionStaticPaths() {
  return indicatorStaticPaths().filter(
    ({ params }) => indicator(params.indicator).status === "published" && distributionLevelOf(params.indicator),
  );
}

/** Every language × level with a latest-values file (public/data/latest/<level>.csv): the data page's spreadsheets. */
export function latestStaticPaths() {
  const levels = readManifest()
    .files.map((file) => /^latest\/(.+)\.csv$/.exec(file.file)?.[1])
    .filter((level): level is string => level !== undefined);
  return languages.flatMap((lang) => levels.map((level) => ({ params: { lang, level } })));
}
