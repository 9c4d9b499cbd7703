/**
 * Build-time data of an indicator page's line and slope charts: the level they show, its
 * territories and the region on every year, the default views and their CSV. Only indicators with
 * more than one published year at a mapped level have them.
 */
import type { Language } from "../../core/languages.ts";
import { createTranslator } from "../../i18n/translate.ts";
import { toCsv } from "../../lib/csv.ts";
import { locale } from "../../lib/format.ts";
import { lastComparablePair, yearRange } from "../../lib/indicator/series.ts";
import { renderLineChart, renderSlopeChart, type SeriesData } from "../../lib/indicator/series-chart.ts";
import { indicatorCitation, indicator as indicatorInfo, territories } from "../site-data.ts";
import { cached } from "../observatory-data.ts";
import { levelNames, mappedLevels } from "./page-data.ts";
import { seriesAt } from "./series.ts";

/** The charts' level: the finest mapped level of quartier, commune and bassin with two years or more. */
export function seriesLevelOf(id: string): string | undefined {
  // Asked by every indicator page, chart file and URL-scheme row: scan the series once per indicator.
  return cached(`series-level:${id}`, () => {
    const mapped = mappedLevels(id);
    return ["quartier", "commune", "bassin"].find(
      (level) => mapped.includes(level) && (seriesAt(level, id)?.years.length ?? 0) > 1,
    );
  });
}

/** The indicators that have line and slope charts (for the CSV, SVG and embed routes). */
export function indicatorsWithSeries(ids: readonly string[]): string[] {
  return ids.filter((id) => seriesLevelOf(id) !== undefined);
}

export function seriesData(id: string, language: Language): SeriesData | undefined {
  const level = seriesLevelOf(id);
  if (!level) return undefined;
  const series = seriesAt(level, id)!;
  const info = indicatorInfo(id);
  const collator = new Intl.Collator(locale(language), { numeric: true });
  const rows = territories(level)
    .map((territory) => ({
      code: territory.code,
      name: territory.name[language],
      values: series.values[territory.code] ?? series.years.map(() => null),
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  const [region] = territories("region");
  return {
    indicator: info.label[language],
    unit: info.unit,
    levelName: levelNames(language, "label").get(level) ?? level,
    levelPlural: levelNames(language, "plural").get(level) ?? level,
    years: series.years,
    breaks: series.breaks,
    rows,
    region:
      region && series.region.some((v) => v !== null)
        ? { code: region.code, name: region.name[language], values: series.region }
        : null,
  };
}

/** The slope chart's default years: the first and last of the last comparable segment, else the ends. */
export function defaultSlopeYears(data: Pick<SeriesData, "years" | "breaks">): [number, number] {
  return lastComparablePair(data.years, data.breaks) ?? [data.years[0]!, data.years.at(-1)!];
}

export interface SeriesView {
  level: string;
  data: SeriesData;
  lineSvg: string;
  slope: ReturnType<typeof renderSlopeChart>;
  /** "BIM share, 2010–2024 · Source: IBSA (2024)": under each chart and in its exports. */
  sourceLine: string;
}

export function seriesView(id: string, language: Language): SeriesView | undefined {
  const data = seriesData(id, language);
  if (!data) return undefined;
  const t = createTranslator(language);
  const [from, to] = defaultSlopeYears(data);
  return {
    level: seriesLevelOf(id)!,
    data,
    lineSvg: renderLineChart(t, language, data, []),
    slope: renderSlopeChart(t, language, data, from, to, []),
    sourceLine: t("charts.source", {
      indicator: data.indicator,
      years: yearRange(data.years),
      sources: indicatorCitation(indicatorInfo(id), language),
    }),
  };
}

/** The line chart's values as a spreadsheet reads them: one row per territory, one column per year. */
export function seriesCsv(id: string, language: Language): string {
  const view = seriesView(id, language)!;
  const { data } = view;
  const rows = [...data.rows.map((row) => ({ level: view.level, ...row }))];
  if (data.region) rows.push({ level: "region", ...data.region });
  return toCsv(
    ["level", "code", "name", "indicator_id", ...data.years.map(String)],
    rows.map((row) => [row.level, row.code, row.name, id, ...row.values]),
  );
}

/** The slope chart's default pair of years: both values and the change, per territory. */
export function slopeCsv(id: string, language: Language): string {
  const view = seriesView(id, language)!;
  const { data, slope } = view;
  const i = data.years.indexOf(slope.from);
  const j = data.years.indexOf(slope.to);
  const rows = [...data.rows.map((row) => ({ level: view.level, ...row }))];
  if (data.region) rows.push({ level: "region", ...data.region });
  return toCsv(
    ["level", "code", "name", "indicator_id", "year_from", "value_from", "year_to", "value_to", "change", "comparable"],
    rows.map((row) => {
      const a = row.values[i] ?? null;
      const b = row.values[j] ?? null;
      const comparable = slope.breakNote === null;
      return [
        row.level,
        row.code,
        row.name,
        id,
        slope.from,
        a,
        slope.to,
        b,
        comparable && a !== null && b !== null ? Math.round((b - a) * 1e6) / 1e6 : null,
        comparable,
      ];
    }),
  );
}
