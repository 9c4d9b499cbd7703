import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { rawFixture } from "../../../helpers/raw-fixture.ts";

describe("population plausibility limit (scripts/indicators/population/limits.ts)", () => {
  it("stops when a commune's sectors hold less than 98 % of its official population: Koekelberg's sectors emptied", async () => {
    const { rawDir, registryPath, context } = rawFixture({
      "statbel-sectors-2024-population": (original) => {
        const text = original.toString("utf8");
        // One feature per line: zero the population of every sector of Koekelberg (21011).
        const changed = text
          .split("\n")
          .map((line) =>
            line.includes('"cd_munty_refnis": "21011"') ? line.replace(/"population": \d+/, '"population": 0') : line,
          )
          .join("\n");
        if (changed === text) throw new Error("fixture edit did not apply");
        return changed;
      },
    });
    const file = join(rawDir, context.registry.get("statbel-sectors-2024-population")!.path);
    await expect(
      runPipeline({
        outDir: join(mkdtempSync(join(tmpdir(), "obs-limits-")), "data"),
        rawDirs: [rawDir],
        registryPath,
      }),
    ).rejects.toThrow(
      `${file}: the sectors of commune 21011 hold 0 residents, 0 % of its official 2024 population 22648 ` +
        `(statbel-population-age-sex-commune), below the floor of 98 % (method_parameters: population, min_sector_share_of_official). ` +
        `Sectors are missing or their population column is wrong.`,
    );
  });
});
