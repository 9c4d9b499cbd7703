import { describe, expect, it } from "vitest";
import { readCsvTable } from "../../../../src/data/observatory-data.ts";
import { compareLevelData, compareLevels, compareOrder } from "../../../../src/data/compare/level-data.ts";
import { headlineCsvRows } from "../../../helpers/headline-rows.ts";

const headline = headlineCsvRows();
const fragility = readCsvTable("fragility");

describe("compareLevelData(level) on the published tables", () => {
  it("offers every published level, indicators in the profiles' reading order", () => {
    expect(compareLevels()).toEqual(["sector", "quartier", "commune", "bassin", "region"]);
    const order = compareOrder();
    expect(order[0]).toBe("fragility_index");
    expect(order).not.toContain("fragility_rank");
    expect(order).toContain("distance_pharmacy_m");
  });

  it.each(["sector", "quartier", "commune", "bassin", "region"])("holds the headline values of %s", (level) => {
    const data = compareLevelData(level);
    const rows = headline.filter((r) => r.level === level && data.order.includes(r.indicator_id!));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cell = data.cells[row.indicator_id!]![data.codes.indexOf(row.territory_code!)]!;
      expect(cell.v, `${row.indicator_id} ${row.territory_code}`).toBe(row.value === "" ? null : Number(row.value));
      expect(cell.y).toBe(Number(row.year));
      expect(cell.f ?? "").toBe(row.flag);
      expect(cell.lo ?? "").toBe(row.ci_low === "" ? "" : Number(row.ci_low));
      expect(cell.rc ?? "").toBe(row.region_comparison);
    }
  });

  it("carries the fragility ranks the profiles show, and three similar quartiers for each ranked one", () => {
    const data = compareLevelData("quartier");
    for (const row of fragility.filter((r) => r.level === "quartier")) {
      const i = data.codes.indexOf(row.territory_code!);
      expect(data.fragilityRank!.ranks[i]).toBe(row.status === "ranked" ? Number(row.rank) : null);
      expect(data.similar![i]).toHaveLength(row.status === "ranked" ? 3 : 0);
    }
    expect(data.fragilityRank!.pool).toBe(115);
    expect(compareLevelData("sector").fragilityRank).toBeUndefined();
    expect(compareLevelData("commune").similar).toBeUndefined();
  });
});
