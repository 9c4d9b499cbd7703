import type { LevelDefinition } from "../../src/core/levels.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { InvariantError } from "../lib/errors.ts";
import type { GeometryOutputs } from "../territory/geometry.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { bassinsTable } from "./bassins.ts";
import { communesTable } from "./communes.ts";
import { quartiersTable } from "./quartiers.ts";
import { regionTable } from "./region.ts";
import { sectorsTable } from "./sectors.ts";

type LevelTableBuilder = (model: TerritorialModel, level: LevelDefinition, geometry: GeometryOutputs) => Table;

/** The builder of each level's own table, by table name (data/reference/levels.json names the tables). */
const BUILDERS: Readonly<Record<string, LevelTableBuilder>> = {
  sectors: sectorsTable,
  quartiers: quartiersTable,
  communes: communesTable,
  bassins: bassinsTable,
  region: regionTable,
};

/** Each level's own table, finest level first; a level whose table is neither declared nor built stops the pipeline. */
export function levelTables(model: TerritorialModel, geometry: GeometryOutputs): Table[] {
  return model.levels.map((level) => {
    const build = BUILDERS[level.table];
    if (!build)
      throw new InvariantError(
        `level ${level.id}: table ${level.table} has no declaration in src/core/tables/ and no builder in scripts/tables/`,
      );
    return build(model, level, geometry);
  });
}
