import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A two-row method_parameters table in tests/input/published/, not the live build.
process.env.OBSERVATORY_DATA_DIR = join(import.meta.dirname, "../../input/published");
let site: typeof import("../../../src/data/site-data.ts");
beforeAll(async () => {
  site = await import("../../../src/data/site-data.ts");
});
// Read once at import: later test files in this worker must see the live build again.
afterAll(() => {
  delete process.env.OBSERVATORY_DATA_DIR;
});

describe("methodParameter(family, parameter)", () => {
  it("returns the published value as written", () => {
    expect(site.methodParameter("fragility", "min_residents")).toBe("200");
    expect(site.methodParameter("coverage", "base_offer_types")).toBe("pharmacy;dentist");
  });

  it("stops the build naming the family and parameter that are missing", () => {
    expect(() => site.methodParameter("fragility", "worst_decile")).toThrow(
      'method_parameters has no fragility parameter "worst_decile"',
    );
    expect(() => site.methodParameter("gp", "min_residents")).toThrow(
      'method_parameters has no gp parameter "min_residents"',
    );
  });
});
