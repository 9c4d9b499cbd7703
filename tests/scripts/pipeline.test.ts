import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../scripts/lib/hash.ts";
import { versionsDirOf } from "../../scripts/output/staging.ts";
import { runPipeline, type PipelineResult } from "../../scripts/pipeline.ts";
import { parseTable } from "../../src/core/table-schema.ts";
import { TABLE_SCHEMAS } from "../../src/core/tables/all-tables.ts";
import { WIDE_VALUE_COLUMN, indicators_wide } from "../../src/core/tables/indicators_wide.ts";
import { indicators_latest } from "../../src/core/tables/indicators_latest.ts";
import { codebook as codebookSchema } from "../../src/core/tables/codebook.ts";
import { sourcePath } from "../../scripts/lib/context.ts";
import { EXPORT_SERIES } from "../../scripts/indicators/series/export-series.ts";
import { mapGeoJsonPositions, rawFixture, realContext, replaceText } from "../helpers/raw-fixture.ts";

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = join(sub, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, sha256(readFileSync(join(dir, path))));
    }
  };
  walk("");
  return files;
}

const root = mkdtempSync(join(tmpdir(), "obs-pipeline-"));
const outDir = join(root, "data");
let first: PipelineResult;
let firstFiles: Map<string, string>;

const manifestSourceIds = () => first.manifest.sources.map((s) => s.id);

/** A published table's CSV rows (or any CSV file's, given its path). */
const table = (name: string, path = join(outDir, "tables", `${name}.csv`)) =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
/** The Monitoring export as the pipeline reads it. */
const exportPath = () => sourcePath(realContext(), "ibsa-monitoring-export");

beforeAll(async () => {
  first = await runPipeline({ outDir });
  firstFiles = snapshot(outDir);
});

