import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRawFile } from "../../../scripts/lib/paths.ts";
import { loadSourceRegistry } from "../../../scripts/sources/registry.ts";
import { verifyChecksums } from "../../../scripts/sources/verify-checksums.ts";
import { realRawDirs } from "../../helpers/raw-fixture.ts";

const dir = mkdtempSync(join(tmpdir(), "obs-registry-"));

describe("loadSourceRegistry(path)", () => {
  const registry = loadSourceRegistry();

  it("has one entry per raw file of the mirror, with licence, attribution and vintage", () => {
    // 34 since the two GP shortage transcriptions (web-gp-shortage-figures/) were registered.
    expect([...registry.values()].filter((s) => !s.optional)).toHaveLength(34);
    for (const source of registry.values()) {
      expect(source.licence.length).toBeGreaterThan(5);
      expect(source.attribution).toMatch(/^Source: /);
      expect(source.reference_date).not.toBe("");
    }
  });

  it("matches the checksum of every file in the raw-data mirror", async () => {
    const verified = await verifyChecksums([...registry.values()], realRawDirs);
    // Every mirrored file is verified; the optional live OpenStreetMap query is absent from the mirror.
    expect(verified.size).toBe(34);
    expect(verified.has("osm-doctors")).toBe(false);
  });

  it("rejects an entry without a licence, naming the entry and field", () => {
    const path = join(dir, "no-licence.json");
    const entry = { ...registry.get("statbel-sectors-2024-population")!, licence: "" };
    writeFileSync(path, JSON.stringify({ sources: [entry] }));
    expect(() => loadSourceRegistry(path)).toThrow(
      `${path} (row 1, column "licence"): source entry is missing "licence"`,
    );
  });

  it("rejects a malformed checksum and a duplicated id", () => {
    const entry = registry.get("statbel-sectors-2024-population")!;
    const badHash = join(dir, "bad-hash.json");
    writeFileSync(badHash, JSON.stringify({ sources: [{ ...entry, sha256: "abc" }] }));
    expect(() => loadSourceRegistry(badHash)).toThrow(
      `${badHash} (row 1, column "sha256"): sha256 is not 64 hexadecimal digits`,
    );
    const duplicated = join(dir, "duplicated.json");
    writeFileSync(duplicated, JSON.stringify({ sources: [entry, entry] }));
    expect(() => loadSourceRegistry(duplicated)).toThrow(
      `${duplicated} (row 2, column "id"): duplicated source id "statbel-sectors-2024-population"`,
    );
  });

  it("rejects a registry that is not valid JSON", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, '{"sources": [');
    expect(() => loadSourceRegistry(path)).toThrow(
      new RegExp(`^${path.replaceAll(".", "\\.")} \\(row 1, column 14\\): not valid JSON: .*\\(truncated file\\?\\)$`),
    );
  });

  it("rejects a registry entry that gives a key twice, naming the key and both places", () => {
    const path = join(dir, "twice.json");
    writeFileSync(path, '{"sources": [\n  {"id": "a", "sha256": "1", "sha256": "2"}\n]}');
    expect(() => loadSourceRegistry(path)).toThrow(
      `${path} (row 2, column 30): not valid JSON: duplicated key "sha256" (first at line 2, column 15)`,
    );
  });
});

describe("findRawFile(rawDirs, path)", () => {
  it("takes each file from the first directory that has it, so a partial data/raw/ falls back to the mirror", () => {
    const local = mkdtempSync(join(tmpdir(), "obs-local-raw-"));
    writeFileSync(join(local, "only-here.csv"), "x");
    expect(findRawFile([local, realRawDirs.at(-1)!], "only-here.csv")).toBe(join(local, "only-here.csv"));
    expect(findRawFile([local, realRawDirs.at(-1)!], "statbel-sectors-2024-population/sectors.geojson")).toBe(
      join(realRawDirs.at(-1)!, "statbel-sectors-2024-population/sectors.geojson"),
    );
  });
});
