import type { LevelDefinition } from "../../src/core/levels.ts";
import { quartiers } from "../../src/core/tables/quartiers.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { territoryLevelTable } from "./territory-level-table.ts";

/** The Monitoring quartiers, one row each. */
export function quartiersTable(model: TerritorialModel, level: LevelDefinition): Table {
  return territoryLevelTable(model, level, quartiers);
}
