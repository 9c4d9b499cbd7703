/**
 * A profile's spine chart in one language, with its texts: rendered once per area and language
 * and shared by the profile page and its embed page.
 */
import { createTranslator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import { renderSpineChart } from "../../lib/profile/chart.ts";
import { yearRange } from "../../lib/indicator/series.ts";
import type { ProfileRow } from "../../lib/profile/row.ts";
import { profileRows } from "./rows.ts";
import { citations, rowComparisonText, valueText } from "./text.ts";
import { areaName, findArea } from "./territory.ts";

export interface ProfileChart {
  svg: string;
  title: string;
  rows: ProfileRow[];
  /** Sources and reference years of every row, for the line under the chart. */
  sourceLine: string;
  /** The sources' names, for the chart's "cite this" sentence. */
  sources: string;
}

const memo = new Map<string, ProfileChart>();

export function profileChart(level: string, code: string, language: Language): ProfileChart {
  const key = `${level}:${code}:${language}`;
  const done = memo.get(key);
  if (done) return done;
  const t = createTranslator(language);
  const name = areaName(findArea(level, code), language);
  const levels = t(`profile.levelPlural.${level}`);
  const rows = profileRows(level, code);
  const value = (row: ProfileRow) => valueText(t, language, row.value, row.indicator.unit, row.cell?.flag);
  const svg = renderSpineChart(rows, {
    frameKey: `${level}:${language}`,
    ariaLabel: t("profile.spine.ariaLabel", { count: rows.length, name, levels }),
    ariaDescription: t("profile.spine.ariaDescription", { name, levels }),
    family: (family) => t(`profile.family.${family}`),
    label: (row) => row.indicator.label[language],
    value,
    title: (row) =>
      t("profile.spine.dotTitle", {
        indicator: row.indicator.label[language],
        value: value(row),
        comparison: rowComparisonText(t, row, level),
      }),
    worseEnd: t("profile.spine.worseEnd"),
    betterEnd: t("profile.spine.betterEnd"),
  });
  const sources = [...new Set(rows.flatMap((row) => citations(row.indicator, language)))].sort();
  const years = [...new Set(rows.map((row) => row.year))].sort();
  const chart: ProfileChart = {
    svg,
    // The years in the title, as every chart's title gives them (its PNG, SVG and embed too).
    title: t("charts.titleYears", { title: t("profile.spine.title", { name, levels }), years: yearRange(years) }),
    rows,
    sourceLine: t("profile.spine.source", { sources: sources.join("; "), years: years.join(", ") }),
    sources: sources.join("; "),
  };
  memo.set(key, chart);
  return chart;
}
