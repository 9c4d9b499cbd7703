/**
 * A complete map of one indicator at one level, rendered at build time: the SVG, its legend
 * items and texts. Pages, embeds and the downloadable static SVG maps all come from here.
 */
import { createTranslator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import { choropleth } from "../../lib/map/choropleth.ts";
import { formatValue } from "../../lib/format.ts";
import { levelBorders, levelPaths } from "./data.ts";
import { renderMapSvg, type LegendItem } from "../../lib/map/svg.ts";
import { areaCount, mapDescription, mapSourceText } from "../../lib/map/text.ts";
import { indicator, indicatorCitation, levelValues, territories } from "../site-data.ts";

export interface MapViewOptions {
  indicatorId: string;
  level: string;
  language: Language;
  id?: string;
  highlighted?: string[];
  borders?: ("commune" | "bassin")[];
  standalone?: boolean;
}

export interface MapView {
  svg: string;
  title: string;
  description: string;
  legendTitle: string;
  legendItems: LegendItem[];
  source: string;
}

export function mapView(o: MapViewOptions): MapView {
  const t = createTranslator(o.language);
  const info = indicator(o.indicatorId);
  const list = territories(o.level);
  const cells = levelValues(o.level).get(o.indicatorId);
  const byCode = new Map(list.map((territory) => [territory.code, territory]));
  const paths = levelPaths(o.level).filter((p) => byCode.has(p.code));
  // Singular: the title and description read "by {level}" ("per wijk", never "per wijken").
  const levelLabel = t(`level.one.${o.level}`);
  const result = choropleth({
    codes: paths.map((p) => p.code),
    names: paths.map((p) => byCode.get(p.code)!.name[o.language]),
    values: paths.map((p) => cells?.get(p.code)?.value ?? null),
    flags: paths.map((p) => cells?.get(p.code)?.flag ?? null),
    polarity: info.polarity,
    format: (value) => formatValue(value, info.unit, o.language),
    text: {
      tooltip: (name, value) => t("map.areaTooltip", { name, value }),
      noData: t("map.noData"),
      notApplicable: t("map.notApplicable"),
      tooFewResidents: t("map.tooFewResidents"),
      count: (n) => areaCount(t, n),
    },
  });
  const title = t("map.viewTitle", { indicator: info.label[o.language], level: levelLabel, year: info.year });
  const citation = indicatorCitation(info, o.language);
  // A standalone SVG has no caption: its source and date are drawn in, on lines of their own.
  const description = mapDescription(t, info.label[o.language], levelLabel, !o.standalone);
  const source = mapSourceText(t, citation, info.year);
  const svg = renderMapSvg({
    id: o.id ?? `map-${o.indicatorId}-${o.level}`,
    title,
    description,
    areas: paths.map((p) => ({
      code: p.code,
      d: p.d,
      fill: result.fills.get(p.code)!,
      label: result.labels.get(p.code)!,
    })),
    borders: (o.borders ?? []).map((kind) => ({ kind, d: levelBorders(kind), label: t(`png.border.${kind}`) })),
    highlighted: o.highlighted,
    standalone: o.standalone
      ? {
          legendTitle: info.label[o.language],
          legend: result.legendItems,
          source: t("map.sourceLine", { sources: citation }),
          date: t("map.dateLine", { year: info.year }),
        }
      : undefined,
  });
  return { svg, title, description, legendTitle: info.label[o.language], legendItems: result.legendItems, source };
}
