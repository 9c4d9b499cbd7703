import type { Row } from "../../src/core/table-schema.ts";
import type { Territory } from "../territory/territorial-model.ts";

/** The columns that name an area in the wide tables (one row per area of every level). */
export function territoryIdentity(level: string, territory: Territory): Row {
  return {
    level,
    territory_code: territory.code,
    name_fr: territory.name_fr,
    name_nl: territory.name_nl,
    name_en: territory.name_en,
  };
}
