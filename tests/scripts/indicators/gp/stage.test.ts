import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../../../scripts/lib/hash.ts";
import { projectRoot, referenceDir, sourceRegistryPath } from "../../../../scripts/lib/paths.ts";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { readCsv } from "../../../../scripts/sources/read-csv.ts";
import { ageYear, sectorNeed } from "../../../../scripts/indicators/gp/need.ts";
import { loadNeedWeights } from "../../../../scripts/indicators/gp/need-weights.ts";
import {
  readOverpassDoctors,
  readPracticeRegister,
  readQuartierCounts,
} from "../../../../scripts/indicators/gp/supply.ts";
import { gpStage } from "../../../../scripts/indicators/gp/stage.ts";
import { DEFAULT_SHORTAGE_PARAMETERS } from "../../../../src/core/gp/register/index.ts";
import { lambert72 } from "../../../../src/core/lambert72.ts";
import { centre, townGeography } from "../../../src/core/gp/register/town.ts";
import { readQuartierComponents } from "../../../../scripts/indicators/fragility/components.ts";
import { buildGeometry } from "../../../../scripts/territory/geometry.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { communeAgeStructure } from "../../../../scripts/raw/statbel-population-age-sex-commune.ts";
import { aggregateQuartierValues } from "../../../../scripts/territory/aggregate.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";

const input = join(projectRoot, "tests", "input", "gp-supply");
const context = realContext();
const model = buildTerritorialModel(context);
const components = readQuartierComponents(
  context,
  model.territories.get("quartier")!.map((q) => q.code),
);
const weights = loadNeedWeights(context, ageYear(components));

describe("sectorNeed(context, model, components, weights)", () => {
  const need = sectorNeed(context, model, components, weights);

  it("uses the quartier's shares, and the commune's only where the quartier has none", () => {
    expect(need.get("21001A00-")).toMatchObject({ ages: "quartier", bim: "quartier" });
    const fallback = model.sectors.filter((s) => need.get(s.code)!.ages === "commune");
    expect(new Set(fallback.map((s) => s.codes.quartier))).toContain("115");
    // 108's age shares in the export are 109's (a copied series): treated as missing, so its commune's.
    expect(new Set(fallback.map((s) => s.codes.quartier))).toContain("108");
    expect(
      fallback.every((s) => ["115", "108", "6"].includes(s.codes.quartier!) || Number(s.codes.quartier) >= 700),
    ).toBe(true);
  });

  it("rebuilds commune 80+ shares from quartiers within a point of Statbel's own commune figures", () => {
    const statbel = communeAgeStructure(context, 2025);
    const rebuilt = aggregateQuartierValues(
      model,
      "commune",
      new Map([...components.get("share_80_plus")!].map(([code, v]) => [code, v.value])),
    );
    for (const [code, ages] of statbel) {
      expect(Math.abs(rebuilt.get(code)!.value - (100 * ages.aged80plus) / ages.total), code).toBeLessThan(1);
    }
  });
});

