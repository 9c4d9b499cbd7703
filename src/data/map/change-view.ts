/**
 * The static, script-free map of an indicator's change at one level, between the first and the
 * last year of its last comparable segment (no break between them): the picture the indicator
 * page lists beside the latest year's map. Drawn with the explorer's change view code
 * (src/lib/explorer/change.ts), so that both show the same classes.
 */
import { createTranslator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import { changeDescription, changeMap } from "../../lib/explorer/change.ts";
import { lastComparablePair, seriesColumn } from "../../lib/explorer/series.ts";
import { renderMapSvg } from "../../lib/map/svg.ts";
import { indicatorSeries } from "../observatory-data.ts";
import { offeredYears } from "../series-years.ts";
import { indicator, indicatorCitation, territories } from "../site-data.ts";
import { levelBorders, levelPaths } from "./data.ts";

/** The years the change map compares, or null when the last comparable segment has one year. */
export function changeMapYears(indicatorId: string, level: string): { from: number; to: number } | null {
  const years = offeredYears(level, indicatorId);
  return years && lastComparablePair(years);
}

export function changeMapSvg(indicatorId: string, level: string, language: Language): string {
  const t = createTranslator(language);
  const info = indicator(indicatorId);
  const series = indicatorSeries(level, indicatorId);
  const pair = changeMapYears(indicatorId, level);
  if (!series || !pair) throw new Error(`${indicatorId} by ${level} has no two comparable years to map a change`);
  const byCode = new Map(territories(level).map((territory) => [territory.code, territory]));
  const paths = levelPaths(level).filter((p) => byCode.has(p.code));
  const codes = paths.map((p) => p.code);
  const names = paths.map((p) => byCode.get(p.code)!.name[language]);
  const map = changeMap({
    codes,
    names,
    from: { year: pair.from, ...seriesColumn(series, codes, pair.from) },
    to: { year: pair.to, ...seriesColumn(series, codes, pair.to) },
    polarity: info.polarity,
    unit: info.unit,
    language,
    t,
  });
  const label = info.label[language];
  // Singular: the title and description read "by {level}" ("per wijk", never "per wijken").
  const levelLabel = t(`level.one.${level}`);
  const years = { from: pair.from, to: pair.to };
  return renderMapSvg({
    id: `map-change-${indicatorId}-${level}`,
    title: t("explorer.change.mapTitle", { indicator: label, level: levelLabel, ...years }),
    description: changeDescription(t, info.polarity, { indicator: label, level: levelLabel, ...years }),
    areas: paths.map((p) => ({ code: p.code, d: p.d, fill: map.fills.get(p.code)!, label: map.labels.get(p.code)! })),
    borders: level === "bassin" ? [] : [{ kind: "bassin", d: levelBorders("bassin"), label: t("png.border.bassin") }],
    standalone: {
      legendTitle: t("explorer.change.legendTitle", { indicator: label, ...years }),
      legend: map.legendItems,
      source: t("map.sourceLine", { sources: indicatorCitation(info, language) }),
      date: t("explorer.change.dateLine", years),
    },
  });
}
