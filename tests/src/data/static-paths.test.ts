import { describe, expect, it } from "vitest";
import { mapStaticPaths } from "../../../src/data/static-paths.ts";
import { readCsvTable } from "../../../src/data/observatory-data.ts";

describe("mapStaticPaths() on the published catalogue", () => {
  it("writes no static map of an indicator without data (no all-hatched map offered for reports)", () => {
    const withheld = readCsvTable("indicator_catalog")
      .filter((r) => r.status !== "published")
      .map((r) => r.indicator_id!);
    expect(withheld).toContain("gp_per_1000");
    const mapped = new Set(mapStaticPaths().map((p) => p.params.indicator));
    expect(mapped.has("gp_need_index")).toBe(true);
    for (const id of withheld) expect(mapped.has(id), id).toBe(false);
  });
});
