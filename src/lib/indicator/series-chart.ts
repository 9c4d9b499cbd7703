/**
 * The line and slope charts of an indicator page with their words (browser-safe): the build draws
 * the default view from the published tables, the browser redraws after a search or a change of
 * years from the page's own table, with the same functions and messages.
 */
import type { Translate } from "../../i18n/format-message.ts";
import type { Language } from "../../core/languages.ts";
import { formatValue } from "../format.ts";
import { lineChartSvg, type ChartLine } from "./line-chart.ts";
import { breaksBetween, type SeriesBreak, yearRange } from "./series.ts";
import { slopeChartSvg, type SlopeLine } from "./slope-chart.ts";

export interface SeriesTerritory {
  code: string;
  name: string;
  values: (number | null)[];
}

/** What both charts and their table show: one level's territories and the region, every year. */
export interface SeriesData {
  indicator: string;
  unit: string;
  /** The level's name ("quartier") and plural ("quartiers") in the page's language. */
  levelName: string;
  levelPlural: string;
  years: number[];
  breaks: SeriesBreak[];
  rows: SeriesTerritory[];
  region: SeriesTerritory | null;
}

/** Grey lines for every territory not chosen, then the region, then the chosen ones in their order. */
export function chartLines(data: SeriesData, chosen: readonly string[]): ChartLine[] {
  const picked = new Set(chosen);
  const byCode = new Map(data.rows.map((row) => [row.code, row]));
  const context = data.rows.filter((row) => !picked.has(row.code));
  return [
    ...context.map((row): ChartLine => ({ ...row, label: row.name, kind: "context" })),
    ...(data.region ? [{ ...data.region, label: data.region.name, kind: "region" as const }] : []),
    ...chosen.flatMap((code) => {
      const row = byCode.get(code);
      return row ? [{ ...row, label: row.name, kind: "chosen" as const }] : [];
    }),
  ];
}

export function chosenNames(data: SeriesData, chosen: readonly string[]): string[] {
  return chosen.flatMap((code) => data.rows.find((row) => row.code === code)?.name ?? []);
}

export function breakText(t: Translate, b: SeriesBreak): string {
  return t("charts.break.label", { year: b.year, kind: t(`charts.break.${b.kind}`) });
}

export function lineChartTitle(t: Translate, data: SeriesData): string {
  return t("charts.line.title", {
    indicator: data.indicator,
    years: yearRange(data.years),
    levelPlural: data.levelPlural,
  });
}

export function renderLineChart(t: Translate, language: Language, data: SeriesData, chosen: readonly string[]): string {
  const names = chosenNames(data, chosen);
  return lineChartSvg({
    years: data.years,
    breaks: data.breaks,
    lines: chartLines(data, chosen),
    format: (v) => formatValue(v, data.unit, language),
    breakLabel: (b) => breakText(t, b),
    ariaLabel: lineChartTitle(t, data),
    ariaDescription: t("charts.line.description", {
      level: data.levelName,
      chosen: names.length ? t("charts.line.chosen", { names: names.join(", ") }) : "",
    }),
  });
}

export interface SlopeView {
  from: number;
  to: number;
  title: string;
  /** Why no line joins the two years, when a break lies between them. */
  breakNote: string | null;
  svg: string;
}

export function slopeLines(data: SeriesData, from: number, to: number, chosen: readonly string[]): SlopeLine[] {
  const i = data.years.indexOf(from);
  const j = data.years.indexOf(to);
  return chartLines(data, chosen).map((line) => ({
    code: line.code,
    label: line.label,
    kind: line.kind,
    from: line.values[i] ?? null,
    to: line.values[j] ?? null,
  }));
}

export function renderSlopeChart(
  t: Translate,
  language: Language,
  data: SeriesData,
  from: number,
  to: number,
  chosen: readonly string[],
): SlopeView {
  const crossed = breaksBetween(data.breaks, from, to);
  const title = t("charts.slope.title", { indicator: data.indicator, from, to, levelPlural: data.levelPlural });
  const breakNote = crossed.length
    ? t("charts.slope.breakNote", {
        kind: t(`charts.break.${crossed[0]!.kind}`),
        year: crossed[0]!.year,
        from,
        to,
      })
    : null;
  const svg = slopeChartSvg({
    from,
    to,
    lines: slopeLines(data, from, to, chosen),
    broken: crossed.length > 0,
    format: (v) => formatValue(v, data.unit, language),
    ariaLabel: title,
    ariaDescription: [t("charts.slope.description", { level: data.levelName, from, to }), breakNote ?? ""]
      .join(" ")
      .trim(),
  });
  return { from, to, title, breakNote, svg };
}
