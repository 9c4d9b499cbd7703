/**
 * What the profile's summary and first screen are built from: the area's fragility standing and
 * its key figures as summary facts, each with its verdict against the region and its position
 * among the level's ranked territories (src/lib/profile/summary.ts turns them into sentences).
 */
import type { Language } from "../../core/languages.ts";
import { isRankable } from "../../core/reliability.ts";
import type { Polarity } from "../../core/polarity.ts";
import type { Translator } from "../../i18n/translate.ts";
import type { ProfileRow } from "../../lib/profile/row.ts";
import type { FragilityStanding, SummaryFact, SummaryInput } from "../../lib/profile/summary.ts";
import { levelValues } from "../site-data.ts";
import { fragilityOf } from "./fragility.ts";
import { KEY_INDICATORS, profileRow } from "./rows.ts";
import { valueText } from "./text.ts";
import { areaName, type Area } from "./territory.ts";

/** The key figures the summary speaks of: the fragility index has its own sentence (its rank). */
export const SUMMARY_INDICATORS = KEY_INDICATORS.filter((id) => id !== "fragility_index");

export function fragilityStanding(area: Area): FragilityStanding | null {
  const fragility = fragilityOf(area);
  if (!fragility) return null;
  if (fragility.ranked) return { kind: "ranked", rank: fragility.ranked.rank, pool: fragility.pool };
  return { kind: "unranked", reason: fragility.unranked?.kind ?? "other" };
}

/**
 * 1-based positions of a value among the level's ranked values, from the least and from the most
 * favourable end (a tie takes the last place of its group); null when the value is not ranked.
 */
export function position(
  level: string,
  indicatorId: string,
  value: number | null,
  flag: string | null | undefined,
  polarity: Polarity,
): SummaryFact["position"] {
  if (value === null || !isRankable(flag) || polarity === "neutral") return null;
  const values = [...(levelValues(level).get(indicatorId)?.values() ?? [])]
    .filter((c) => c.value !== null && isRankable(c.flag))
    .map((c) => c.value!);
  // Ties count against a decile claim: 40 quartiers at 100 % are not all "among the best 10 %".
  const atLeast = values.filter((v) => v >= value).length;
  const atMost = values.filter((v) => v <= value).length;
  const worseIsHigher = polarity === "higher_is_worse";
  return {
    fromWorst: worseIsHigher ? atLeast : atMost,
    fromBest: worseIsHigher ? atMost : atLeast,
    pool: values.length,
  };
}

export function summaryFact(t: Translator, language: Language, row: ProfileRow, level: string): SummaryFact {
  const flag = row.cell?.flag;
  return {
    label: row.indicator.label[language],
    value: row.value === null ? null : valueText(t, language, row.value, row.indicator.unit, flag),
    polarity: row.indicator.polarity,
    // Only a verdict against the region is a summary verdict: a level median is not "the region".
    comparison: row.benchmark.kind === "region" ? row.comparison : "not_compared",
    reliable: isRankable(flag),
    position: position(level, row.indicator.id, row.value, flag, row.indicator.polarity),
  };
}

export function summaryInput(t: Translator, language: Language, area: Area): SummaryInput {
  const rows = SUMMARY_INDICATORS.map((id) => profileRow(area.level, area.code, id)).filter(
    (row): row is ProfileRow => row !== undefined,
  );
  return {
    name: areaName(area, language),
    levels: t(`profile.levelPlural.${area.level}`),
    fragility: fragilityStanding(area),
    facts: rows.map((row) => summaryFact(t, language, row, area.level)),
  };
}
