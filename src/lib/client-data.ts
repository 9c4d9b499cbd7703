/**
 * The compact JSON the browser explorer loads: one file per level with every indicator's values
 * (a column per indicator, in territory order) and a light catalogue without the method texts.
 * Shared type definitions for both sides.
 */
import type { Language } from "../core/languages.ts";
import type { Polarity } from "../core/polarity.ts";
import type { SeriesYears } from "./explorer/series.ts";

export interface ClientCatalogEntry {
  id: string;
  family: string;
  label: Record<Language, string>;
  unit: string;
  polarity: Polarity;
  year: number;
  levels: string[];
  status: "published" | "not_available";
  /** Publishers and reference dates of the sources in each language, for the caption under every map. */
  citation: Record<Language, string>;
  /**
   * level → years and breaks, for the levels where the indicator has more than one year (its
   * values are in /site-data/series/<level>/<id>.json, loaded only when another year is asked for).
   */
  series?: Record<string, SeriesYears>;
}

export interface ClientLevelData {
  level: string;
  codes: string[];
  names: Record<Language, string[]>;
  population: number[];
  /** indicator id → values in `codes` order (null where missing). */
  values: Record<string, (number | null)[]>;
  /** indicator id → flags in `codes` order. */
  flags: Record<string, (string | null)[]>;
  /** indicator id → reference year of each value when it differs from the catalogue's. */
  years: Record<string, (number | null)[]>;
  /** Codes of coarser territories in `codes` order (for sectors: their quartier). */
  parents: Record<string, string[]>;
}

/** A place name's label point (src/data/map/context.ts), in map units, with the area's names. */
export interface ContextLabel {
  code: string;
  x: number;
  y: number;
  name: Record<Language, string>;
}

/** The explorer map's light context layer, from our own data. */
export interface ClientMapContext {
  /** The region's outline. */
  outline: string;
  /** Inner commune borders. */
  communes: string;
  /** Quartiers that are parks or forests, cemeteries or industrial zones (`quartiers.type`). */
  nonResidential: { code: string; kind: string; d: string }[];
  /** Larger areas first. */
  labels: { commune: ContextLabel[]; quartier: ContextLabel[] };
}

export interface ClientOverlays {
  borders: { commune: string; bassin: string };
  /** Context layer and place names; absent, the map is drawn without them. */
  context?: ClientMapContext;
  /** Quartier codes touched by a contrat local social-santé. */
  clss: string[];
  services: { type: string; name: string | null; x: number; y: number }[];
}
