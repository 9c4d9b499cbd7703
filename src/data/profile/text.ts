/**
 * The words a profile uses for values and verdicts, shared by its components, its chart and its
 * CSV. Every string comes from src/i18n/messages/ (profile.json, and explorer.json's flag words).
 */
import type { Translator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import { formatValue, locale, numberFormats } from "../../lib/format.ts";
import { wordsFor } from "../../lib/indicator/page.ts";
import { SIMILAR_ABSOLUTE_RANK, SIMILAR_RELATIVE, type Comparison } from "../../lib/profile/compare.ts";
import type { BenchmarkKind, ProfileRow } from "../../lib/profile/row.ts";
import { sourceCitation } from "../site-data.ts";
import type { Cell, Indicator } from "../../lib/published.ts";
import { flagTokens, RELIABILITY_FLAGS } from "../../core/reliability.ts";

/** A flag in the explorer's words (`flag.<code>`, each of its ";" tokens); a flag without words yet is shown by its code. */
export function flagText(language: Language, flag: string | null | undefined): string | null {
  const tokens = flagTokens(flag);
  return tokens.length ? tokens.map((token) => wordsFor(language, "flag", token)).join("; ") : null;
}

/** "95 % CI: 18.0 to 27.0", where the value has a published interval. */
export function intervalText(t: Translator, language: Language, cell: Cell | undefined, unit: string): string | null {
  if (cell?.ci_low === null || cell?.ci_low === undefined || cell.ci_high === null || cell.ci_high === undefined)
    return null;
  return t("profile.value.interval", {
    low: formatValue(cell.ci_low, unit, language),
    high: formatValue(cell.ci_high, unit, language),
  });
}

/** A value in its unit, or why there is none ("not applicable", "no data"). */
export function valueText(
  t: Translator,
  language: Language,
  value: number | null | undefined,
  unit: string,
  flag?: string | null,
): string {
  if (value !== null && value !== undefined) return formatValue(value, unit, language);
  const tokens = flagTokens(flag);
  if (tokens.includes(RELIABILITY_FLAGS.suppressed)) return t("profile.value.tooFewResidents");
  if (tokens.includes("not_applicable") || tokens.includes("no_residents")) return t("profile.value.notApplicable");
  if (tokens.includes("supply_not_available")) return t("profile.value.notAvailable");
  return t("profile.value.noData");
}

/** "worse than the region", "similar to the bassin", "better than the median of the neighbourhoods"… */
export function comparisonText(
  t: Translator,
  comparison: Comparison,
  against: BenchmarkKind | "bassin",
  level: string,
  reason?: "neutral" | "missing" | "total",
): string {
  if (comparison === "not_compared") return t(`profile.compare.none.${reason ?? "missing"}`);
  return t(`profile.compare.${comparison}.${against}`, { levels: t(`profile.levelPlural.${level}`) });
}

/** Why a row has no verdict: the indicator is neutral, a total, or a value is missing. */
export function noComparisonReason(row: ProfileRow): "neutral" | "missing" | "total" {
  if (row.benchmark.kind === "none") return "total";
  if (row.indicator.polarity === "neutral") return "neutral";
  return "missing";
}

/** The verdict of a row against its benchmark (region, or the level's median) in words. */
export function rowComparisonText(t: Translator, row: ProfileRow, level: string): string {
  return comparisonText(
    t,
    row.comparison,
    row.benchmark.kind === "none" ? "region" : row.benchmark.kind,
    level,
    noComparisonReason(row),
  );
}

export function bassinComparisonText(t: Translator, row: ProfileRow, level: string): string | null {
  if (row.bassin === null) return null;
  return comparisonText(t, row.bassinComparison, "bassin", level, noComparisonReason(row));
}

/** The comparison rule, stated once with its thresholds from src/lib/profile/compare.ts. */
export function ruleText(t: Translator, language: Language): string {
  return t("profile.rule", {
    relative: numberFormats(locale(language)).percent(SIMILAR_RELATIVE, 0),
    absolute: formatValue(SIMILAR_ABSOLUTE_RANK, "rank_0_1", language),
  });
}

/** Short citations (publisher and reference date) of an indicator's sources. */
export function citations(indicator: Indicator, language: Language): string[] {
  return [...new Set(indicator.sources.map((id) => sourceCitation(id, language)))];
}

export function sourcesText(indicator: Indicator, language: Language): string {
  return citations(indicator, language).join("; ");
}
