import type { LevelDefinition } from "../../src/core/levels.ts";
import { communes } from "../../src/core/tables/communes.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { territoryLevelTable } from "./territory-level-table.ts";

/** The communes, one row each. */
export function communesTable(model: TerritorialModel, level: LevelDefinition): Table {
  return territoryLevelTable(model, level, communes);
}
