/**
 * One implementation, identical numbers: the pipeline given a register with OBS_GP_SUPPLY publishes,
 * for every territory, the figures that shortageFromRegister computes from /site-data/gp-register.json
 * built from that run's own published tables (what the bring-your-own page does in the browser).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { mesh, neighbors } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../../../scripts/lib/hash.ts";
import { projectRoot } from "../../../../scripts/lib/paths.ts";
import { readPracticeRegister } from "../../../../scripts/indicators/gp/supply.ts";
import { runPipeline } from "../../../../scripts/pipeline.ts";
import { gpStage } from "../../../../scripts/indicators/gp/stage.ts";
import { readQuartierComponents } from "../../../../scripts/indicators/fragility/components.ts";
import { withUserGpSupply } from "../../../../scripts/sources/user-gp-supply.ts";
import { buildGeometry } from "../../../../scripts/territory/geometry.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { realContext } from "../../../helpers/raw-fixture.ts";
import {
  locateRegister,
  readRegisterFile,
  sectorLocator,
  shortageFromRegister,
  type RegisterGeography,
  type RegisterParameters,
} from "../../../../src/core/gp/register/index.ts";
import { gpRegisterExpected, type PublishedShortage } from "../../../helpers/gp-register-expected.ts";

const downloads = join(projectRoot, "public", "downloads", "gp-register");
const example = join(downloads, "example-register.csv");
const badDir = join(projectRoot, "tests", "input", "gp-register");

type SiteData = RegisterGeography & { defaultParameters: RegisterParameters };
let published: PublishedShortage;
let site: SiteData;

beforeAll(async () => {
  published = await gpRegisterExpected(example);
  // The site route reads the published files of OBSERVATORY_DATA_DIR, fixed when its module loads.
  process.env.OBSERVATORY_DATA_DIR = published.outDir;
  const { GET } = await import("../../../../src/pages/site-data/gp-register.json.ts");
  site = (await (await GET(undefined as never)).json()) as SiteData;
});

async function located(path: string) {
  const table = await readRegisterFile(path, new Uint8Array(readFileSync(path)));
  const result = locateRegister(table, site);
  expect(result.errors).toEqual([]);
  return result.practices;
}

/** Every territory's six figures, and every sector's access, as the page computes them and as published. */
function expectIdentical(practices: Awaited<ReturnType<typeof located>>, run: PublishedShortage) {
  const computed = shortageFromRegister(practices, site, site.defaultParameters);
  for (const level of ["quartier", "commune", "bassin", "region"]) {
    expect(computed.levels[level]!.length).toBe(Object.keys(run.values[level]!).length);
    for (const territory of computed.levels[level]!) {
      expect(territory.values, `${level} ${territory.code}`).toEqual(run.values[level]![territory.code]);
      expect(territory.headcount, `${level} ${territory.code} headcount`).toBe(
        run.numerators[level]![territory.code]!.gp_per_1000,
      );
      // FTE as the page shows it (2 decimals), not a float sum such as 1119.9999999999995.
      expect(territory.fte, `${level} ${territory.code} FTE`).toBe(
        run.numerators[level]![territory.code]!.gp_fte_per_1000,
      );
    }
  }
  for (const sector of computed.sectors)
    expect(sector.access, `sector ${sector.code}`).toBe(run.values.sector![sector.code]!.gp_access_2sfca);
  return computed;
}

