import { describe, expect, it } from "vitest";
import { clss } from "../../../src/core/tables/clss.ts";
import { clssRows } from "../../../scripts/territory/clss.ts";
import { buildTerritorialModel } from "../../../scripts/territory/territorial-model.ts";
import { clssTable } from "../../../scripts/tables/clss.ts";
import { realContext } from "../../helpers/raw-fixture.ts";

const context = realContext();

describe("clssTable(rows)", () => {
  it("publishes the rows read from data/reference/clss.csv under the declared columns, each described", () => {
    const rows = clssRows(context, buildTerritorialModel(context));
    const table = clssTable(rows);
    expect(table.name).toBe("clss");
    expect(table.rows).toBe(rows);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual(clss.columns.map((c) => [c.name, c.type]));
    expect(table.columns.find((c) => c.name === "match")!.description.en).toMatch(/^Match: whole-quartier/);
  });
});
