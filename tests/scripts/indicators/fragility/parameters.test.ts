import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { loadFragilityParameters } from "../../../../scripts/indicators/fragility/parameters.ts";
import { MIN_RESIDENTS } from "../../../../src/core/reliability.ts";

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

  /** A copy of the reference folder with the parameters file edited by `edit`. */
  const edited = (edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), "obs-fragility-"));
    cpSync(referenceDir, dir, { recursive: true });
    const path = join(dir, "fragility-parameters.json");
    const text = readFileSync(path, "utf8");
    const changed = edit(text);
    if (changed === text) throw new Error("fixture edit did not apply");
    writeFileSync(path, changed);
    return { dir, path };
  };

  it("takes the ranking's minimum residents from the small-number rule, and refuses a second definition here", () => {
    expect(loadFragilityParameters(referenceDir).min_residents).toBe(MIN_RESIDENTS);
    const { dir, path } = edited((text) =>
      text.replace('"worst_decile": 0.9,', '"min_residents": 800,\n  "worst_decile": 0.9,'),
    );
    expect(() => loadFragilityParameters(dir)).toThrow(
      `${path} (column "min_residents"): the minimum residents to rank a quartier is the small-number rule's threshold, ` +
        `set once as MIN_RESIDENTS in src/core/reliability.ts (1000): remove it from this file`,
    );
  });

  it("publishes the left-out component with its reason, outside every theme", () => {
    const parameters = loadFragilityParameters(referenceDir);
    expect(parameters.left_out.map((entry) => entry.id)).toEqual(["share_65_alone"]);
    expect(parameters.componentIds).not.toContain("share_65_alone");
  });

  it("rejects a left-out component that is also in a theme, or one without its reason in every language", () => {
    const inTheme = edited((text) =>
      text.replace(
        '"left_out": [\n    {\n      "id": "share_65_alone"',
        '"left_out": [\n    {\n      "id": "share_80_plus"',
      ),
    );
    expect(() => loadFragilityParameters(inTheme.dir)).toThrow(
      `${inTheme.path} (row 1, column "left_out"): component share_80_plus is both in a theme and in left_out`,
    );
    const unknown = edited((text) => text.replace('"id": "share_65_alone"', '"id": "share_65_together"'));
    expect(() => loadFragilityParameters(unknown.dir)).toThrow(
      `${unknown.path} (row 1, column "left_out"): unknown component "share_65_together" in left_out`,
    );
    const noDutch = edited((text) =>
      text.replace('"nl": "Het aandeel alleenwonende', '"nl_old": "Het aandeel alleenwonende'),
    );
    expect(() => loadFragilityParameters(noDutch.dir)).toThrow(
      `${noDutch.path} (row 1, column "left_out"): left_out share_65_alone: missing reason.nl`,
    );
  });
});
