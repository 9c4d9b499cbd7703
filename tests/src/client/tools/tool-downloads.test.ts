import { describe, expect, it } from "vitest";
import { allocationFileStem } from "../../../../src/client/tools/allocator-downloads.ts";
import { sitingFileSuffix } from "../../../../src/client/tools/siting-downloads.ts";

describe("allocationFileStem(state)", () => {
  it("names the CSV and the map's PNG after the level, need and k shown", () => {
    expect(allocationFileStem({ level: "commune", need: "fragility_index", k: 1.5 })).toBe(
      "allocation-commune-fragility_index-k1.5",
    );
  });
});

describe("sitingFileSuffix(options)", () => {
  it("names the sites, radius and reach, and says when existing centres or other bassins are left out", () => {
    expect(sitingFileSuffix({ k: 5, radius: 500, reach: "all", existing: true, bassin: null })).toBe("k5-500m-all");
    expect(sitingFileSuffix({ k: 3, radius: 800, reach: "fragile", existing: false, bassin: "N" })).toBe(
      "k3-800m-fragile-no-existing-N",
    );
  });
});
