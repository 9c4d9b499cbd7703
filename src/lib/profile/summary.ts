/**
 * The plain-language summary at the top of a profile: a few sentences generated from the same
 * rows as the key figures (browser-safe, no data access). It claims no more than the data allow:
 * a decile is named only where the 95 % interval separates the area from the region, an interval
 * that overlaps the region's value reads "similar to the region", and a value on too few residents
 * says so instead of being compared.
 */
import type { Translate } from "../../i18n/format-message.ts";
import type { Polarity } from "../../core/polarity.ts";
import type { Comparison } from "./compare.ts";

/** The share of territories a "decile" sentence speaks of ("among the 10 % most…"). */
export const DECILE_SHARE = 0.1;

export type FragilityStanding =
  | { kind: "ranked"; rank: number; pool: number }
  | { kind: "unranked"; reason: "not_residential" | "too_few_residents" | "incomplete_data" | "other" };

export interface SummaryFact {
  /** The indicator's label in the page's language. */
  label: string;
  /** The value as printed ("34,2 %"); null when the area has none. */
  value: string | null;
  polarity: Polarity;
  /** The verdict against the region (interval-based where an interval is published). */
  comparison: Comparison;
  /** False when the small-number rule flags the value (too few residents to rank or compare). */
  reliable: boolean;
  /**
   * Position among the level's ranked territories in the direction of the indicator: 1 = the
   * least favourable, `pool` = the most favourable; null when not ranked.
   */
  position: { fromWorst: number; fromBest: number; pool: number } | null;
}

export interface SummaryInput {
  name: string;
  /** The level's plural in the page's language ("quartiers", "wijken", "neighbourhoods"). */
  levels: string;
  fragility: FragilityStanding | null;
  facts: SummaryFact[];
}

export type Decile = "worst" | "best" | null;

/** Whether a 1-based position from one end falls within the first tenth of the pool. */
export function inFirstDecile(position: number, pool: number): boolean {
  return pool > 0 && position <= pool * DECILE_SHARE;
}

/** The decile a fact may be said to sit in: only when its verdict against the region agrees. */
export function factDecile(fact: SummaryFact): Decile {
  if (!fact.reliable || fact.position === null || fact.polarity === "neutral") return null;
  const { fromWorst, fromBest, pool } = fact.position;
  if (fact.comparison === "worse" && inFirstDecile(fromWorst, pool)) return "worst";
  if (fact.comparison === "better" && inFirstDecile(fromBest, pool)) return "best";
  return null;
}

export function fragilitySentence(t: Translate, input: SummaryInput, ordinal: (n: number) => string): string | null {
  const standing = input.fragility;
  if (standing === null) return null;
  if (standing.kind === "unranked") return t(`summary.fragility.unranked.${standing.reason}`, { name: input.name });
  const params = {
    name: input.name,
    levels: input.levels,
    rank: ordinal(standing.rank),
    pool: standing.pool,
  };
  if (inFirstDecile(standing.rank, standing.pool)) return t("summary.fragility.worstDecile", params);
  if (inFirstDecile(standing.pool - standing.rank + 1, standing.pool)) return t("summary.fragility.bestDecile", params);
  return t("summary.fragility.rank", params);
}

export function factSentence(t: Translate, fact: SummaryFact, levels: string): string | null {
  if (fact.value === null) return null;
  const params = { label: fact.label, value: fact.value, levels };
  if (!fact.reliable) return t("summary.fact.fewResidents", params);
  const decile = factDecile(fact);
  if (decile) return t(`summary.fact.${decile}Decile`, params);
  if (fact.comparison === "not_compared") return t("summary.fact.plain", params);
  return t(`summary.fact.${fact.comparison}`, params);
}

/** A summary is a few sentences: the fragility standing and the most telling facts; the key figures give all. */
export const MAX_SUMMARY_FACTS = 2;

/** How much a fact tells a reader, most first: a decile, a clear verdict, a caution, "similar", a bare value. */
export function factWeight(fact: SummaryFact): number {
  if (fact.value === null) return 5;
  if (factDecile(fact)) return 0;
  if (!fact.reliable) return 2;
  if (fact.comparison === "worse" || fact.comparison === "better") return 1;
  if (fact.comparison === "similar") return 3;
  return 4;
}

/** The summary's sentences: fragility first, then the most telling facts (ties in the order given). */
export function summarySentences(t: Translate, input: SummaryInput, ordinal: (n: number) => string): string[] {
  const facts = input.facts
    .map((fact, order) => ({ fact, order, weight: factWeight(fact) }))
    .filter((f) => f.fact.value !== null)
    .sort((a, b) => a.weight - b.weight || a.order - b.order)
    .slice(0, MAX_SUMMARY_FACTS)
    .sort((a, b) => a.weight - b.weight || a.order - b.order);
  return [fragilitySentence(t, input, ordinal), ...facts.map(({ fact }) => factSentence(t, fact, input.levels))].filter(
    (sentence): sentence is string => sentence !== null,
  );
}
