import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { loadFragilityParameters } from "../../../../scripts/indicators/fragility/parameters.ts";

describe("loadFragilityParameters(dir)", () => {
  it("rejects an unknown component, naming the theme", () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-fragility-"));
    cpSync(referenceDir, dir, { recursive: true });
    const path = join(dir, "fragility-parameters.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"id": "share_80_plus"', '"id": "share_90_plus"'));
    expect(() => loadFragilityParameters(dir)).toThrow(
      `${path} (row 2, column "components"): unknown component "share_90_plus" in theme age_isolation`,
    );
  });
});
