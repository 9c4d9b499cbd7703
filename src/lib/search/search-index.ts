/**
 * The search index the site publishes (/site-data/search.json, built from the published tables):
 * the areas with their names in each language, the statistical sectors with their FR and NL
 * names and the quartier and commune they belong to, and the postcodes with the communes and
 * quartiers where addresses carrying them were located.
 */
import type { Localized } from "../../core/languages.ts";

/** The levels a search can select; a sector resolves to its quartier. */
export const SEARCH_AREA_LEVELS = ["region", "bassin", "commune", "quartier"] as const;
export type SearchAreaLevel = (typeof SEARCH_AREA_LEVELS)[number];

export interface SearchArea {
  level: SearchAreaLevel;
  code: string;
  names: Localized;
  /** A quartier's commune (the one holding most of its residents). */
  commune?: string;
}

export interface SearchSector {
  code: string;
  /** The sector's name in French and in Dutch, as Statbel writes them (most name a street or place). */
  fr: string;
  nl: string;
  quartier: string;
  commune: string;
}

/** [code, number of located addresses], most addresses first. */
export type Tally = [string, number];

export interface SearchPostcode {
  postcode: string;
  communes: Tally[];
  quartiers: Tally[];
}

export interface SearchIndex {
  areas: SearchArea[];
  sectors: SearchSector[];
  postcodes: SearchPostcode[];
}
