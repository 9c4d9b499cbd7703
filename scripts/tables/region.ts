import type { LevelDefinition } from "../../src/core/levels.ts";
import { region } from "../../src/core/tables/region.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { territoryLevelTable } from "./territory-level-table.ts";

/** The region, one row each. */
export function regionTable(model: TerritorialModel, level: LevelDefinition): Table {
  return territoryLevelTable(model, level, region);
}
