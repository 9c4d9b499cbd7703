/**
 * What the GP page shows, from the published tables only: the key regional facts, the legal
 * texts, the communes each naming statement names, every statement on supply, and the INAMI
 * thresholds the pipeline uses (method_parameters).
 */
import type { Language } from "../../core/languages.ts";
import {
  factsForCommune,
  factsStating,
  namingStatements,
  type GpFact,
  type StatementGroup,
} from "../../lib/gp/facts.ts";
import { methodParameter, territories } from "../site-data.ts";
import { gpFacts, KEY_FACTS } from "./facts.ts";

export type KeyFactName = keyof typeof KEY_FACTS;

export function keyFacts(name: KeyFactName): GpFact[] {
  const [topic, indicator] = KEY_FACTS[name];
  return factsStating(gpFacts(), topic, indicator);
}

/** The one fact a key names; two would leave the page unable to choose. */
export function keyFact(name: KeyFactName): GpFact {
  const found = keyFacts(name);
  if (found.length !== 1)
    throw new Error(`gp_facts states "${KEY_FACTS[name][1]}" ${found.length} times; expected once`);
  return found[0]!;
}

export interface CommuneNaming {
  code: string;
  name: string;
  /** Named by the statement on quartiers "en grande pénurie". */
  named: boolean;
  /** The other naming statements (shortage or supply) that name it. */
  others: StatementGroup[];
}

export function communeNamings(language: Language): { shortage: StatementGroup; communes: CommuneNaming[] } {
  const groups = [
    ...namingStatements(gpFacts(), "shortage_statements"),
    ...namingStatements(gpFacts(), "supply_statements"),
  ];
  const [, indicator] = KEY_FACTS.shortageCommunes;
  const shortage = groups.find((group) => group.indicator === indicator);
  if (!shortage) throw new Error(`gp_facts has no statement naming communes: "${indicator}"`);
  const communes = territories("commune").map((commune) => ({
    code: commune.code,
    name: commune.name[language],
    named: shortage.communes.includes(commune.code),
    others: groups.filter((group) => group !== shortage && group.communes.includes(commune.code)),
  }));
  return { shortage, communes };
}

export function factsOfTopic(topic: string): GpFact[] {
  return gpFacts().filter((fact) => fact.topic === topic);
}

export function communeFacts(commune: string): GpFact[] {
  return factsForCommune(gpFacts(), commune);
}

/** The INAMI shortage thresholds per 1,000 residents, as the pipeline's shortage method uses them. */
export function inamiThresholds(): { threshold: number; severe: number } {
  return {
    threshold: Number(methodParameter("gp", "inami_shortage_per_1000")),
    severe: Number(methodParameter("gp", "inami_severe_per_1000")),
  };
}
