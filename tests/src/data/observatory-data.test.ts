import { describe, expect, it } from "vitest";
import { readTable } from "../../../src/data/observatory-data.ts";

describe("readTable(name)", () => {
  it("parses each table once and shares it, frozen against in-place sorting", () => {
    expect(readTable("levels")).toBe(readTable("levels"));
    expect(Object.isFrozen(readTable("levels"))).toBe(true);
  });
});