describe("GP supply adapters", () => {
  it("(a) reads a practice register through the browser's reader and locator, FTE per GP where none is given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-gp-register-"));
    const [x, y] = lambert72(...centre(2));
    const path = join(dir, "register.csv");
    writeFileSync(
      path,
      `practice_id;name;lon;lat;x_l72;y_l72;sector_code;gp_headcount;gp_fte;year\n` +
        `P1;Cabinet;${centre(0).join(";").replaceAll(".", ",")};;;;3;2,4;2024\n` +
        `P2;Groepspraktijk;;;${x};${y};;5;;\n` +
        `P3;Maison médicale;;;;;B;;;2023\n`,
    );
    const practices = await readPracticeRegister(path, { id: "register" }, townGeography(), {
      ...DEFAULT_SHORTAGE_PARAMETERS,
      fte_per_gp: 0.8,
    });
    expect(practices.map((p) => [p.town.id, p.town.sector, p.town.headcount, p.town.fte, p.fte, p.year])).toEqual([
      ["register:P1", "A", 3, 2.4, 2.4, 2024],
      ["register:P2", "C", 5, 4, null, null],
      ["register:P3", "B", 1, 0.8, null, 2023],
    ]);
    expect([practices[1]!.town.x, practices[1]!.town.y]).toEqual([x, y]);
  });

  it("(b) keeps OpenStreetMap general practices in the area, one GP each by assumption", () => {
    const practices = readOverpassDoctors(join(input, "overpass.json"), {
      id: "osm-doctors",
      reference_date: "2026-11-01",
    });
    expect(practices.map((p) => p.id)).toEqual(["osm:node/101", "osm:way/202"]);
    expect(practices.every((p) => p.headcount === 1 && p.assumedHeadcount && p.year === 2026)).toBe(true);
  });

  it("(c) reads counts per quartier", () => {
    expect(readQuartierCounts(join(input, "quartier-counts.csv"), { id: "counts" })).toEqual([
      { quartier_code: "10", headcount: 34, fte: null, year: 2017, source_id: "counts" },
      { quartier_code: "12", headcount: 2, fte: null, year: 2017, source_id: "counts" },
    ]);
  });

  it("rejects bad rows, naming file, row and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-gp-"));
    const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    const geography = townGeography();
    const read = (path: string) => readPracticeRegister(path, { id: "x" }, geography, DEFAULT_SHORTAGE_PARAMETERS);
    const unknown = write("unknown.csv", "practice_id,sector_code\nP1,A\nP2,Z\nP3,\n");
    await expect(read(unknown)).rejects.toThrow(
      `${unknown} (row 3, column "sector_code"): unknown statistical sector code "Z" (and 1 more problem in the file)`,
    );
    const outside = write("outside.csv", "practice_id,lon,lat\nP1,5.5,50.8\n");
    await expect(read(outside)).rejects.toThrow(
      `${outside} (row 2, column "lon"): the position 5.5, 50.8 (WGS84) lies outside every statistical sector of the Brussels-Capital Region`,
    );
    const noCoordinates = write("nocoords.csv", "practice_id,name,gp_headcount,gp_fte,year\nP1,X,1,,2024\n");
    await expect(read(noCoordinates)).rejects.toThrow(
      `${noCoordinates} (row 1): no location column: give lon and lat (WGS84), or x_l72 and y_l72 (Lambert 72), or sector_code, or quartier_code`,
    );
    const twice = write("twice.csv", "quartier_code,gp_headcount,gp_fte,year\n10,3,,2017\n10,4,,2017\n");
    expect(() => readQuartierCounts(twice, { id: "x" })).toThrow(
      `${twice} (row 3, column "quartier_code"): quartier 10 counted twice`,
    );
    const broken = write("broken.json", '{"elements": [');
    expect(() => readOverpassDoctors(broken, { id: "x", reference_date: "2026" })).toThrow(
      new RegExp(
        `^${broken.replaceAll(".", "\\.")} \\(row 1, column \\d+\\): not valid JSON: .*\\(truncated file\\?\\)$`,
      ),
    );
  });
});

describe("gpStage(...) without supply data", () => {
  it("publishes need and a plain 'not available' for every shortage indicator, never a number", async () => {
    const geometry = await buildGeometry(model);
    const output = await gpStage(context, model, components, geometry.sectorPoints, geometry.topojson.get("sector")!);
    const shortage = output.values.filter((v) => v.indicator_id === "gp_per_1000");
    expect(shortage.length).toBe(145 + 19 + 5 + 1);
    expect(shortage.every((v) => v.value === null && v.flag === "supply_not_available")).toBe(true);
    expect(output.definitions.find((d) => d.id === "gp_access_2sfca")).toMatchObject({ status: "not_available" });
    expect(output.definitions.find((d) => d.id === "gp_access_2sfca")!.method.en).toContain(
      "Supply not available in this build",
    );
    expect(output.values.find((v) => v.level === "region" && v.indicator_id === "gp_need_index")!.value).toBe(1);
  });
});