describe("OBS_GP_SUPPLY=public/downloads/gp-register/example-register.csv", () => {
  it("publishes per quartier, commune, bassin and region exactly what shortageFromRegister gives over /site-data/gp-register.json", async () => {
    const computed = expectIdentical(await located(example), published);
    expect(computed.levels.quartier!.length).toBe(145);
    // The example is fictitious but complete enough: 1,289 GPs, above the 0.25 per 1,000 floor.
    expect(computed.levels.region![0]!.headcount).toBe(1289);
    expect(published.values.region!["04000"]).toEqual({
      gp_per_1000: 1.034,
      gp_fte_per_1000: 0.899,
      gp_need_adjusted_per_1000: 0.899,
      gp_access_2sfca: 0.901,
      gp_share_below_threshold: 70.036,
      gp_share_below_severe: 62.492,
    });
    // Not a table of nulls: most quartiers have a published ratio.
    const ratios = computed.levels.quartier!.filter((q) => q.values.gp_per_1000 !== null);
    expect(ratios.length).toBe(120);
  });

  it("reads the XLSX example to the same practices as the CSV", async () => {
    const xlsx = join(downloads, "example-register.xlsx");
    expect(await located(xlsx)).toEqual(await located(example));
    expect((await located(join(downloads, "template.csv"))).length).toBe(2);
  });

  it("records the register in the sources table and the manifest, with its sha256", () => {
    const sources = Papa.parse<Record<string, string>>(
      readFileSync(join(published.outDir, "tables", "sources.csv"), "utf8"),
      { header: true, skipEmptyLines: true },
    ).data;
    const digest = sha256(readFileSync(example));
    expect(sources.find((s) => s.source_id === "user-gp-supply")).toMatchObject({
      title: "GP practice register provided by the user (example-register.csv)",
      licence: "provided by the user",
      sha256: digest,
    });
    expect(sources.some((s) => s.source_id === "osm-doctors")).toBe(false);
    const manifest = JSON.parse(readFileSync(join(published.outDir, "manifest.json"), "utf8")) as {
      sources: { id: string; sha256: string }[];
    };
    expect(manifest.sources.find((s) => s.id === "user-gp-supply")?.sha256).toBe(digest);
  });
});

describe("a practice a fraction of a metre from a sector border", () => {
  it("lands in the same sector in the pipeline and over the site's JSON", async () => {
    const topology = site.sectorTopology;
    const object = topology.objects.sector as GeometryCollection;
    const quartierOf = new Map(site.sectors.map((s) => [s.code, s.territories.quartier!]));
    const geometries = object.geometries;
    const adjacent = neighbors(geometries);
    // Pairs of neighbouring sectors in different quartiers: the side a practice falls on shows in
    // the quartiers' published headcounts.
    const pairs: [number, number][] = [];
    geometries.forEach((_, i) => {
      for (const j of adjacent[i]!)
        if (i < j && quartierOf.get(String(geometries[i]!.id)) !== quartierOf.get(String(geometries[j]!.id)))
          pairs.push([i, j]);
    });
    const chosen = pairs.filter((_, k) => k % Math.floor(pairs.length / 20) === 0).slice(0, 20);
    const locate = sectorLocator(site);
    const rows: string[] = [];
    for (const [i, j] of chosen) {
      const border = mesh(
        topology,
        object,
        (a, b) => (a === geometries[i] && b === geometries[j]) || (a === geometries[j] && b === geometries[i]),
      );
      const line = border.coordinates[0]!;
      const [p, q] = [line[0]!, line[1]!] as [number[], number[]];
      const [mx, my] = [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2];
      const length = Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!);
      const [nx, ny] = [-(q[1]! - p[1]!) / length, (q[0]! - p[0]!) / length];
      const sides = [1, -1].map((s) => [+(mx + s * 1e-6 * nx).toFixed(9), +(my + s * 1e-6 * ny).toFixed(9)]);
      // Both sides of the border, each in one of the pair's sectors.
      expect(new Set(sides.map(([lon, lat]) => locate(lon!, lat!)))).toEqual(
        new Set([String(geometries[i]!.id), String(geometries[j]!.id)]),
      );
      sides.forEach(([lon, lat], s) => rows.push(`B${i}-${j}-${s},Border practice,${lon},${lat},,,,,${2 + s},,,,2025`));
    }
    const file = join(mkdtempSync(join(tmpdir(), "obs-gp-border-")), "border-register.csv");
    writeFileSync(file, readFileSync(example, "utf8") + rows.join("\n") + "\n");
    expectIdentical(await located(file), await gpRegisterExpected(file));
  });
});

