/**
 * A key figure's change in words (browser-safe): "Worsened since 2010: +3.2 percentage points
 * (18.1 % in 2010, 21.3 % in 2024)". The verdict is the pipeline's `indicator_trends.direction`,
 * which knows the indicator's polarity and the trend's interval; this module only words it, with
 * the change value and the years of the last comparable segment.
 */
import type { Translate } from "../../i18n/format-message.ts";
import type { Language } from "../../core/languages.ts";
import { formatValue, locale, numberFormats } from "../format.ts";
import type { TrendRow } from "../indicator/series.ts";

const MINUS = "\u2212";

/** A change in the indicator's unit with its sign: "+3.2 percentage points", "−1 250 €". */
export function signedChange(t: Translate, language: Language, change: number, unit: string): string {
  const sign = change > 0 ? "+" : change < 0 ? MINUS : "";
  const size = Math.abs(change);
  // A change of a share is in percentage points, never "%": 10 % → 12 % is +2 points, not +20 %.
  if (unit === "percent")
    return t("charts.change.points", { value: `${sign}${numberFormats(locale(language)).decimal(size, 1)}` });
  return `${sign}${formatValue(size, unit, language)}`;
}

/** The trend of a key figure in one sentence, or null when the row has no two values to compare. */
export function trendSentence(t: Translate, language: Language, trend: TrendRow, unit: string): string | null {
  if (trend.value_from === null || trend.value_to === null || trend.from_year === trend.to_year) return null;
  const change = trend.change_abs ?? trend.value_to - trend.value_from;
  return t(`charts.trend.${trend.direction ?? "neutral"}`, {
    from: trend.from_year,
    to: trend.to_year,
    change: signedChange(t, language, change, unit),
    valueFrom: formatValue(trend.value_from, unit, language),
    valueTo: formatValue(trend.value_to, unit, language),
  });
}

export interface NamedLine {
  name: string;
  values: (number | null)[];
}

/** "18.1 % in 2010, 21.3 % in 2024": a line's first and last values with their years. */
function endsText(t: Translate, language: Language, years: readonly number[], line: NamedLine, unit: string) {
  const known = years.flatMap((year, i) => {
    const value = line.values[i];
    return value === null || value === undefined ? [] : [{ year, value }];
  });
  if (known.length === 0) return null;
  const first = known[0]!;
  const last = known.at(-1)!;
  const at = (p: { year: number; value: number }) =>
    t("charts.spark.valueIn", { value: formatValue(p.value, unit, language), year: p.year });
  return t("charts.spark.line", { name: line.name, values: first === last ? at(first) : `${at(first)}, ${at(last)}` });
}

/**
 * The sparkline's text alternative: indicator and years, each line's first and last values, and
 * the breaks, e.g. "BIM share, 2010–2024: Molenbeek 18.1 % in 2010, 21.3 % in 2024; region …".
 */
export function sparklineAlt(
  t: Translate,
  language: Language,
  input: {
    indicator: string;
    years: readonly number[];
    unit: string;
    lines: NamedLine[];
    breaks: { year: number; kind: string }[];
  },
): string {
  const first = input.years[0];
  const last = input.years.at(-1);
  const range = first === last ? String(first) : `${first}–${last}`;
  const lines = input.lines.flatMap((line) => endsText(t, language, input.years, line, input.unit) ?? []);
  const breaks = input.breaks.map((b) => t("charts.spark.break", { year: b.year, kind: t(`charts.break.${b.kind}`) }));
  return [t("charts.spark.alt", { indicator: input.indicator, years: range, lines: lines.join("; ") }), ...breaks].join(
    " ",
  );
}
