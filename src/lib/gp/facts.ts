/**
 * Selections of the published GP facts (table gp_facts) for the GP page and the profiles: pure,
 * so that they are tested on purpose-built rows. Facts are never combined into a figure: each is
 * shown as stated, with its source, date, caveat and status.
 */
import type { Language } from "../../core/languages.ts";
import type { RowOf } from "../../core/table-schema.ts";
import { locale } from "../format.ts";
import type { gp_facts } from "../../core/tables/gp_facts.ts";

export type GpFact = RowOf<typeof gp_facts>;

/** The region's NIS code, as the facts write it. */
export const REGION_CODE = "04000";

/** The communes a fact is about (its territory code may list several, separated by ";"). */
export function factCommunes(fact: GpFact): string[] {
  if (fact.territory_code === null || fact.territory_code === REGION_CODE) return [];
  return fact.territory_code.split(";");
}

/** Facts about one commune (alone or with another), in table order. */
export function factsForCommune(facts: readonly GpFact[], commune: string): GpFact[] {
  return facts.filter((fact) => factCommunes(fact).includes(commune));
}

/**
 * The facts stating `indicator` (the file's own wording), oldest table row first. None is an
 * error: a page must not silently lose a statement because a transcription was reworded.
 */
export function factsStating(facts: readonly GpFact[], topic: string, indicator: string): GpFact[] {
  const found = facts.filter((fact) => fact.topic === topic && fact.indicator_as_stated === indicator);
  if (!found.length) throw new Error(`gp_facts has no ${topic} fact stating "${indicator}"`);
  return found;
}

/** One statement naming several areas (one fact per area named), as on its page. */
export interface StatementGroup {
  indicator: string;
  facts: GpFact[];
  /** The communes named, each once, in the statement's order. */
  communes: string[];
}

/**
 * The statements of a topic that name areas, grouped by what they state and the page that
 * states it: "the quartiers most affected are in Anderlecht, Forest and Laeken" is one group of
 * three facts. Statements with a single figure (no area named) are left to the tables.
 */
export function namingStatements(facts: readonly GpFact[], topic: string): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const fact of facts) {
    if (fact.topic !== topic || factCommunes(fact).length === 0) continue;
    const key = `${fact.indicator_as_stated}\n${fact.source_url}`;
    const group = groups.get(key) ?? { indicator: fact.indicator_as_stated, facts: [], communes: [] };
    group.facts.push(fact);
    for (const commune of factCommunes(fact)) if (!group.communes.includes(commune)) group.communes.push(commune);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A stated number in the page's language, with no more decimals than the page gave. */
export function formatStated(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 3 }).format(value);
}

/** A fact's statement, caveat, period and publisher in the page's language: the reviewed translations gp_facts publishes. */
export function factText(
  fact: GpFact,
  language: Language,
): { statement: string; caveat: string | null; period: string; publisher: string } {
  return {
    statement: fact[`statement_${language}`],
    caveat: fact[`caveat_${language}`],
    period: fact[`period_${language}`],
    publisher: fact[`publisher_${language}`],
  };
}

/** The `lang` of a fact's verbatim quote (and of its area as the page names it); none for a bare figure. */
export function quoteLang(fact: GpFact): string | undefined {
  return fact.quote_language ?? undefined;
}