describe("gpStage(...) with GP counts per quartier (adapter c)", () => {
  // Purpose-built counts: one GP in every quartier, 1,200 in quartier 10 (so that the region-wide
  // supply clears the plausibility floor), none given for quartier 11.
  const dir = mkdtempSync(join(tmpdir(), "obs-gp-counts-"));
  const quartiers = model.territories.get("quartier")!;
  const rows = quartiers.filter((q) => q.code !== "11").map((q) => `${q.code},${q.code === "10" ? 1200 : 1},,2023`);
  writeFileSync(join(dir, "counts.csv"), `quartier_code,gp_headcount,gp_fte,year\n${rows.join("\n")}\n`);
  const counts = {
    id: "test-gp-counts",
    title: "Purpose-built GP counts (test)",
    publisher: "tests",
    official_url: null,
    licence: "test data",
    attribution: "Source: test counts.",
    reference_date: "2023-01-01",
    sha256: null,
    format: "CSV",
    path: "counts.csv",
    acquisition: { type: "test" },
    caveats: [],
    optional: true,
    role: "gp-supply",
    adapter: "quartier-counts-csv",
  };
  const countsContext = {
    ...context,
    rawDirs: [dir, ...context.rawDirs],
    registry: new Map([...context.registry, [counts.id, counts as never]]),
  };

  it("gives ratios for quartiers and for territories made of whole quartiers, none where a count is missing", async () => {
    const geometry = await buildGeometry(model);
    const output = await gpStage(
      countsContext,
      model,
      components,
      geometry.sectorPoints,
      geometry.topojson.get("sector")!,
    );
    const value = (level: string, code: string, id = "gp_per_1000") =>
      output.values.find((v) => v.level === level && v.territory_code === code && v.indicator_id === id)!;
    // 1,200 GPs for quartier 10's 10,348 residents.
    expect(value("quartier", "10")).toMatchObject({
      value: 115.964,
      numerator: 1200,
      denominator: 10348,
      year: 2023,
      flag: null,
    });
    expect(value("quartier", "11")).toMatchObject({ value: null, flag: "not_computable" });
    // Bassins follow commune lines, which quartiers cross (21 Quartier Nord: CO and NE): counts
    // per quartier cannot be split between bassins, so no bassin gets a ratio.
    for (const bassin of model.territories.get("bassin")!)
      expect(value("bassin", bassin.code)).toMatchObject({ value: null, numerator: null, flag: "not_computable" });
    expect(value("region", "04000")).toMatchObject({ value: null, flag: "not_computable" });
    // Quartier 11 lies in two communes: counts per quartier cannot be split between communes.
    expect(
      output.values
        .filter((v) => v.level === "commune" && v.indicator_id === "gp_per_1000")
        .every((v) => v.value === null),
    ).toBe(true);
    expect(output.quality.map((note) => note.issue).sort()).toEqual(
      expect.arrayContaining(["counts_do_not_nest", "needs_practice_locations"]),
    );
    expect(
      output.quality.filter((note) => note.issue === "counts_do_not_nest").map((note) => [note.level, note.source_id]),
    ).toEqual(
      expect.arrayContaining([
        ["commune", "test-gp-counts"],
        ["bassin", "test-gp-counts"],
      ]),
    );
  });

  it("publishes the ratios and says why spatial access is not computed", async () => {
    const geometry = await buildGeometry(model);
    const output = await gpStage(
      countsContext,
      model,
      components,
      geometry.sectorPoints,
      geometry.topojson.get("sector")!,
    );
    const definition = (id: string) => output.definitions.find((d) => d.id === id)!;
    expect(definition("gp_per_1000")).toMatchObject({ status: "published", year: 2023 });
    expect(definition("gp_per_1000").sources).toContain("test-gp-counts");
    expect(definition("gp_access_2sfca").status).toBe("not_available");
    expect(definition("gp_access_2sfca").method.en).toContain(
      "the supply is given as counts per quartier, without the practice positions",
    );
    expect(output.values.filter((v) => v.indicator_id === "gp_access_2sfca").every((v) => v.value === null)).toBe(true);
  });
});

/**
 * A raw-data directory holding `content` at `path` in front of the real mirror, and a registry with
 * an entry for it (its sha256, unless `sha256` says otherwise) when `entry` is given.
 */
