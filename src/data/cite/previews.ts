/**
 * Every page's link-preview card (src/lib/cite/preview-svg.ts), by language and key
 * (src/lib/cite/preview-key.ts): the explorer and indicator pages show their map, profiles their
 * key figures beside the area on the map of its level, the other pages their description.
 */
import { createTranslator } from "../../i18n/translate.ts";
import { languages, type Language } from "../../core/languages.ts";
import { PROFILE_LEVELS } from "../../core/levels.ts";
import { DEFAULT_STATE } from "../../lib/explorer/state.ts";
import { previewSvg, type PreviewCard } from "../../lib/cite/preview-svg.ts";
import { renderMapSvg } from "../../lib/map/svg.ts";
import { distributionLevelOf } from "../indicator/page-data.ts";
import { mapView } from "../map/view.ts";
import { levelPaths } from "../map/data.ts";
import { KEY_INDICATORS, profileRow } from "../profile/rows.ts";
import { valueText } from "../profile/text.ts";
import { areaName, areas, type Area } from "../profile/territory.ts";
import { indicator, indicators } from "../site-data.ts";
import { isMapChoice } from "../../lib/indicator/map-choices.ts";
import { previewKey } from "../../lib/cite/preview-key.ts";
import {
  dataPagePath,
  homePath,
  indicatorPath,
  indicatorsPath,
  profilePath,
  queryPath,
  sectionPath,
  toolsPath,
  urlSchemePath,
} from "../../lib/routes.ts";

export interface PreviewPage {
  language: Language;
  key: string;
  /** What the image shows, for its alt text. */
  title: string;
  card: () => PreviewCard;
}

/** The pages that have no figure of their own: key, then title and description messages. */
const TEXT_PAGES: [(language: string) => string, string, string][] = [
  [indicatorsPath, "indicators.index.title", "site.tagline"],
  [dataPagePath, "data.title", "data.description"],
  [urlSchemePath, "urls.title", "urls.description"],
  [(language) => queryPath(language), "query.title", "query.description"],
  [(language) => toolsPath(language), "tools.index.title", "tools.index.intro"],
  [(language) => toolsPath(language, "allocator"), "tools.allocator.title", "tools.allocator.description"],
  [(language) => toolsPath(language, "siting"), "tools.siting.title", "tools.siting.description"],
  [(language) => toolsPath(language, "gp-register"), "gpr.title", "gpr.description"],
  [(language) => sectionPath(language, "gp/"), "gp.title", "gp.description"],
];

function mapFigure(indicatorId: string, level: string, language: Language): string {
  return mapView({ indicatorId, level, language, borders: level === "bassin" ? [] : ["bassin"] }).svg;
}

/** The area in the accent colour among the other areas of its level, in grey. */
function areaFigure(area: Area): string {
  return renderMapSvg({
    id: `preview-${area.level}-${area.code}`,
    title: "",
    description: "",
    areas: levelPaths(area.level).map((p) => ({
      code: p.code,
      d: p.d,
      fill: p.code === area.code ? "#1f5f8b" : "#d5dbe1",
      label: "",
    })),
  });
}

function pagesOf(language: Language): PreviewPage[] {
  const t = createTranslator(language);
  const site = t("site.title");
  const footer = (path: string) => `${site} · ${path}`;
  const home: PreviewPage = {
    language,
    key: previewKey(homePath(language)),
    title: t("explorer.heading"),
    card: () => ({
      site,
      title: t("explorer.heading"),
      lines: [mapView({ indicatorId: DEFAULT_STATE.indicator, level: DEFAULT_STATE.level, language }).title],
      footer: footer(homePath(language)),
      figure: mapFigure(DEFAULT_STATE.indicator, DEFAULT_STATE.level, language),
    }),
  };
  const text = TEXT_PAGES.map(([path, title, description]): PreviewPage => ({
    language,
    key: previewKey(path(language)),
    title: t(title),
    card: () => ({ site, title: t(title), lines: [t(description)], footer: footer(path(language)) }),
  }));
  const indicatorPages = indicators().map((info): PreviewPage => {
    const level = isMapChoice(info) ? distributionLevelOf(info.id) : undefined;
    return {
      language,
      key: previewKey(indicatorPath(language, info.id)),
      title: info.label[language],
      card: () => ({
        site,
        title: info.label[language],
        lines: level ? [mapView({ indicatorId: info.id, level, language }).title] : [info.method[language]],
        footer: footer(indicatorPath(language, info.id)),
        figure: level ? mapFigure(info.id, level, language) : undefined,
      }),
    };
  });
  const profiles = PROFILE_LEVELS.flatMap((level) =>
    areas(level).map((area): PreviewPage => {
      const title = t("profile.pageTitle", { name: areaName(area, language), level: t(`profile.level.${level}`) });
      return {
        language,
        key: previewKey(profilePath(language, level, area.code)),
        title,
        card: () => ({
          site,
          title,
          lines: KEY_INDICATORS.slice(0, 4).flatMap((id) => {
            const row = profileRow(level, area.code, id);
            if (!row) return [];
            const value = valueText(t, language, row.value, row.indicator.unit, row.cell?.flag);
            return [t("og.keyFigure", { label: indicator(id).label[language], value, year: row.year })];
          }),
          footer: footer(profilePath(language, level, area.code)),
          figure: areaFigure(area),
        }),
      };
    }),
  );
  return [home, ...text, ...indicatorPages, ...profiles];
}

let memo: PreviewPage[] | undefined;

/** Every preview of the site, each language. */
export function previewPages(): PreviewPage[] {
  return (memo ??= languages.flatMap(pagesOf));
}

/** The preview of a page, or the home page's when the page has none of its own (404). */
export function previewFor(language: Language, key: string): PreviewPage {
  const pages = previewPages();
  return (
    pages.find((p) => p.language === language && p.key === key) ??
    pages.find((p) => p.language === language && p.key === previewKey(homePath(language)))!
  );
}

export function previewImageSvg(page: PreviewPage): string {
  return previewSvg(page.card());
}
