import type { LevelDefinition } from "../../src/core/levels.ts";
import { bassins } from "../../src/core/tables/bassins.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { territoryLevelTable } from "./territory-level-table.ts";

/** The bassins d'aide et de soins, one row each. */
export function bassinsTable(model: TerritorialModel, level: LevelDefinition): Table {
  return territoryLevelTable(model, level, bassins);
}
