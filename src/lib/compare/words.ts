/**
 * The comparison's words (browser-safe, pure): an area's name and level, a value as the profiles
 * write it (src/data/profile/text.ts's valueText, with the same messages), its interval, its rank
 * and its verdict. The page and the embed read every text from here.
 */
import type { Language } from "../../core/languages.ts";
import { flagTokens, RELIABILITY_FLAGS } from "../../core/reliability.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { formatInteger, formatValue, ordinal } from "../format.ts";
import type { CompareCell } from "./data.ts";
import type { ResolvedArea, TableCell } from "./table.ts";

export function areaNameOf(area: ResolvedArea, language: Language): string {
  return area.data.names[language][area.index] ?? area.code;
}

export function levelWord(t: Translate, level: string): string {
  return t(`compare.level.${level}`);
}

/** A value in its unit, or why there is none: the profile's words ("too few residents", "no data"). */
export function valueWords(t: Translate, language: Language, cell: CompareCell | null, unit: string): string {
  if (cell === null) return t("compare.table.notAtLevel");
  if (cell.v !== null) return formatValue(cell.v, unit, language);
  const tokens = flagTokens(cell.f);
  if (tokens.includes(RELIABILITY_FLAGS.suppressed)) return t("profile.value.tooFewResidents");
  if (tokens.includes("not_applicable") || tokens.includes("no_residents")) return t("profile.value.notApplicable");
  if (tokens.includes("supply_not_available")) return t("profile.value.notAvailable");
  return t("profile.value.noData");
}

export function intervalWords(t: Translate, language: Language, cell: CompareCell | null, unit: string): string | null {
  const low = cell?.lo ?? null;
  const high = cell?.hi ?? null;
  if (cell?.v === null || cell?.v === undefined || low === null || high === null) return null;
  return t("profile.value.interval", {
    low: formatValue(low, unit, language),
    high: formatValue(high, unit, language),
  });
}

export function rankWords(t: Translate, language: Language, rank: TableCell["rank"]): string | null {
  return rank
    ? t("glance.rankOf", { rank: ordinal(rank.rank, language), pool: formatInteger(rank.pool, language) })
    : null;
}

/** The verdict against the reference, named ("better than the region", "similar to Marolles: cannot tell…"). */
export function verdictWords(t: Translate, verdict: TableCell["verdict"], referenceName: string): string {
  if (verdict === "reference") return t("compare.table.referenceMark");
  if (verdict.verdict === "not_compared") return t(`compare.verdict.none.${verdict.reason}`);
  if (verdict.reason === "unreliable") return t("compare.verdict.unreliable", { reference: referenceName });
  return t(`compare.verdict.${verdict.verdict}`, { reference: referenceName });
}
