import type { Localized } from "../../src/core/languages.ts";
import type { Table } from "../../src/core/table-schema.ts";

import type { Family, Polarity } from "../../src/core/polarity.ts";

/** Everything a reader needs to trust a published figure: what, how, from where, when. */
export interface IndicatorDefinition {
  id: string;
  family: Family;
  label: Localized;
  /** Machine unit: persons, percent, per_1000, metres, euros, rank_0_1, count. */
  unit: string;
  polarity: Polarity;
  year: number;
  /** Filled from the published values when the catalogue is written. */
  levels?: string[];
  method: Localized;
  sources: string[];
  /** "published", or "not_available" when the method is ready but its data are missing. */
  status: "published" | "not_available";
}

/** One row of the long `indicators` table. */
export interface IndicatorValue {
  level: string;
  territory_code: string;
  indicator_id: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Why value is null, or quality notes joined by ";": not_applicable, partial_source, small_denominator, ... */
  flag: string | null;
  /** 95 % interval and comparison with the region, set by the reliability rule (scripts/indicators/reliability). */
  ci_low?: number | null;
  ci_high?: number | null;
  region_comparison?: string | null;
}

/** One entry of the `data_quality` table: a value that is missing, corrected or excluded, and why. */
export interface DataQualityNote {
  /** The source the note is about; null when it is about a source that does not exist yet. */
  source_id: string | null;
  level: string;
  territory_code: string | null;
  indicator_id: string | null;
  /** missing_in_source, not_applicable, corrected, excluded, outside_region, ... */
  issue: string;
  /** The explanation in English: the published `detail` column, kept for the queries reusers already run. */
  detail: string;
  /** The same explanation in French and Dutch (scripts/indicators/quality-detail.ts builds the three). */
  detail_fr: string;
  detail_nl: string;
}

/** A parameter of a method, published next to the figures it produces. */
export interface MethodParameter {
  /** An indicator family, or "reliability" for the rule that applies to every indicator. */
  family: IndicatorDefinition["family"] | "reliability";
  parameter: string;
  value: number | string;
  /** reference, derived (from a cited figure), assumption, or setting (a methodological choice). */
  status: "reference" | "derived" | "assumption" | "setting";
  /** Why this value, in each language (published as explanation_fr/_nl/_en; `explanation` is the English). */
  explanation: Localized;
  source_id: string | null;
}

/** What an indicator stage hands to the pipeline. */
export interface IndicatorStageOutput {
  definitions: IndicatorDefinition[];
  values: IndicatorValue[];
  /** Extra tables the stage publishes (for example `services`). */
  tables: Table[];
  quality: DataQualityNote[];
  /** The method's weights, thresholds and settings (optional: some stages have none). */
  parameters?: MethodParameter[];
}
