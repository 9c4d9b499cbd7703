import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { releaseDate } from "../../scripts/output/release-date.ts";

describe("releaseDate(env, cwd)", () => {
  it("takes SOURCE_DATE_EPOCH when set, as reproducible builds do", () => {
    expect(releaseDate({ SOURCE_DATE_EPOCH: "1796601600" }, process.cwd())).toBe("2026-12-07");
  });
  it("refuses a SOURCE_DATE_EPOCH that is not a whole number of seconds", () => {
    expect(() => releaseDate({ SOURCE_DATE_EPOCH: "2026-12-07" }, process.cwd())).toThrow(
      'SOURCE_DATE_EPOCH: "2026-12-07" is not a whole number of seconds since 1970-01-01 UTC',
    );
  });
  it("else takes the date of the checked-out commit, the same on every run", () => {
    const date = releaseDate({}, process.cwd());
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(releaseDate({}, process.cwd())).toBe(date);
  });
  it("is null outside a git checkout without SOURCE_DATE_EPOCH", () => {
    expect(releaseDate({}, mkdtempSync(join(tmpdir(), "no-git-")))).toBeNull();
  });
});
