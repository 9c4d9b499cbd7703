import { describe, expect, it } from "vitest";
import { FAMILIES, rankIn } from "../../../src/core/polarity.ts";

describe("rankIn(order, item)", () => {
  it("is the item's index, and puts unlisted items after every listed one", () => {
    expect(rankIn(FAMILIES, "fragility")).toBe(0);
    expect(rankIn(FAMILIES, "population")).toBe(3);
    expect(rankIn(FAMILIES, "unknown")).toBe(FAMILIES.length);
  });
});
