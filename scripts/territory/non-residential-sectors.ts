/**
 * Which statistical sectors are not places to open a community centre: parks, forests,
 * cemeteries and industrial zones, judged from the sector's quartier type (Monitoring des
 * Quartiers), its residents (Statbel, 1 January 2024) and its name. A deterministic first
 * judgement: scripts/dev/make-non-residential-sectors.ts writes it to
 * data/reference/non-residential-sectors.csv, which is then reviewed by hand.
 */

/** Fewer residents than this: nobody lives there to speak of, whatever the name. */
export const NEAR_ZERO_RESIDENTS = 10;
/** A name or an industrial quartier says "not residential" only when fewer residents than this live there. */
export const FEW_RESIDENTS = 100;

export type NonResidentialReason =
  | "park_quartier"
  | "cemetery_quartier"
  | "industrial_quartier_few_residents"
  | "park_or_forest_name_few_residents"
  | "cemetery_name_few_residents"
  | "industrial_name_few_residents"
  | "near_zero_residents";

export interface SectorFacts {
  nameFr: string;
  nameNl: string;
  population: number;
  /** The quartier's type in the quartiers table: residential, park, cemetery or industrial. */
  quartierType: string;
}

/** Whole words of Statbel's upper-case names (French, then Dutch), by kind of place. */
const NAME_WORDS: [NonResidentialReason, RegExp][] = [
  ["cemetery_name_few_residents", /\b(?:CIMETIERE|KERKHOF|BEGRAAFPLAATS)\b/],
  ["park_or_forest_name_few_residents", /\b(?:PARC|BOIS|FORET|PARK|BOS|WOUD|\p{Lu}+BOS|\p{Lu}+PARK)\b/u],
  ["industrial_name_few_residents", /\b(?:ZONING|INDUSTRIE|INDUSTRIELLE|INDUSTRIEZONE|DEPOT)\b/],
];

/** The first reason that applies, in the order of the type above; null: a candidate site. */
export function nonResidentialReason(sector: SectorFacts): NonResidentialReason | null {
  if (sector.quartierType === "park") return "park_quartier";
  if (sector.quartierType === "cemetery") return "cemetery_quartier";
  if (sector.quartierType === "industrial" && sector.population < FEW_RESIDENTS)
    return "industrial_quartier_few_residents";
  if (sector.population < FEW_RESIDENTS) {
    const names = `${sector.nameFr} ${sector.nameNl}`;
    const found = NAME_WORDS.find(([, words]) => words.test(names));
    if (found) return found[0];
  }
  if (sector.population < NEAR_ZERO_RESIDENTS) return "near_zero_residents";
  return null;
}
