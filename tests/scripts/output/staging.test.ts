import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { sha256 } from "../../../scripts/lib/hash.ts";
import { projectRoot } from "../../../scripts/lib/paths.ts";
import {
  describeServed,
  publishAtomically,
  repairPublication,
  servedVersion,
  versionsDirOf,
  type PublicationStep,
} from "../../../scripts/output/staging.ts";

/** A fresh parent folder; the served folder is `<parent>/data`, as public/data. */
function fresh(): { parent: string; outDir: string; versions: string } {
  const parent = mkdtempSync(join(tmpdir(), "obs-publish-"));
  const outDir = join(parent, "data");
  return { parent, outDir, versions: versionsDirOf(outDir) };
}

/** A build of two files; `label` tells builds apart. */
function writeBuild(label: string) {
  return async (dir: string) => {
    mkdirSync(join(dir, "tables"));
    writeFileSync(join(dir, "tables", "region.csv"), `build ${label}\n`);
    writeFileSync(join(dir, "manifest.json"), `{"build": "${label}"}\n`);
    return label;
  };
}

/** What the served folder holds: every build is complete, so both files or neither. */
function served(outDir: string): string | null {
  if (!existsSync(outDir)) return null;
  const table = readFileSync(join(outDir, "tables", "region.csv"), "utf8");
  expect(readFileSync(join(outDir, "manifest.json"), "utf8")).toBe(`{"build": "${table.slice(6, -1)}"}\n`);
  return table.slice(6, -1);
}

function leftovers(versions: string): string[] {
  return readdirSync(versions).filter((name) => name.startsWith(".") || name.endsWith(".staging"));
}

describe("publishAtomically(outDir, build)", () => {
  it("serves each build through a link into the versions folder, keeping the served and the previous build", async () => {
    const { outDir, versions } = fresh();
    expect(await publishAtomically(outDir, writeBuild("one"))).toBe("one");
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    // Relative, so that the checkout can move.
    expect(readlinkSync(outDir)).toBe(`.data-versions/${servedVersion(outDir)}`);
    expect(served(outDir)).toBe("one");
    await publishAtomically(outDir, writeBuild("two"));
    await publishAtomically(outDir, writeBuild("three"));
    expect(served(outDir)).toBe("three");
    const kept = readdirSync(versions).sort();
    expect(kept).toHaveLength(2);
    expect(readFileSync(join(versions, kept[0]!, "tables", "region.csv"), "utf8")).toBe("build two\n");
    expect(leftovers(versions)).toEqual([]);
  });

  it("orders builds published within one millisecond by publication, not by chance", async () => {
    const { outDir, versions } = fresh();
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-06T21:05:03.123Z") });
    try {
      for (const label of ["one", "two", "three"]) await publishAtomically(outDir, writeBuild(label));
    } finally {
      vi.useRealTimers();
    }
    expect(served(outDir)).toBe("three");
    expect(readdirSync(versions).sort()).toEqual(["2026-12-06T21-05-03-123Z-002", "2026-12-06T21-05-03-123Z-003"]);
    // A lost link is relinked to the last build published, the newest in sort order.
    rmSync(outDir);
    repairPublication(outDir);
    expect(served(outDir)).toBe("three");
  });

  it("leaves the served build untouched when the build fails, and removes its staging folder", async () => {
    const { outDir, versions } = fresh();
    await publishAtomically(outDir, writeBuild("one"));
    const failing = publishAtomically(outDir, async (dir) => {
      writeFileSync(join(dir, "manifest.json"), "half");
      throw new Error("stage failed");
    });
    await expect(failing).rejects.toThrow("stage failed");
    expect(served(outDir)).toBe("one");
    expect(leftovers(versions)).toEqual([]);
  });

  it("moves today's real public/data folder into the versions folder on the first run (migration)", async () => {
    const { outDir, versions } = fresh();
    mkdirSync(outDir);
    await writeBuild("legacy")(outDir);
    await publishAtomically(outDir, writeBuild("new"));
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(served(outDir)).toBe("new");
    const previous = readdirSync(versions).find((v) => v !== servedVersion(outDir))!;
    expect(readFileSync(join(versions, previous, "tables", "region.csv"), "utf8")).toBe("build legacy\n");
  });

  // A crash (the process killed) at each step: the hook throws where the process would stop.
  const crashWindows: [PublicationStep, string][] = [
    ["built", "one"],
    ["versioned", "one"],
    ["swapped", "two"],
  ];
  for (const [step, servedAfterCrash] of crashWindows) {
    it(`always serves a complete build after a crash once "${step}", and the next run cleans up`, async () => {
      const { outDir, versions } = fresh();
      await publishAtomically(outDir, writeBuild("one"));
      const crash = publishAtomically(outDir, writeBuild("two"), {
        afterStep: (at) => {
          if (at === step) throw new Error(`crash after ${at}`);
        },
      });
      await expect(crash).rejects.toThrow(`crash after ${step}`);
      expect(served(outDir)).toBe(servedAfterCrash);
      expect(describeServed(outDir)).toMatch(
        new RegExp(`^${outDir} still serves the build published \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`),
      );
      await publishAtomically(outDir, writeBuild("three"));
      expect(served(outDir)).toBe("three");
      expect(leftovers(versions)).toEqual([]);
      expect(readdirSync(versions).length).toBeLessThanOrEqual(2);
    });
  }
});

