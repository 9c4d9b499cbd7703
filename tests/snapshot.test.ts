import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectSnapshot } from "./helpers/snapshot.ts";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>`;

describe("expectSnapshot(name, svg, dir)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "obs-snapshot-"));
    vi.stubEnv("UPDATE_SNAPSHOTS", "");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("passes when the picture is byte-identical to the stored file", () => {
    writeFileSync(join(dir, "same.svg"), SVG);
    expect(() => expectSnapshot("same", SVG, dir)).not.toThrow();
    expect(existsSync(join(dir, "same-changed.svg"))).toBe(false);
  });

  it("fails on a changed picture, naming both files, and writes the -changed file beside the stored one", () => {
    writeFileSync(join(dir, "map.svg"), SVG);
    const other = SVG.replace('width="10"', 'width="11"');
    expect(() => expectSnapshot("map", other, dir)).toThrow(/map\.svg.*map-changed\.svg/);
    expect(readFileSync(join(dir, "map-changed.svg"), "utf8")).toBe(other);
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toBe(SVG);
  });

  it("removes a stale -changed file once the picture matches again", () => {
    writeFileSync(join(dir, "map.svg"), SVG);
    expect(() => expectSnapshot("map", `${SVG} `, dir)).toThrow();
    expectSnapshot("map", SVG, dir);
    expect(existsSync(join(dir, "map-changed.svg"))).toBe(false);
  });

  it("fails on a missing file and says how to create it, writing nothing", () => {
    expect(() => expectSnapshot("new", SVG, dir)).toThrow(/UPDATE_SNAPSHOTS=1/);
    expect(existsSync(join(dir, "new.svg"))).toBe(false);
  });

  it("writes a missing file and passes with UPDATE_SNAPSHOTS=1", () => {
    vi.stubEnv("UPDATE_SNAPSHOTS", "1");
    expectSnapshot("new", SVG, dir);
    expect(readFileSync(join(dir, "new.svg"), "utf8")).toBe(SVG);
  });

  it("keeps another extension for markup that is not a picture", () => {
    writeFileSync(join(dir, "legend.html"), "<ul></ul>");
    expect(() => expectSnapshot("legend", "<ul><li></li></ul>", dir, "html")).toThrow(/legend\.html.*legend-changed\.html/);
    expect(readFileSync(join(dir, "legend-changed.html"), "utf8")).toBe("<ul><li></li></ul>");
  });

  it("does not overwrite a stored file with UPDATE_SNAPSHOTS=1: a change still fails", () => {
    vi.stubEnv("UPDATE_SNAPSHOTS", "1");
    writeFileSync(join(dir, "map.svg"), SVG);
    expect(() => expectSnapshot("map", `${SVG} `, dir)).toThrow(/changed/);
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toBe(SVG);
  });
});
