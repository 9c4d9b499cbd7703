import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { SHORTAGE_PARAMETERS_FILE, loadShortageParameters } from "../../../../scripts/indicators/gp/stage.ts";

/** A copy of data/reference/ whose shortage parameters are edited. */
function withParameters(edit: (parameters: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "obs-gp-parameters-"));
  cpSync(referenceDir, dir, { recursive: true });
  const path = join(dir, SHORTAGE_PARAMETERS_FILE);
  const parameters = JSON.parse(readFileSync(path, "utf8"));
  edit(parameters);
  writeFileSync(path, JSON.stringify(parameters));
  return dir;
}

describe("loadShortageParameters(referenceDir)", () => {
  it("reads each parameter's reason in French, Dutch and English", () => {
    const parameters = loadShortageParameters(referenceDir);
    expect(parameters.catchment_m).toBe(600);
    expect(parameters.catchment_source.fr).toMatch(/^Proximité à pied de 600 m/);
    expect(parameters.catchment_source.nl).toMatch(/^Wandelafstand van 600 m/);
    expect(parameters.catchment_source.en).toMatch(/^Walking proximity of 600 m/);
  });

  it("refuses a reason missing or empty in one language, naming the file and the field", () => {
    const empty = withParameters((p) => ((p.decay_source as Record<string, string>).nl = " "));
    expect(() => loadShortageParameters(empty)).toThrow(
      `${join(empty, SHORTAGE_PARAMETERS_FILE)} (column "decay_source.nl"): the reason for decay is missing or empty in "nl": give it in fr, nl and en`,
    );
    const english = withParameters((p) => (p.inami_severe_source = "INAMI/RIZIV threshold for a severe shortage."));
    expect(() => loadShortageParameters(english)).toThrow(
      `${join(english, SHORTAGE_PARAMETERS_FILE)} (column "inami_severe_source.fr"): the reason for inami_severe_per_1000 is missing or empty in "fr": give it in fr, nl and en`,
    );
  });
});