describe("runPipeline(options) on the real data", () => {
  it("writes the database, every table as Parquet and CSV, the geometry and a manifest", () => {
    const tables = [
      "bassins",
      "clss",
      "codebook",
      "communes",
      "data_quality",
      "fragility",
      "fragility_robustness",
      "gp_facts",
      "indicator_catalog",
      "indicator_trends",
      "indicators",
      "indicators_wide",
      "indicators_latest",
      "levels",
      "method_parameters",
      "postcodes",
      "quartiers",
      "region",
      "sectors",
      "services",
      "sources",
      "territories",
    ];
    const expected = [
      "geo/bassin.topojson",
      "geo/commune.topojson",
      "geo/quartier.topojson",
      "geo/region.topojson",
      "geo/sector.topojson",
      "manifest.json",
      "observatory.duckdb",
      "observatory.duckdb.gz",
      ...tables.flatMap((t) => [`tables/${t}.csv`, `tables/${t}.parquet`]),
      ...["bassin", "commune", "quartier", "region", "sector"].flatMap((l) => [
        `latest/${l}.csv`,
        `latest/${l}.parquet`,
      ]),
    ].sort();
    expect([...firstFiles.keys()].sort()).toEqual(expected);
  });

  it("is deterministic: a second run gives byte-identical outputs", async () => {
    const secondDir = join(root, "second");
    await runPipeline({ outDir: secondDir });
    expect(snapshot(secondDir)).toEqual(firstFiles);
  });

  it("lists every output in the manifest with its checksum and rows, and every source vintage", () => {
    const manifest = first.manifest;
    expect(manifest.files.map((f) => f.file)).toEqual(
      [...firstFiles.keys()].filter((f) => f !== "manifest.json").sort(),
    );
    for (const file of manifest.files) expect(file.sha256).toBe(firstFiles.get(file.file));
    expect(manifest.files.find((f) => f.file === "tables/sectors.csv")!.rows).toBe(724);
    // Every statement of the five GP fact files (20 + 3 + 32 + 15 + 19), none dropped.
    expect(manifest.files.find((f) => f.file === "tables/gp_facts.csv")!.rows).toBe(89);
    expect(manifest.files.find((f) => f.file === "geo/quartier.topojson")!.rows).toBe(145);
    expect(manifest.sources.find((s) => s.id === "statbel-sectors-2024-population")).toEqual({
      id: "statbel-sectors-2024-population",
      reference_date: "2024-01-01",
      sha256: "b6d0011a15f8d178e33569504c7378e534855519163900f455ebcd2d4c842212",
    });
  });

  it("lists in the sources table, and verifies, every source a published row cites", () => {
    const rows = (table: string) =>
      Papa.parse<Record<string, string>>(readFileSync(join(outDir, "tables", `${table}.csv`), "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
    const listed = new Set(rows("sources").map((row) => row.source_id!));
    const cited = [
      ...rows("levels").flatMap((row) => row.source_ids!.split(";")),
      ...rows("indicator_catalog").flatMap((row) => row.source_ids!.split(";")),
      ...rows("data_quality").map((row) => row.source_id!),
      ...rows("method_parameters").map((row) => row.source_id!),
    ].filter((id) => id !== "");
    // The bassins cite their published descriptions, which no stage reads.
    expect(cited).toContain("web-bassins-as-stated");
    expect([...new Set(cited)].filter((id) => !listed.has(id))).toEqual([]);
    expect([...listed].filter((id) => !manifestSourceIds().includes(id))).toEqual([]);
  });

  it("publishes every table as declared in src/core/tables/: columns, types and order, and each CSV parses", () => {
    const csv = (table: string) =>
      Papa.parse<Record<string, string>>(readFileSync(join(outDir, "tables", `${table}.csv`), "utf8"), {
        header: true,
        skipEmptyLines: true,
      });
    const codebook = parseTable(codebookSchema, csv("codebook").data, "codebook.csv");
    const published = [...new Set(codebook.map((row) => row.table_name))];
    expect(published.toSorted()).toEqual(TABLE_SCHEMAS.map((schema) => schema.name).toSorted());
    for (const schema of TABLE_SCHEMAS) {
      const built = codebook.filter((row) => row.table_name === schema.name && row.column_name !== null);
      const { data, meta } = csv(schema.name);
      if (schema.name === indicators_latest.name) {
        // The declared columns, then per indicator a DOUBLE value and the INTEGER year it is from.
        const declared = schema.columns.length;
        expect(built.slice(0, declared).map((row) => [row.column_name, row.column_type])).toEqual(
          schema.columns.map((column) => [column.name, column.type]),
        );
        const rest = built.slice(declared);
        expect(rest.length).toBeGreaterThan(50);
        rest.forEach((row, i) => {
          expect(row.column_name).toMatch(i % 2 === 0 ? /^[a-z][a-z0-9_]*_value$/ : /^[a-z][a-z0-9_]*_year$/);
          expect(row.column_type).toBe(i % 2 === 0 ? "DOUBLE" : "INTEGER");
        });
        expect(meta.fields).toEqual(built.map((row) => row.column_name));
        continue;
      }
      if (schema.name === indicators_wide.name) {
        // The declared columns, then one DOUBLE per indicator and year, each in the codebook.
        const declared = schema.columns.length;
        expect(built.slice(0, declared).map((row) => [row.column_name, row.column_type])).toEqual(
          schema.columns.map((column) => [column.name, column.type]),
        );
        const rest = built.slice(declared);
        expect(rest.length).toBeGreaterThan(100);
        for (const row of rest) {
          expect(row.column_name).toMatch(WIDE_VALUE_COLUMN);
          expect(row.column_type).toBe("DOUBLE");
        }
        expect(meta.fields).toEqual(built.map((row) => row.column_name));
        continue;
      }
      expect(built.map((row) => [row.column_name, row.column_type])).toEqual(
        schema.columns.map((column) => [column.name, column.type]),
      );
      expect(parseTable(schema, data, `${schema.name}.csv`, meta.fields).length).toBe(data.length);
    }
  });

  it("keeps the quartier geometry within its 150 KB budget, in WGS84, with 145 shapes keyed by code", () => {
    const path = join(outDir, "geo/quartier.topojson");
    expect(statSync(path).size).toBeLessThanOrEqual(150 * 1024);
    const topology = JSON.parse(readFileSync(path, "utf8"));
    const geometries = topology.objects.quartier.geometries as { id: string }[];
    expect(geometries).toHaveLength(145);
    expect(geometries.map((g) => g.id)).toContain("115");
    const [[west, south], [east, north]] = [topology.bbox.slice(0, 2), topology.bbox.slice(2)];
    expect(west).toBeGreaterThan(4.2);
    expect(east).toBeLessThan(4.5);
    expect(south).toBeGreaterThan(50.75);
    expect(north).toBeLessThan(50.92);
  });

  it("writes a DuckDB file that opens read-only, with the tables, their rows and column comments", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(`ATTACH '${join(outDir, "observatory.duckdb")}' AS obs (READ_ONLY)`);
      const counts = (
        await connection.runAndReadAll(
          "SELECT (SELECT count(*) FROM obs.sectors)::INT AS sectors, (SELECT count(*) FROM obs.quartiers)::INT AS quartiers, (SELECT count(*) FROM obs.communes)::INT AS communes, (SELECT count(*) FROM obs.bassins)::INT AS bassins, (SELECT sum(population) FROM obs.region)::INT AS region",
        )
      ).getRowObjectsJS();
      expect(counts).toEqual([{ sectors: 724, quartiers: 145, communes: 19, bassins: 5, region: 1_246_136 }]);
      const official = (
        await connection.runAndReadAll(
          "SELECT value FROM obs.indicators WHERE level = 'region' AND indicator_id = 'population_official' AND year = 2024",
        )
      ).getRowObjectsJS();
      expect(official).toEqual([{ value: 1_249_597 }]);
      const uncommented = (
        await connection.runAndReadAll(
          "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'obs' AND (comment IS NULL OR comment = '')",
        )
      ).getRowObjectsJS();
      expect(uncommented).toEqual([]);
      await expect(connection.run("INSERT INTO obs.region VALUES ('x', 'x', 'x', 'x', 0, 0)")).rejects.toThrow(
        /read-only/i,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("writes the gzipped database the workspace downloads: the same bytes, under a fifteenth of the size", () => {
    const database = readFileSync(join(outDir, "observatory.duckdb"));
    const compressed = readFileSync(join(outDir, "observatory.duckdb.gz"));
    expect(sha256(gunzipSync(compressed))).toBe(sha256(database));
    expect(compressed.length).toBeLessThan(database.length / 15);
  });

  it("publishes every method parameter's explanation in French, Dutch and English (issue 15)", () => {
    const rows = table("method_parameters");
    expect(rows.length).toBeGreaterThan(80);
    const problems = rows.flatMap((row) => {
      const where = `${row.family}/${row.parameter}`;
      const [fr, nl, en] = [row.explanation_fr ?? "", row.explanation_nl ?? "", row.explanation_en ?? ""];
      const found: string[] = [];
      for (const [language, text] of Object.entries({ fr, nl, en }))
        if (!text.trim()) found.push(`${where}: explanation_${language} is empty`);
      if (row.explanation !== en) found.push(`${where}: explanation is not explanation_en`);
      // A sentence left in English in the French or Dutch column means a template was forgotten.
      if (en.trim().split(/\s+/).length >= 3)
        for (const [language, text] of Object.entries({ fr, nl }))
          if (text === en) found.push(`${where}: explanation_${language} is the English text`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("passes every plausibility limit with a margin, and publishes the limits in method_parameters", () => {
    const rows = (table: string) =>
      Papa.parse<Record<string, string>>(readFileSync(join(outDir, "tables", `${table}.csv`), "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
    const limit = (family: string, parameter: string) =>
      Number(rows("method_parameters").find((r) => r.family === family && r.parameter === parameter)!.value);
    expect({
      dropped: limit("coverage", "max_dropped_point_share"),
      coverage: limit("coverage", "min_region_share_within_1000m_pct"),
      gp: limit("gp", "min_region_gp_per_1000"),
      population: limit("population", "min_sector_share_of_official"),
    }).toEqual({ dropped: 0.1, coverage: 5, gp: 0.25, population: 0.98 });
    // Recomputed from the outputs: points dropped per source (notes) against the points kept (services).
    const notes = rows("data_quality");
    const services = rows("services");
    for (const source of ["afmps-pharmacies", "gisco-hospitals", "osm-health-poi"]) {
      const dropped = notes.filter(
        (n) => n.source_id === source && (n.issue === "outside_region" || n.issue === "duplicate"),
      ).length;
      const kept = new Set(services.filter((s) => s.source_id === source).map((s) => `${s.lon},${s.lat},${s.name}`))
        .size;
      expect(dropped / (dropped + kept)).toBeLessThan(0.05);
    }
    const indicators = rows("indicators");
    const value = (level: string, code: string, id: string) =>
      Number(indicators.find((r) => r.level === level && r.territory_code === code && r.indicator_id === id)!.value);
    for (const type of ["pharmacy", "hospital_emergency", "maison_medicale", "dentist"])
      expect(value("region", "04000", `share_within_1000m_${type}`)).toBeGreaterThan(30);
    for (const commune of rows("communes"))
      expect(
        Number(commune.population) / value("commune", commune.commune_code!, "population_official"),
      ).toBeGreaterThan(0.99);
    // No GP supply is registered: the floor does not apply, and the shortage indicators are "not available".
    expect(indicators.find((r) => r.level === "region" && r.indicator_id === "gp_per_1000")!.flag).toBe(
      "supply_not_available",
    );
  });

  it("publishes commune and region age shares from Statbel's counts, with numerator and denominator, and no median above the quartier", () => {
    const indicators = Papa.parse<Record<string, string>>(
      readFileSync(join(outDir, "tables", "indicators.csv"), "utf8"),
      { header: true, skipEmptyLines: true },
    ).data;
    // The headline year (the catalogue's reference year); the table holds the other years too.
    const reference = new Map(table("indicator_catalog").map((r) => [r.indicator_id!, r.reference_year!]));
    const row = (level: string, code: string, id: string) =>
      indicators.find(
        (r) => r.level === level && r.territory_code === code && r.indicator_id === id && r.year === reference.get(id),
      )!;
    // Berchem-Sainte-Agathe, 1 January 2025: 2,906 residents aged 65-79 of 25,803 (Statbel), 11.26 %.
    expect(row("commune", "21003", "share_65_79")).toMatchObject({
      value: "11.26",
      numerator: "2906.0",
      denominator: "25803.0",
    });
    for (const id of ["share_65_79", "share_80_plus"]) {
      const counted = indicators.filter((r) => r.indicator_id === id && r.level !== "quartier");
      expect(counted.length).toBeGreaterThan(19);
      for (const r of counted) {
        expect(r.numerator, `${r.level} ${r.territory_code} ${id}`).not.toBe("");
        expect(Number(r.value)).toBeCloseTo((100 * Number(r.numerator)) / Number(r.denominator), 1);
      }
    }
    expect(indicators.filter((r) => r.indicator_id === "median_income").every((r) => r.level === "quartier")).toBe(
      true,
    );
    expect(row("region", "04000", "median_income_quartier_mean").value).not.toBe("");
    expect(row("region", "04000", "unemployment_rate").denominator).toBe("");
  });

  it("publishes share_65_alone under one definition: none of the export's 2025 block, which is another indicator", () => {
    const published = table("indicators").filter((r) => r.level === "quartier" && r.indicator_id === "share_65_alone");
    const name = "Aandeel alleenwonenden van 65 jaar en meer in het totaal aantal private huishoudens";
    const raw = table("", exportPath()).filter((r) => r.indicator_nl === name && r.value !== "");
    const block2025 = new Set(raw.filter((r) => r.year === "2025").map((r) => r.mdrc!));
    expect(block2025.size).toBe(60);
    const values = published.filter((r) => r.value !== "");
    // The 57 quartiers of the 2001-2024 series, less 108 (copied from 109), every year; none of the 2025 block.
    expect(values.filter((r) => r.year === "2024").length).toBe(56);
    expect(new Set(values.map((r) => r.territory_code)).size).toBe(56);
    expect(new Set(values.map((r) => r.year))).toEqual(new Set(Array.from({ length: 24 }, (_, i) => String(2001 + i))));
    expect(values.every((r) => !block2025.has(r.territory_code!))).toBe(true);
    const notes = table("data_quality").filter(
      (r) => r.indicator_id === "share_65_alone" && r.issue === "definition_break",
    );
    expect(new Set(notes.map((r) => r.territory_code))).toEqual(block2025);
    const catalogue = table("indicator_catalog");
    expect(catalogue.find((r) => r.indicator_id === "share_65_alone")!.method_en).toContain(
      "One definition is published",
    );
    expect(catalogue.find((r) => r.indicator_id === "fragility_index")!.method_en).toContain(
      "The share of people aged 65+ living alone is left out of the index",
    );
    expect(table("fragility").some((r) => (r.flags ?? "").includes("share_65_alone"))).toBe(false);
  });

  it("shows none of quartier 109's copied values for quartier 108, and says so in data_quality", () => {
    const indicators = table("indicators").filter((r) => r.level === "quartier");
    const fromExport = new Set(
      table("indicator_catalog")
        .filter((r) => r.source_ids!.split(";").includes("ibsa-monitoring-export"))
        .map((r) => r.indicator_id!),
    );
    const of = (code: string) =>
      new Map(
        indicators
          .filter((r) => r.territory_code === code && fromExport.has(r.indicator_id!))
          .map((r) => [r.indicator_id!, r.value!]),
      );
    const [q108, q109] = [of("108"), of("109")];
    for (const id of ["share_65_79", "share_80_plus", "share_65_alone"]) expect(q108.get(id), id).toBe("");
    for (const [id, value] of q108) if (value !== "") expect(value, id).not.toBe(q109.get(id));
    const notes = table("data_quality").filter((r) => r.territory_code === "108" && r.issue === "copied_series");
    expect(
      notes
        .map((r) => r.indicator_id)
        .filter(Boolean)
        .sort(),
    ).toEqual(["share_65_79", "share_65_alone", "share_80_plus"]);
    expect(
      notes.find((r) => r.detail!.startsWith('Series not published. "Totaal aantal vreemdelingen": 34 year(s)')),
    ).toBeTruthy();
    expect(table("fragility").find((r) => r.level === "quartier" && r.territory_code === "108")!.status).toBe(
      "incomplete_data",
    );
  });

  it("explains every data_quality row in French, Dutch and English, detail staying the English text", () => {
    const notes = table("data_quality");
    expect(notes.length).toBeGreaterThan(100);
    for (const note of notes) {
      const where = `${note.issue} ${note.level} ${note.territory_code} ${note.indicator_id}`;
      for (const language of ["fr", "nl", "en"])
        expect(note[`detail_${language}`], `${where} ${language}`).toBeTruthy();
      expect(note.detail, where).toBe(note.detail_en);
      // A sentence left in English means a template without its translation.
      if (note.detail_en!.split(/\s+/).length >= 3) {
        expect(note.detail_fr, where).not.toBe(note.detail_en);
        expect(note.detail_nl, where).not.toBe(note.detail_en);
      }
    }
  });

  it("publishes every year of the Monitoring series for every quartier the export gives them", () => {
    const published = new Map(
      table("indicators")
        .filter((r) => r.level === "quartier" && r.value !== "")
        .map((r) => [`${r.indicator_id}/${r.territory_code}/${r.year}`, Number(r.value)]),
    );
    const raw = table("", exportPath()).filter((r) => r.value !== "");
    const rawValue = new Map(raw.map((r) => [`${r.indicator_nl}/${r.mdrc}/${r.year}`, r.value]));
    const expectedYears: Record<string, [number, number]> = {
      bim_share: [2010, 2024],
      cpas_share: [2005, 2023],
      unemployment_rate: [2010, 2023],
      median_income: [2005, 2022],
      share_65_79: [1997, 2025],
      share_80_plus: [1981, 2025],
      share_65_alone: [2001, 2024],
      population: [2005, 2025],
    };
    const catalogue = new Map(table("indicator_catalog").map((r) => [r.indicator_id!, r]));
    for (const [id, name] of Object.entries(EXPORT_SERIES)) {
      let checked = 0;
      for (const r of raw.filter((r) => r.indicator_nl === name)) {
        // Set aside by the reviewed decisions: the other definition's 2025 block, 108's copies of 109.
        if (id === "share_65_alone" && r.year === "2025") continue;
        if (r.mdrc === "108" && rawValue.get(`${name}/109/${r.year}`) === r.value) continue;
        const value = published.get(`${id}/${r.mdrc}/${r.year}`);
        expect(value, `${id} ${r.mdrc} ${r.year}`).toBeDefined();
        // The headline year of three rates comes from the portal export, equal within 0.01 (checked by the run).
        expect(Math.abs(value! - Number(r.value)), `${id} ${r.mdrc} ${r.year}`).toBeLessThanOrEqual(0.01 + 1e-9);
        checked++;
      }
      expect(checked, id).toBeGreaterThan(500);
      const [first, last] = expectedYears[id]!;
      expect([catalogue.get(id)!.first_year, catalogue.get(id)!.last_year], id).toEqual([String(first), String(last)]);
    }
  });

  it("rebuilds the region's age shares and population every year from Statbel's counts; the 2025 quartier shares reproduce them", () => {
    const indicators = table("indicators");
    const region = (id: string, year: number) =>
      indicators.find((r) => r.level === "region" && r.indicator_id === id && r.year === String(year));
    const statbel = new Map<number, { total: number; aged65to79: number; aged80plus: number }>();
    for (const r of table("", sourcePath(realContext(), "statbel-population-age-sex-commune"))) {
      const year = Number(r.year);
      const entry = statbel.get(year) ?? { total: 0, aged65to79: 0, aged80plus: 0 };
      const [age, residents] = [Number(r.age_from), Number(r.population)];
      entry.total += residents;
      if (age >= 65 && age < 80) entry.aged65to79 += residents;
      if (age >= 80) entry.aged80plus += residents;
      statbel.set(year, entry);
    }
    for (const [year, counts] of statbel) {
      expect(Number(region("population_official", year)!.value), `${year}`).toBe(counts.total);
      if (year > 2025) continue; // the export's shares end in 2025
      expect(Number(region("share_65_79", year)!.value)).toBeCloseTo((100 * counts.aged65to79) / counts.total, 2);
      expect(Number(region("share_80_plus", year)!.value)).toBeCloseTo((100 * counts.aged80plus) / counts.total, 2);
    }
    // 2025, the one year the export gives the shares for every quartier: their mean weighted by the
    // sectors' residents is within 0.05 points of Statbel's region share (found: 0.022 and 0.008).
    // Not exact: the weights are 1 January 2024 residents, about 1 % of residents are in no sector,
    // and the quartier shares are rounded to 0.01.
    const residents = new Map(
      indicators
        .filter((r) => r.level === "quartier" && r.indicator_id === "population" && r.year === "2024")
        .map((r) => [r.territory_code!, Number(r.value)]),
    );
    for (const id of ["share_65_79", "share_80_plus"]) {
      const shares = indicators.filter(
        (r) => r.level === "quartier" && r.indicator_id === id && r.year === "2025" && r.value !== "",
      );
      expect(shares.length).toBeGreaterThan(110);
      const weight = shares.reduce((sum, r) => sum + residents.get(r.territory_code!)!, 0);
      const mean = shares.reduce((sum, r) => sum + Number(r.value) * residents.get(r.territory_code!)!, 0) / weight;
      expect(Math.abs(mean - Number(region(id, 2025)!.value)), id).toBeLessThan(0.05);
    }
  });

  it("marks the breaks the series checks and the methods found, and only those", () => {
    const catalogue = new Map(table("indicator_catalog").map((r) => [r.indicator_id!, r]));
    expect(catalogue.get("share_65_alone")!.breaks).toBe("2025:definition");
    for (const id of ["fragility_index", "fragility_rank", "fragility_socioeconomic"])
      expect(catalogue.get(id)!.breaks, id).toBe("2025:method");
    expect(catalogue.get("bim_share")!.breaks).toBe("");
    const broken = table("indicators").filter((r) => r.series_break !== "");
    expect(new Set(broken.map((r) => `${r.series_break} ${r.year} ${r.level}`))).toEqual(
      new Set(["method 2025 quartier"]),
    );
    const yearly = new Set(
      table("indicators")
        .filter((r) => r.indicator_id === "fragility_index" && r.year === "2022")
        .map((r) => r.territory_code),
    );
    expect(yearly.size).toBeGreaterThan(50);
    expect(new Set(broken.filter((r) => r.indicator_id === "fragility_index").map((r) => r.territory_code))).toEqual(
      yearly,
    );
  });

  it("ranks the quartiers every year 2010-2022 where all components exist, within that year's pool", () => {
    const ranks = table("indicators").filter((r) => r.indicator_id === "fragility_rank" && r.value !== "");
    const years = new Set(ranks.filter((r) => r.level === "quartier").map((r) => Number(r.year)));
    expect([...years].sort()).toEqual([...Array.from({ length: 13 }, (_, i) => 2010 + i), 2025]);
    expect(ranks.filter((r) => r.level !== "quartier").every((r) => r.year === "2025")).toBe(true);
    for (let year = 2010; year <= 2022; year++) {
      const pool = ranks.filter((r) => r.level === "quartier" && r.year === String(year));
      // Ties share a rank (1, 2, 2, 4…): every rank is at least 1 and one more than the quartiers ranked before it.
      const sorted = pool.map((r) => Number(r.value)).sort((a, b) => a - b);
      for (const rank of sorted) expect(rank, `${year}`).toBe(sorted.indexOf(rank) + 1);
      expect(sorted[0]).toBe(1);
      expect(pool.every((r) => Number(r.denominator) === pool.length)).toBe(true);
    }
  });

  it("gives each multi-year series a trend whose direction needs 3 years and an interval clear of 0", () => {
    const polarity = new Map(table("indicator_catalog").map((r) => [r.indicator_id!, r.polarity!]));
    const trends = table("indicator_trends");
    expect(trends.length).toBeGreaterThan(1000);
    for (const t of trends) {
      const where = `${t.level} ${t.territory_code} ${t.indicator_id}`;
      if (polarity.get(t.indicator_id!) === "neutral") expect(t.direction, where).toBe("");
      else expect(t.direction, where).not.toBe("");
      if (t.direction === "improved" || t.direction === "worsened") {
        expect(Number(t.n_years), where).toBeGreaterThanOrEqual(3);
        expect(Math.sign(Number(t.slope_low)), where).toBe(Math.sign(Number(t.slope_high)));
        expect(Number(t.slope_low) * Number(t.slope_high), where).toBeGreaterThan(0);
      }
    }
    // The yearly index's last comparable years, not the headline index's single year after the method break.
    // (Quartiers the export gives only the latest years for have the headline index alone: one year, no direction.)
    const fragility = trends.filter((t) => t.indicator_id === "fragility_index");
    const yearly = fragility.filter((t) => t.from_year === "2010" && t.to_year === "2022");
    expect(yearly.length).toBeGreaterThan(50);
    for (const t of fragility.filter((t) => !yearly.includes(t)))
      expect([t.from_year, t.to_year, t.n_years, t.direction]).toEqual(["2025", "2025", "1", "no_clear_change"]);
    expect(trends.filter((t) => t.indicator_id === "bim_share" && t.level === "quartier").length).toBeGreaterThan(100);
  });

  it("publishes in indicators_wide every value of the long table, one row per territory", () => {
    const wide = new Map(table("indicators_wide").map((r) => [`${r.level}/${r.territory_code}`, r]));
    expect(wide.size).toBe(table("territories").length);
    let values = 0;
    for (const r of table("indicators")) {
      const cell = wide.get(`${r.level}/${r.territory_code}`)![`${r.indicator_id}_${r.year}`];
      expect(cell === "" ? "" : Number(cell), `${r.level} ${r.territory_code} ${r.indicator_id} ${r.year}`).toBe(
        r.value === "" ? "" : Number(r.value),
      );
      values++;
    }
    expect(values).toBeGreaterThan(25000);
  });

  it("publishes in indicators_latest, and per level in latest/, each territory's latest-year value of every indicator", () => {
    const latestYear = new Map<string, Record<string, string>>();
    for (const r of table("indicators")) {
      const key = `${r.level}/${r.territory_code}/${r.indicator_id}`;
      if (!latestYear.has(key) || Number(r.year) > Number(latestYear.get(key)!.year)) latestYear.set(key, r);
    }
    const territories = table("territories");
    const all = table("indicators_latest");
    expect(all.map((r) => `${r.level}/${r.territory_code}`)).toEqual(territories.map((r) => `${r.level}/${r.code}`));
    const levels = table("levels");
    for (const level of levels) {
      const rows = table("", join(outDir, "latest", `${level.level}.csv`));
      expect(rows.length, level.level!).toBe(Number(level.n_territories));
      expect(rows).toEqual(all.filter((r) => r.level === level.level));
    }
    expect(Object.fromEntries(levels.map((l) => [l.level, Number(l.n_territories)]))).toEqual({
      sector: 724,
      quartier: 145,
      commune: 19,
      bassin: 5,
      region: 1,
    });
    const byArea = new Map(all.map((r) => [`${r.level}/${r.territory_code}`, r]));
    let cells = 0;
    for (const [key, r] of latestYear) {
      const row = byArea.get(`${r.level}/${r.territory_code}`)!;
      expect(row[`${r.indicator_id}_year`], key).toBe(r.year);
      expect(row[`${r.indicator_id}_value`] === "" ? "" : Number(row[`${r.indicator_id}_value`]), key).toBe(
        r.value === "" ? "" : Number(r.value),
      );
      cells++;
    }
    expect(cells).toBeGreaterThan(10000);
    // A quartier names the commune and bassin holding most of its people, as the quartiers table does.
    const quartiers = new Map(table("quartiers").map((q) => [q.quartier_code, q]));
    const communes = new Map(table("communes").map((c) => [c.commune_code, c]));
    for (const row of all.filter((r) => r.level === "quartier")) {
      const q = quartiers.get(row.territory_code!)!;
      expect([row.commune_code, row.bassin_code, row.population]).toEqual([
        q.commune_code,
        q.bassin_code,
        q.population,
      ]);
      expect(row.commune_name_fr).toBe(communes.get(q.commune_code!)!.name_fr);
    }
    expect(all.filter((r) => r.level === "commune").every((r) => r.commune_code === "" && r.bassin_code !== "")).toBe(
      true,
    );
  });

  it("publishes the bassins by their definition: one bassin per commune but Bruxelles-Ville, Nord-Est 201,921", () => {
    const rows = (table: string) =>
      Papa.parse<Record<string, string>>(readFileSync(join(outDir, "tables", `${table}.csv`), "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
    const split = rows("communes").filter((c) => c.bassin_codes!.includes(";"));
    expect(split.map((c) => [c.commune_code, c.bassin_codes])).toEqual([["21004", "N;CO;S"]]);
    expect(Object.fromEntries(rows("bassins").map((b) => [b.bassin_code, Number(b.population)]))).toEqual({
      CO: 313_537,
      N: 222_588,
      NE: 201_921,
      S: 319_935,
      SE: 188_155,
    });
    // Every sector's bassin is its commune's, or for Bruxelles-Ville its sub-municipality's.
    const bassinOf = new Map(rows("sectors").map((s) => [s.sector_code!, s.bassin_code!]));
    const byArea = new Map<string, Set<string>>();
    for (const [code, bassin] of bassinOf) {
      const area = code.startsWith("21004") ? code.slice(0, 6) : code.slice(0, 5);
      byArea.set(area, (byArea.get(area) ?? new Set()).add(bassin));
    }
    expect([...byArea.values()].every((bassins) => bassins.size === 1)).toBe(true);
  });

  it("names the communes in English as the Region's English site does: City of Brussels, not Bruxelles", () => {
    const communes = Papa.parse<Record<string, string>>(readFileSync(join(outDir, "tables/communes.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const renamed = communes.filter((c) => c.name_en !== c.name_fr).map((c) => [c.commune_code, c.name_fr, c.name_en]);
    expect(renamed).toEqual([
      ["21004", "Bruxelles", "City of Brussels"],
      ["21012", "Molenbeek", "Molenbeek-Saint-Jean"],
      ["21014", "Saint-Josse", "Saint-Josse-ten-Noode"],
    ]);
  });

  it("writes UTF-8 CSV with accented names intact", () => {
    const csv = readFileSync(join(outDir, "tables/quartiers.csv"), "utf8");
    expect(csv.split("\n")[0]).toBe(
      "quartier_code,name_fr,name_nl,name_en,type,commune_code,commune_codes,bassin_code,bassin_codes,region_code,population,n_sectors",
    );
    expect(csv).toContain("3,Béguinage - Dixmude,Begijnhof - Diksmuide,");
  });
});

describe("runPipeline(options) on bad input leaves the previous outputs intact", () => {
  const expectUntouched = () => {
    expect(snapshot(outDir)).toEqual(firstFiles);
    expect(readdirSync(root).filter((name) => name.includes("staging"))).toEqual([]);
    expect(
      readdirSync(versionsDirOf(outDir)).filter((name) => name.startsWith(".") || name.endsWith(".staging")),
    ).toEqual([]);
  };

  it("stops on a checksum mismatch, naming the file and both hashes", async () => {
    const { rawDir, registryPath } = rawFixture(
      { "statbel-sectors-2024-population": replaceText('"population": 2812', '"population": 2813') },
      { keepChecksums: true },
    );
    const run = runPipeline({ outDir, rawDirs: [rawDir], registryPath });
    await expect(run).rejects.toThrow(
      /sectors\.geojson: checksum mismatch for source "statbel-sectors-2024-population": expected sha256 b6d0011a15f8d178e33569504c7378e534855519163900f455ebcd2d4c842212, found [0-9a-f]{64}\./,
    );
    expectUntouched();
  });

  it("stops where the Monitoring export and the portal export disagree on a headline-year rate, instead of joining two sources in one series", async () => {
    const { rawDir, registryPath } = rawFixture({
      "ibsa-monitoring-export": replaceText(
        "2,Dansaert,Aandeel van de rechthebbenden op de verhoogde tegemoetkoming in de totale bevolking,%,2024,29.31,",
        "2,Dansaert,Aandeel van de rechthebbenden op de verhoogde tegemoetkoming in de totale bevolking,%,2024,31.5,",
      ),
    });
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /ibsa_monitoring_indicators_long_nl\.csv \(row 355, column "value"\): quartier 2: bim_share 2024 is 31\.5 here but 29\.31 in the IBSA portal export \(more than 0\.01 apart\): the yearly series would join two sources$/,
    );
    expectUntouched();
  });

  it("stops where the export's quartier population differs from the sectors' in the headline year, instead of joining two bases", async () => {
    const { rawDir, registryPath } = rawFixture({
      "ibsa-monitoring-export": replaceText(
        "2,Dansaert,Totale bevolking,Aantal inwoners,2024,8942,",
        "2,Dansaert,Totale bevolking,Aantal inwoners,2024,8950,",
      ),
    });
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /ibsa_monitoring_indicators_long_nl\.csv \(row 558, column "value"\): quartier 2 has 8950 residents in 2024 but its sectors 8942: the export's population series would join another basis to the sectors' headline year$/,
    );
    expectUntouched();
  });

  it("stops on a GeoJSON file that is not valid JSON", async () => {
    const { rawDir, registryPath } = rawFixture({ "urbis-monitoring-districts": (bytes) => bytes.subarray(0, 50_000) });
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /monitoring_districts_2022_4326\.geojson \(row \d+, column \d+\): not valid JSON: .*\(truncated file\?\)/,
    );
    expectUntouched();
  });

  it("stops on a Latin-1 encoded CSV", async () => {
    const toLatin1 = (bytes: Buffer) => {
      const latin1 = Buffer.from(bytes.toString("utf8"), "latin1");
      if (latin1.equals(bytes)) throw new Error("fixture has no accented character to re-encode");
      return latin1;
    };
    const { rawDir, registryPath } = rawFixture({ "ibsa-monitoring-vulnerability": toLatin1 });
    // Row 4 is "3,Béguinage - Dixmude": é is the 4th character of the name.
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /territorial_vulnerability_indicators\.csv \(row 4, column 4\): not valid UTF-8: byte 0xe9 at offset \d+/,
    );
    expectUntouched();
  });

  it("stops on a CSV saved with ';' separators", async () => {
    const { rawDir, registryPath } = rawFixture({
      "ibsa-sector-quartier-2024": (bytes) => bytes.toString("utf8").replaceAll(",", ";"),
    });
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /MQ_Communes_Quartiers_Secteurs\.csv \(row 1\): uses ";" as separator; this source is read with ","/,
    );
    expectUntouched();
  });

  it("stops on a missing raw file, saying how to get it", async () => {
    const { rawDir, registryPath } = rawFixture({});
    const run = runPipeline({ outDir, rawDirs: [join(rawDir, "nowhere")], registryPath });
    await expect(run).rejects.toThrow(
      /sectors\.geojson: raw file for source "statbel-sectors-2024-population" is missing \(run `npm run data:fetch` or set OBS_RAW_DIR\)/,
    );
    expect(existsSync(outDir)).toBe(true);
    expectUntouched();
  });

  it("stops on sectors with latitude and longitude swapped, instead of publishing a coverage of 0", async () => {
    const { rawDir, registryPath } = rawFixture({
      "statbel-sectors-2024-population": mapGeoJsonPositions(([lon, lat]) => [lat!, lon!]),
    });
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /sectors\.geojson \(row 1, column "geometry\.coordinates\[0\]\[0\]\[0\]"\): longitude 50\.836129555765474, latitude 4\.313744713135641 is outside the Brussels-Capital Region .*: latitude and longitude look swapped$/,
    );
    expectUntouched();
  });

  it("stops on a blank sector population, instead of reading it as 0", async () => {
    const { rawDir, registryPath } = rawFixture({
      "statbel-sectors-2024-population": replaceText('"population": 2812,', '"population": " ",'),
    });
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      /sectors\.geojson \(row 1, column "population"\): " " is not a number \(found text; a JSON number is required\)$/,
    );
    expectUntouched();
  });

  it("stops on a raw file that is a named pipe, without waiting on it", async () => {
    const { rawDir, registryPath } = rawFixture({});
    const pipe = join(rawDir, "statbel-sectors-2024-population", "sectors.geojson");
    rmSync(pipe);
    execFileSync("mkfifo", [pipe]);
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      `${pipe}: is a named pipe (FIFO), not a regular file: refused without reading it`,
    );
    expectUntouched();
  });

  it("stops on a raw file that is a symbolic link loop, calling it a loop rather than missing", async () => {
    const { rawDir, registryPath } = rawFixture({});
    const loop = join(rawDir, "statbel-sectors-2024-population", "sectors.geojson");
    rmSync(loop);
    symlinkSync(`${loop}.other`, loop);
    symlinkSync(loop, `${loop}.other`);
    await expect(runPipeline({ outDir, rawDirs: [rawDir], registryPath })).rejects.toThrow(
      `${loop}: is a symbolic link loop: refused without reading it`,
    );
    expectUntouched();
  });
});