describe("bad registers given to the pipeline", () => {
  const read = (name: string) =>
    readPracticeRegister(join(badDir, name), { id: "user-gp-supply" }, site, site.defaultParameters);
  const cases: [string, string][] = [
    ["unknown-sector.csv", '(row 4, column "sector_code"): unknown statistical sector code "21004Z99-"'],
    [
      "outside-region.csv",
      '(row 3, column "lon"): the position 4.7011, 50.8789 (WGS84) lies outside every statistical sector of the Brussels-Capital Region',
    ],
    [
      "wrong-separator.csv",
      "(row 1): columns are separated by tabs: separate them with a comma (,) or a semicolon (;)",
    ],
    [
      "latin1.csv",
      '(row 3, column "name"): the file is not UTF-8: byte 0xE9 looks like Latin-1 or Windows-1252; save it again as CSV UTF-8 and load it again',
    ],
    ["duplicate-rows.csv", "(row 6): this row repeats row 3"],
    ["missing-column.csv", '(row 1, column "practice_id"): the column practice_id is missing: it is required'],
  ];
  for (const [name, message] of cases) {
    it(`refuses ${name}, naming file, row and column`, async () => {
      await expect(read(name)).rejects.toThrow(`${join(badDir, name)} ${message}`);
    });
  }

  it("stops the run on a bad register and publishes nothing", async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), "obs-gp-bad-")), "data");
    const file = join(badDir, "unknown-sector.csv");
    await expect(runPipeline({ outDir, gpSupplyFile: file })).rejects.toThrow(`${file} ${cases[0]![1]}`);
    expect(existsSync(join(outDir, "tables"))).toBe(false);
    const missing = join(badDir, "no-such-register.csv");
    await expect(runPipeline({ outDir, gpSupplyFile: missing })).rejects.toThrow(
      `${missing}: OBS_GP_SUPPLY names a file that does not exist: give the path of a CSV or XLSX register`,
    );
  });
});

describe("gpStage(...) with a register given as OBS_GP_SUPPLY", () => {
  const context = realContext();
  const model = buildTerritorialModel(context);
  const components = readQuartierComponents(
    context,
    model.territories.get("quartier")!.map((q) => q.code),
  );
  const stage = async (register: string) => {
    const file = join(mkdtempSync(join(tmpdir(), "obs-gp-user-")), "register.csv");
    writeFileSync(file, register);
    const geometry = await buildGeometry(model);
    const user = { ...context, registry: await withUserGpSupply(context.registry, file) };
    return {
      file,
      run: () => gpStage(user, model, components, geometry.sectorPoints, geometry.topojson.get("sector")!),
    };
  };

  it("dates a register without a year by the need figures, and says so", async () => {
    const rows = readFileSync(example, "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => line.replace(/,[^,]*$/, ""));
    const { run } = await stage(rows.join("\n") + "\n");
    const output = await run();
    const year = output.values.find((v) => v.indicator_id === "gp_need_index")!.year;
    expect(output.values.find((v) => v.level === "region" && v.indicator_id === "gp_per_1000")).toMatchObject({
      year,
      value: 1.034,
    });
    expect(output.quality.find((n) => n.issue === "supply_year_not_stated")).toEqual({
      source_id: "user-gp-supply",
      level: "region",
      territory_code: null,
      indicator_id: "gp_per_1000",
      issue: "supply_year_not_stated",
      detail: `Rows of the register user-gp-supply give no year: the shortage indicators are dated ${year}, the year of the need figures they are measured against.`,
      detail_fr: `Les lignes du registre user-gp-supply ne donnent pas d'année : les indicateurs de pénurie sont datés de ${year}, l'année des chiffres de besoin auxquels ils sont rapportés.`,
      detail_nl: `De rijen van het register user-gp-supply vermelden geen jaar: de tekortindicatoren zijn gedateerd ${year}, het jaar van de behoeftecijfers waaraan ze worden afgemeten.`,
    });
    expect(output.parameters!.find((p) => p.parameter === "fte_per_gp")).toMatchObject({ value: 1, family: "gp" });
  });

  it("stops below the plausibility floor, saying to build without OBS_GP_SUPPLY", async () => {
    const { file, run } = await stage("practice_id,sector_code,gp_headcount\nP1,21001A00-,3\n");
    await expect(run()).rejects.toThrow(
      `${file}: GP supply of 0.002 per 1,000 residents region-wide (3 GPs for 1246136 residents) is below the floor of 0.25 ` +
        `(method_parameters: gp, min_region_gp_per_1000). The file does not list the region's GPs: complete it, ` +
        `or build without OBS_GP_SUPPLY to publish the shortage indicators as "supply not available".`,
    );
  });
});