describe("repairPublication(outDir)", () => {
  it("removes a stale staging folder and a temporary link left by a killed run", async () => {
    const { outDir, versions } = fresh();
    await publishAtomically(outDir, writeBuild("one"));
    mkdirSync(join(versions, "2026-01-01T00-00-00-000Z-abcdef.staging"));
    symlinkSync("2026-01-01T00-00-00-000Z-abcdef", join(versions, ".link-2026-01-01T00-00-00-000Z-abcdef"));
    expect(repairPublication(outDir)).toEqual([
      `removed ${join(versions, ".link-2026-01-01T00-00-00-000Z-abcdef")}, left by an interrupted run`,
      `removed ${join(versions, "2026-01-01T00-00-00-000Z-abcdef.staging")}, left by an interrupted run`,
    ]);
    expect(leftovers(versions)).toEqual([]);
    expect(served(outDir)).toBe("one");
  });

  it("links the newest complete build again when the link is missing (a crash inside the migration)", async () => {
    const { outDir, versions } = fresh();
    mkdirSync(versions);
    for (const [id, label] of [
      ["2026-01-01T00-00-00-000Z-aaaaaa", "old"],
      ["2026-02-01T00-00-00-000Z-bbbbbb", "newer"],
    ] as const) {
      mkdirSync(join(versions, id));
      await writeBuild(label)(join(versions, id));
    }
    expect(repairPublication(outDir)).toEqual([
      `linked ${outDir} again to the newest complete build ${join(versions, "2026-02-01T00-00-00-000Z-bbbbbb")}`,
    ]);
    expect(served(outDir)).toBe("newer");
    expect(describeServed(outDir)).toBe(
      `${outDir} still serves the build published 2026-02-01 00:00:00 UTC (manifest.json sha256 ${sha256('{"build": "newer"}\n').slice(0, 12)})`,
    );
  });

  it("removes a link to a build that no longer exists when there is no other build", () => {
    const { outDir } = fresh();
    symlinkSync(".data-versions/gone", outDir);
    expect(repairPublication(outDir)).toEqual([`removed ${outDir}, a link to a build that no longer exists`]);
    expect(existsSync(outDir)).toBe(false);
    expect(describeServed(outDir)).toBe(`no previous outputs exist (${outDir} is absent)`);
  });

  it("restores the previous outputs of the layout before versioning, when it crashed between its two renames", async () => {
    const { parent, outDir } = fresh();
    const previous = join(parent, ".data.previous");
    const staging = join(parent, ".data.staging");
    mkdirSync(previous);
    await writeBuild("old layout")(previous);
    mkdirSync(staging);
    expect(repairPublication(outDir)).toEqual([
      `removed ${staging}, left by an interrupted run`,
      `restored ${outDir} from ${previous}`,
      expect.stringMatching(new RegExp(`^moved the outputs in ${outDir} to .*\\.data-versions/.* and linked`)),
    ]);
    expect(served(outDir)).toBe("old layout");
    expect(readdirSync(parent).sort()).toEqual([".data-versions", "data"]);
  });

  it("refuses a file where the served folder should be", () => {
    const { outDir } = fresh();
    writeFileSync(outDir, "not a folder");
    expect(() => repairPublication(outDir)).toThrow(
      `${outDir} is neither a folder nor a link to one: move it away, then run the pipeline again`,
    );
    expect(describeServed(outDir)).toBe(`no previous outputs exist (${outDir} is not a folder)`);
  });
});

describe("npm run data (scripts/run-pipeline.ts) when it fails", () => {
  const run = (outDir: string, rawDir: string) =>
    spawnSync(join(projectRoot, "node_modules", ".bin", "tsx"), [join(projectRoot, "scripts", "run-pipeline.ts")], {
      env: { ...process.env, OBS_OUT_DIR: outDir, OBS_RAW_DIR: rawDir },
      encoding: "utf8",
    });

  it("says that no previous outputs exist when none do, and which build is still served when one is", async () => {
    const { parent, outDir } = fresh();
    const empty = join(parent, "no-raw-data");
    mkdirSync(empty);
    const first = run(outDir, empty);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(
      new RegExp(`^Pipeline failed; no previous outputs exist \\(${outDir} is absent\\)\\.\n`),
    );
    await publishAtomically(outDir, writeBuild("one"));
    const second = run(outDir, empty);
    expect(second.stderr).toMatch(
      new RegExp(
        `^Pipeline failed; ${outDir} still serves the build published \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(manifest\\.json sha256 ${sha256('{"build": "one"}\n').slice(0, 12)}\\)\\.\n`,
      ),
    );
    expect(served(outDir)).toBe("one");
  }, 60_000);
});