function withSupplyFile(
  path: string,
  content: string,
  entry?: { id: string; adapter: string; sha256?: string | null },
) {
  const root = mkdtempSync(join(tmpdir(), "obs-gp-pipeline-"));
  const file = join(root, "raw", path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  const registry = JSON.parse(readFileSync(sourceRegistryPath, "utf8"));
  if (entry) {
    registry.sources.push({
      id: entry.id,
      title: "Purpose-built GP supply (test)",
      publisher: "tests",
      official_url: null,
      licence: "test data",
      attribution: "Source: test supply.",
      reference_date: "2024-01-01",
      sha256: entry.sha256 === undefined ? sha256(content) : entry.sha256,
      bytes: 0,
      format: "test",
      crs: "EPSG:4326",
      rows: null,
      path,
      acquisition: { type: "test" },
      caveats: [],
      optional: true,
      role: "gp-supply",
      adapter: entry.adapter,
    });
  }
  const registryPath = join(root, "sources.json");
  writeFileSync(registryPath, JSON.stringify(registry));
  // The reference tables, with the test entry's texts in French and Dutch as every registered source needs.
  const references = join(root, "reference");
  cpSync(referenceDir, references, { recursive: true });
  const textsPath = join(references, "source-texts.json");
  const texts = JSON.parse(readFileSync(textsPath, "utf8"));
  texts.texts.push(
    {
      en: "Purpose-built GP supply (test)",
      fr: "Offre de MG construite pour le test",
      nl: "Huisartsenaanbod voor de test",
    },
    { en: "tests", fr: "tests", nl: "tests" },
    { en: "test data", fr: "données de test", nl: "testgegevens" },
    { en: "Source: test supply.", fr: "Source : offre de test.", nl: "Bron: testaanbod." },
  );
  writeFileSync(textsPath, JSON.stringify(texts));
  return {
    file,
    run: () =>
      runPipeline({
        outDir: join(root, "out"),
        rawDirs: [join(root, "raw"), ...context.rawDirs],
        registryPath,
        referenceDir: references,
      }),
  };
}

/** An Overpass answer with a single general practice, as a live query could return. */
const oneNodeOverpass = JSON.stringify({
  elements: [
    {
      type: "node",
      id: 1,
      lat: 50.8466,
      lon: 4.3528,
      tags: { amenity: "doctors", "healthcare:speciality": "general", name: "Dr A" },
    },
  ],
});

describe("runPipeline with a registered GP practice register", () => {
  it("computes the shortage indicators from the registered supply", async () => {
    // The purpose-built register plus six large practices (P4-P9), so that the region clears the plausibility floor.
    const large = [4, 5, 6, 7, 8, 9].map((n) => `P${n},Grand cabinet ${n},4.4000,50.8500,,,200,,2024\n`).join("");
    const register = `${readFileSync(join(input, "practices.csv"), "utf8")}${large}`;
    const { run } = withSupplyFile("gp-register/practices.csv", register, {
      id: "test-gp-register",
      adapter: "practice-register-csv",
    });
    const { outDir } = await run();
    const indicators = readCsv(join(outDir, "tables", "indicators.csv"), {
      columns: ["level", "territory_code", "indicator_id", "value", "flag"],
    });
    const find = (level: string, code: string, id: string) => {
      for (let i = 0; i < indicators.length; i++) {
        if (
          indicators.text(i, "level") === level &&
          indicators.text(i, "territory_code") === code &&
          indicators.text(i, "indicator_id") === id
        ) {
          return { value: indicators.optionalNumber(i, "value"), flag: indicators.text(i, "flag") };
        }
      }
      throw new Error(`no ${id} for ${level} ${code}`);
    };
    // 1,216 GPs for 1,246,136 residents: 0.976 per 1,000, above the INAMI threshold.
    expect(find("region", "04000", "gp_per_1000")).toEqual({ value: 0.976, flag: "" });
    // Sector 21001A00- holds P1 (3 GPs, 2.4 FTE): its quartier 58 counts them.
    expect(find("quartier", "58", "gp_per_1000").value).toBeCloseTo((3 * 1000) / 14879, 3);
    expect(find("sector", "21001A00-", "gp_access_2sfca").value).toBeGreaterThan(0);
    const catalog = readFileSync(join(outDir, "tables", "indicator_catalog.csv"), "utf8");
    // status, then the year range and breaks (issue 11)
    expect(catalog).toMatch(/gp_per_1000,gp,.*,published,\d{4},\d{4},\n/);
  });
});

describe("runPipeline refuses an implausible or unregistered GP supply", () => {
  it("stops on a supply below the region-wide floor, naming the file and the counts", async () => {
    const { file, run } = withSupplyFile("gp-one/overpass.json", oneNodeOverpass, {
      id: "test-gp-one",
      adapter: "overpass-json",
    });
    await expect(run()).rejects.toThrow(
      `${file}: GP supply of 0.001 per 1,000 residents region-wide (1 GP for 1246136 residents) is below the floor of 0.25 ` +
        `(method_parameters: gp, min_region_gp_per_1000). The file does not list the region's GPs: complete it, ` +
        `or remove its entry from data/sources.json to publish the shortage indicators as "supply not available".`,
    );
  });

  it("refuses an optional file whose registry entry has no sha256 (the Overpass answer of osm-doctors)", async () => {
    const { file, run } = withSupplyFile("osm-doctors/overpass_doctors_brussels.json", oneNodeOverpass);
    await expect(run()).rejects.toThrow(
      `${file}: raw file for source "osm-doctors" has no sha256 in data/sources.json; every file a build reads must have one. ` +
        `Review the file, then set "sha256": "${sha256(oneNodeOverpass)}" in its entry (or remove the file to build without it).`,
    );
  });
});
