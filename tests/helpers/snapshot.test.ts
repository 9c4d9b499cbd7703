import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectSnapshot, normaliseMarkup } from "./snapshot.ts";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>`;
/** SVG as stored: one element per line. */
const STORED = `<svg xmlns="http://www.w3.org/2000/svg">\n  <rect width="10" height="10"/>\n</svg>\n`;

describe("expectSnapshot(name, svg, dir)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "obs-snapshot-"));
    vi.stubEnv("UPDATE_SNAPSHOTS", "");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes when the picture is byte-identical to the stored file", () => {
    writeFileSync(join(dir, "same.svg"), STORED);
    expect(() => expectSnapshot("same", SVG, dir)).not.toThrow();
    expect(existsSync(join(dir, "same-changed.svg"))).toBe(false);
  });

  it("fails on a changed picture, naming both files, and writes the -changed file beside the stored one", () => {
    writeFileSync(join(dir, "map.svg"), STORED);
    const other = SVG.replace('width="10"', 'width="11"');
    expect(() => expectSnapshot("map", other, dir)).toThrow(/map\.svg.*map-changed\.svg/);
    expect(readFileSync(join(dir, "map-changed.svg"), "utf8")).toBe(STORED.replace('width="10"', 'width="11"'));
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toBe(STORED);
  });

  it("fails on a stored file that is not normalised, even if the markup is the same", () => {
    writeFileSync(join(dir, "map.svg"), SVG);
    expect(() => expectSnapshot("map", SVG, dir)).toThrow(/map-changed\.svg/);
    expect(readFileSync(join(dir, "map-changed.svg"), "utf8")).toBe(STORED);
  });

  it("removes a stale -changed file once the picture matches again", () => {
    writeFileSync(join(dir, "map.svg"), STORED);
    expect(() => expectSnapshot("map", SVG.replace("10", "12"), dir)).toThrow();
    expect(existsSync(join(dir, "map-changed.svg"))).toBe(true);
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
    expect(readFileSync(join(dir, "new.svg"), "utf8")).toBe(STORED);
  });

  it("keeps another extension for markup that is not a picture", () => {
    writeFileSync(join(dir, "legend.html"), "<ul></ul>\n");
    expect(() => expectSnapshot("legend", "<ul><li>a</li></ul>", dir, "html")).toThrow(
      /legend\.html.*legend-changed\.html/,
    );
    expect(readFileSync(join(dir, "legend-changed.html"), "utf8")).toBe("<ul>\n  <li>a</li>\n</ul>\n");
  });

  it("does not overwrite a stored file with UPDATE_SNAPSHOTS=1: a change still fails", () => {
    vi.stubEnv("UPDATE_SNAPSHOTS", "1");
    writeFileSync(join(dir, "map.svg"), STORED);
    expect(() => expectSnapshot("map", SVG.replace("10", "12"), dir)).toThrow(/changed/);
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toBe(STORED);
  });
});

describe("normaliseMarkup(markup)", () => {
  it("writes one element per line, indented, with one final newline", () => {
    expect(normaliseMarkup(`<svg><g class="a"><rect/><circle r="1"></circle></g><!-- note --></svg>`)).toBe(
      `<svg>\n  <g class="a">\n    <rect/>\n    <circle r="1"></circle>\n  </g>\n  <!-- note -->\n</svg>\n`,
    );
  });

  it("keeps text, titles, styles and elements with text on one line, as written", () => {
    const text = `<text x="1"><tspan>a</tspan><tspan dy="1em">b</tspan></text>`;
    const style = `<style>:where(.p > text) {\n  white-space: pre;\n}</style>`;
    const item = `<li><svg><rect/></svg>Label &amp; <b>bold</b></li>`;
    expect(normaliseMarkup(`<svg>${text}${style}<title>T</title></svg>`)).toBe(
      `<svg>\n  ${text}\n  ${style}\n  <title>T</title>\n</svg>\n`,
    );
    expect(normaliseMarkup(`<ul>\n  ${item}\n</ul>`)).toBe(`<ul>\n  ${item}\n</ul>\n`);
  });

  it("rounds floating-point noise in attribute values to three decimals, but never text", () => {
    expect(
      normaliseMarkup(
        `<svg><line x1="164.99999999999994" x2="-0.00001" y1="12.5" transform="translate(257.5925925925926,4)"/><text>0.123456</text></svg>`,
      ),
    ).toBe(
      `<svg>\n  <line x1="165" x2="0" y1="12.5" transform="translate(257.593,4)"/>\n  <text>0.123456</text>\n</svg>\n`,
    );
  });

  it("changes nothing in markup it has already normalised", () => {
    const once = normaliseMarkup(
      `<div><svg><g><path d="M0,0L1.23456,2"/></g></svg><figcaption>Caption</figcaption></div>`,
    );
    expect(normaliseMarkup(once)).toBe(once);
  });

  it("throws on markup that is not well formed", () => {
    expect(() => normaliseMarkup(`<svg><g></svg>`)).toThrow(/not well formed/);
    expect(() => normaliseMarkup(`<svg><g>`)).toThrow(/never closed/);
  });
});
