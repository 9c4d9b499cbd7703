/**
 * The one-line source note of a profile section or key figure, in the page's language: the short
 * names of the producers and the reference year; the full references are in the sources section.
 */
import type { Translator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import type { Indicator } from "../../lib/published.ts";
import { shortPublishers } from "../../lib/profile/source-names.ts";
import { sourceRows, sourceText } from "../site-data.ts";

export function shortSourceNames(indicators: readonly Indicator[], language: Language): string {
  const byId = new Map(sourceRows().map((row) => [row.source_id!, sourceText(row, "publisher", language)]));
  return shortPublishers(indicators.flatMap((i) => i.sources).map((id) => byId.get(id) ?? id)).join(", ");
}

/** "Sources: Statbel, IBSA / perspective.brussels; reference years 2022–2024." */
export function sectionSourceLine(t: Translator, language: Language, indicators: readonly Indicator[]): string {
  const years = [...new Set(indicators.map((i) => i.year))].sort();
  const names = shortSourceNames(indicators, language);
  if (years.length === 0) return t("sourceLine.names", { names });
  const span = years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
  return t(years.length === 1 ? "sourceLine.year" : "sourceLine.years", { names, years: span });
}
