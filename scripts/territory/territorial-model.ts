import { join } from "node:path";
import { compareCodes } from "../lib/compare-codes.ts";
import { InputError, InvariantError } from "../lib/errors.ts";
import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { readCommuneNamesEn } from "./commune-names-en.ts";
import { readCsv, type CsvTable } from "../sources/read-csv.ts";
import { readGeoJson, type Feature, type GeoJsonFile } from "../sources/read-geojson.ts";
import type { LevelDefinition } from "../../src/core/levels.ts";
import { loadLevels } from "./levels.ts";
import { quartierType, readNonResidentialQuartiers } from "./non-residential-quartiers.ts";
import type { MethodParameter } from "../indicators/indicator-model.ts";

/** Statbel sector codes: commune NIS code, then four characters (e.g. 21001A00-). */
export const SECTOR_CODE = /^21\d{3}[A-Z][0-9A-Z]{2}[0-9A-Z-]$/;
export const COMMUNE_CODE = /^210(0[1-9]|1[0-9])$/;
export const QUARTIER_CODE = /^[1-9]\d{0,2}$/;
export const REGION_CODE = "04000";

/**
 * The most residents a statistical sector is accepted with: ten times the largest Brussels sector
 * (9,213 in 2024). A bigger figure is a broken file, and it would dwarf every sum built on it.
 */
const MAX_SECTOR_POPULATION = 100_000;

export const SOURCES = {
  sectors: "statbel-sectors-2024-population",
  sectorQuartier: "ibsa-sector-quartier-2024",
  quartierPolygons: "urbis-monitoring-districts",
  quartierNamesFr: "ibsa-monitoring-vulnerability",
  quartierNamesNl: "ibsa-monitoring-export",
  communes: "statbel-communes",
  region: "statbel-region",
} as const;

export interface Sector {
  code: string;
  name_fr: string;
  name_nl: string;
  population: number;
  area_ha: number;
  /** Feature number in the Statbel sector file, for error messages. */
  sourceRow: number;
  /** The sector's territory at every level, keyed by level id (sector, quartier, commune, bassin, region...). */
  codes: Record<string, string>;
  geometry: Feature["geometry"];
}

export interface Territory {
  level: string;
  code: string;
  name_fr: string;
  name_nl: string;
  name_en: string;
  /** Quartier type (data/reference/non-residential-quartiers.csv, else residential); null for other levels. */
  type: string | null;
  sectors: Sector[];
  population: number;
}

export interface TerritorialModel {
  levels: LevelDefinition[];
  sectors: Sector[];
  /** Territories of each level, sorted by code. */
  territories: Map<string, Territory[]>;
  /** Input geometries by level (WGS84), before simplification. */
  geometry: Map<string, Feature[]>;
  /** The reference tables' inferred assignments (basis "inferred"), published in method_parameters. */
  parameters: MethodParameter[];
}

/** The kind a quartier's UrbIS code range gives it; the published type comes from the reviewed table. */
export { quartierType };

export function buildTerritorialModel(context: PipelineContext): TerritorialModel {
  const levels = loadLevels(context.referenceDir);
  const sectors = readSectors(context);
  const quartierNames = assignQuartiers(context, sectors);
  const quartierPolygons = readQuartierPolygons(context, quartierNames);
  // Parks and forests, cemeteries and industrial zones: reviewed, each with its reason.
  const nonResidential = readNonResidentialQuartiers(context.referenceDir, quartierNames);
  const communes = readCommunes(context, sectors);
  const communeNamesEn = readCommuneNamesEn(context.referenceDir, [...communes.names.keys()]);
  const region = readGeoJson(sourcePath(context, SOURCES.region));

  const territories = new Map<string, Territory[]>();
  const geometry = new Map<string, Feature[]>();
  const parameters: MethodParameter[] = [];
  for (const level of levels) {
    switch (level.kind) {
      case "sector":
        territories.set(
          level.id,
          sectors.map((s) => territory(level.id, s.code, s.name_fr, s.name_nl, s.name_fr, [s])),
        );
        geometry.set(
          level.id,
          sectors.map((s) => feature(s.code, s.geometry)),
        );
        for (const s of sectors) s.codes[level.id] = s.code;
        break;
      case "quartier":
        for (const s of sectors) s.codes[level.id] = s.codes.quartier!;
        territories.set(
          level.id,
          groupTerritories(level.id, sectors, (code) => {
            const names = quartierNames.get(code)!;
            return { ...names, name_en: names.name_fr, type: nonResidential.get(code) ?? "residential" };
          }),
        );
        geometry.set(level.id, quartierPolygons);
        break;
      case "commune":
        for (const s of sectors) s.codes[level.id] = s.codes.commune!;
        territories.set(
          level.id,
          groupTerritories(level.id, sectors, (code) => {
            const names = communes.names.get(code)!;
            return { ...names, name_en: communeNamesEn.get(code)!, type: null };
          }),
        );
        geometry.set(level.id, communes.features);
        break;
      case "reference": {
        const reference = readReferenceLevel(context, level, territories.get(level.from!)!);
        for (const s of sectors) s.codes[level.id] = reference.assignment.get(s.codes[level.from!]!)!;
        territories.set(
          level.id,
          groupTerritories(level.id, sectors, (code) => ({ ...reference.names.get(code)!, type: null })),
        );
        geometry.set(level.id, dissolveInput(geometry.get(level.from!)!, reference.assignment));
        parameters.push(...reference.inferred);
        break;
      }
      case "region":
        for (const s of sectors) s.codes[level.id] = REGION_CODE;
        territories.set(level.id, [
          territory(
            level.id,
            REGION_CODE,
            "Région de Bruxelles-Capitale",
            "Brussels Hoofdstedelijk Gewest",
            "Brussels-Capital Region",
            sectors,
          ),
        ]);
        geometry.set(
          level.id,
          region.features.map((f) => feature(REGION_CODE, f.geometry)),
        );
        break;
    }
  }
  checkPopulationsAddUp(territories, sectors);
  return { levels, sectors, territories, geometry, parameters };
}

function territory(
  level: string,
  code: string,
  name_fr: string,
  name_nl: string,
  name_en: string,
  sectors: Sector[],
  type: string | null = null,
): Territory {
  return {
    level,
    code,
    name_fr,
    name_nl,
    name_en,
    type,
    sectors,
    population: sectors.reduce((sum, s) => sum + s.population, 0),
  };
}

function groupTerritories(
  level: string,
  sectors: Sector[],
  describe: (code: string) => { name_fr: string; name_nl: string; name_en: string; type: string | null },
): Territory[] {
  const groups = new Map<string, Sector[]>();
  for (const s of sectors) {
    const code = s.codes[level]!;
    const group = groups.get(code);
    if (group) group.push(s);
    else groups.set(code, [s]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([code, members]) => {
      const { name_fr, name_nl, name_en, type } = describe(code);
      return territory(level, code, name_fr, name_nl, name_en, members, type);
    });
}

function feature(code: string, geometry: Feature["geometry"]): Feature {
  return { type: "Feature", properties: { code }, geometry };
}

function readSectors(context: PipelineContext): Sector[] {
  const file = readGeoJson(sourcePath(context, SOURCES.sectors));
  const seen = new Map<string, number>();
  const sectors = file.features.map((f, index): Sector => {
    const code = file.code(index, "id", SECTOR_CODE, "Statbel sector code");
    if (seen.has(code))
      throw file.error(index, "id", `duplicated sector code ${code} (also feature ${seen.get(code)! + 1})`);
    seen.set(code, index);
    const population = file.number(index, "population");
    if (!Number.isInteger(population) || population < 0)
      throw file.error(index, "population", `population ${population} is not a non-negative integer`);
    if (population > MAX_SECTOR_POPULATION)
      throw file.error(
        index,
        "population",
        `population ${BigInt(population)} is above ${MAX_SECTOR_POPULATION}, more than any statistical sector can hold ` +
          "(the largest Brussels sector had 9,213 residents in 2024)",
      );
    const commune = file.code(index, "cd_munty_refnis", COMMUNE_CODE, "Brussels commune NIS code");
    if (!code.startsWith(commune))
      throw file.error(index, "cd_munty_refnis", `sector ${code} is not in commune ${commune}`);
    return {
      code,
      // Names come from the official IBSA table: the Statbel file leaves a few empty.
      name_fr: "",
      name_nl: "",
      population,
      area_ha: sectorArea(file, index),
      sourceRow: index + 1,
      codes: { commune },
      geometry: f.geometry,
    };
  });
  return sectors.sort((a, b) => compareCodes(a.code, b.code));
}

/** The region covers 16,138 ha; a sector is a part of it, and never empty. */
const REGION_AREA_HA = 16_138;

function sectorArea(file: GeoJsonFile, index: number): number {
  const area = file.number(index, "area_ha");
  if (!(area > 0 && area <= REGION_AREA_HA))
    throw file.error(index, "area_ha", `area ${area} ha is outside 0 to ${REGION_AREA_HA} ha, the area of the region`);
  return area;
}

/** Assigns every sector to its quartier through IBSA's official table (not by spatial overlay: the polygons do not nest). */
function assignQuartiers(
  context: PipelineContext,
  sectors: Sector[],
): Map<string, { name_fr: string; name_nl: string }> {
  const path = sourcePath(context, SOURCES.sectorQuartier);
  const table = readCsv(path, {
    columns: [
      "Commune_Code",
      "Quartier_Code",
      "Quartier_Nom_FR",
      "Quartier_Nom_NL",
      "SecteurStatistique_Code",
      "SecteurStatistique_Nom_FR",
      "SecteurStatistique_Nom_NL",
    ],
  });
  const byCode = new Map(sectors.map((s) => [s.code, s]));
  const assigned = new Map<string, number>();
  const officialNames = new Map<string, { name_fr: string; name_nl: string }>();
  for (let i = 0; i < table.length; i++) {
    const code = table.code(i, "SecteurStatistique_Code", SECTOR_CODE, "Statbel sector code");
    if (assigned.has(code))
      throw table.error(
        i,
        "SecteurStatistique_Code",
        `duplicated sector code ${code} (also row ${table.rowNumber(assigned.get(code)!)})`,
      );
    assigned.set(code, i);
    const sector = byCode.get(code);
    if (!sector)
      throw table.error(i, "SecteurStatistique_Code", `unknown sector code ${code}: not in the Statbel sector file`);
    const quartier = table.code(i, "Quartier_Code", QUARTIER_CODE, "Monitoring des Quartiers code");
    const commune = table.code(i, "Commune_Code", COMMUNE_CODE, "Brussels commune NIS code");
    if (commune !== sector.codes.commune) {
      throw table.error(
        i,
        "Commune_Code",
        `sector ${code} is in commune ${sector.codes.commune} in the Statbel file, not ${commune}`,
      );
    }
    sector.codes.quartier = quartier;
    sector.name_fr = table.required(i, "SecteurStatistique_Nom_FR");
    sector.name_nl = table.required(i, "SecteurStatistique_Nom_NL");
    officialNames.set(quartier, {
      name_fr: table.required(i, "Quartier_Nom_FR"),
      name_nl: table.required(i, "Quartier_Nom_NL"),
    });
  }
  const sectorFile = sourcePath(context, SOURCES.sectors);
  for (const sector of sectors) {
    if (!assigned.has(sector.code)) {
      throw new InputError(sectorFile, `sector ${sector.code} has no quartier: it is missing from ${path}`, {
        row: sector.sourceRow,
        column: "id",
      });
    }
  }
  return portalNames(context, officialNames);
}

/**
 * The official table writes quartier names in capitals; the IBSA portal exports carry the same
 * names in ordinary case. Use those where they exist, else a title-cased official name.
 */
function portalNames(context: PipelineContext, official: Map<string, { name_fr: string; name_nl: string }>) {
  // Shared with the components stage, which reads the same two exports for their values.
  const fr = readSourceCsv(context, sourcePath(context, SOURCES.quartierNamesFr), {
    columns: ["territory_code", "territory"],
  });
  const nl = readSourceCsv(context, sourcePath(context, SOURCES.quartierNamesNl), { columns: ["mdrc", "quartier_nl"] });
  const frNames = new Map<string, string>();
  for (let i = 0; i < fr.length; i++)
    frNames.set(fr.code(i, "territory_code", QUARTIER_CODE, "quartier code"), fr.required(i, "territory"));
  const nlNames = new Map<string, string>();
  for (let i = 0; i < nl.length; i++)
    nlNames.set(nl.code(i, "mdrc", QUARTIER_CODE, "quartier code"), nl.required(i, "quartier_nl"));
  return new Map(
    [...official].map(([code, names]) => [
      code,
      {
        name_fr: frNames.get(code) ?? titleCase(names.name_fr),
        name_nl: nlNames.get(code) ?? titleCase(names.name_nl),
      },
    ]),
  );
}

const lowerWords = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "aux",
  "au",
  "et",
  "van",
  "ter",
  "het",
  "en",
  "d",
  "l",
]);

export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\p{L}]+/gu, (word, offset: number) =>
      offset > 0 && lowerWords.has(word) ? word : word[0]!.toUpperCase() + word.slice(1),
    );
}

function readQuartierPolygons(context: PipelineContext, quartiers: Map<string, unknown>): Feature[] {
  const file = readGeoJson(sourcePath(context, SOURCES.quartierPolygons));
  const seen = new Set<string>();
  const features = file.features.map((f, index) => {
    const code = file.code(index, "MDRC", QUARTIER_CODE, "Monitoring des Quartiers code");
    if (seen.has(code)) throw file.error(index, "MDRC", `duplicated quartier code ${code}`);
    if (!quartiers.has(code))
      throw file.error(index, "MDRC", `unknown quartier code ${code}: not in the official sector-quartier table`);
    seen.add(code);
    return feature(code, f.geometry);
  });
  const missing = [...quartiers.keys()].filter((code) => !seen.has(code));
  if (missing.length)
    throw new InputError(file.file, `no polygon for quartier(s) ${missing.join(", ")}`, { column: "MDRC" });
  return features.sort((a, b) => compareCodes(String(a.properties.code), String(b.properties.code)));
}

function readCommunes(context: PipelineContext, sectors: Sector[]) {
  const file = readGeoJson(sourcePath(context, SOURCES.communes));
  const names = new Map<string, { name_fr: string; name_nl: string }>();
  const features = file.features.map((f, index) => {
    const code = file.code(index, "cd_munty_refnis", COMMUNE_CODE, "Brussels commune NIS code");
    if (names.has(code)) throw file.error(index, "cd_munty_refnis", `duplicated commune code ${code}`);
    names.set(code, { name_fr: file.text(index, "tx_munty_descr_fr"), name_nl: file.text(index, "tx_munty_descr_nl") });
    return feature(code, f.geometry);
  });
  const missing = [...new Set(sectors.map((s) => s.codes.commune!))].filter((code) => !names.has(code));
  if (missing.length)
    throw new InputError(file.file, `no polygon for commune(s) ${missing.join(", ")}`, { column: "cd_munty_refnis" });
  return {
    names,
    features: features.sort((a, b) => compareCodes(String(a.properties.code), String(b.properties.code))),
  };
}

/** Reads a reference level: an assignment of finer territories to codes, and optional names. */
function readReferenceLevel(context: PipelineContext, level: LevelDefinition, finer: Territory[]) {
  const { file, from_column, code_column } = level.assignment!;
  const path = join(context.referenceDir, file);
  const names = new Map<string, { name_fr: string; name_nl: string; name_en: string }>();
  const namesFile = level.names ? join(context.referenceDir, level.names.file) : path;
  const namesCode = level.names?.code_column ?? code_column;
  // Without a names file, the assignment file carries the names: readSourceCsv parses it once.
  const namesTable = readSourceCsv(context, namesFile, { columns: [namesCode, "name_fr", "name_nl", "name_en"] });
  for (let i = 0; i < namesTable.length; i++) {
    const code = namesTable.required(i, namesCode);
    const entry = {
      name_fr: namesTable.required(i, "name_fr"),
      name_nl: namesTable.required(i, "name_nl"),
      name_en: namesTable.required(i, "name_en"),
    };
    const known = names.get(code);
    if (known && level.names) throw namesTable.error(i, namesCode, `duplicated ${level.id} code ${code}`);
    if (known && known.name_fr !== entry.name_fr)
      throw namesTable.error(i, "name_fr", `${level.id} ${code} has two names`);
    names.set(code, entry);
  }

  const table = readSourceCsv(context, path, { columns: [from_column, code_column] });
  const coarseCode = (i: number) => {
    const code = table.required(i, code_column);
    if (!names.has(code))
      throw table.error(i, code_column, `unknown ${level.id} code ${code}: not in ${level.names?.file ?? file}`);
    return code;
  };
  const finerCodes = finer.map((t) => t.code);
  const assignment =
    level.assignment!.match === "prefix"
      ? assignByPrefix(table, level, finerCodes, coarseCode)
      : assignExactly(table, level, finerCodes, coarseCode);
  const unassigned = finerCodes.filter((code) => !assignment.has(code));
  if (unassigned.length) {
    throw new InputError(
      path,
      `${unassigned.length} ${level.from} code(s) have no ${level.id}: ${unassigned.slice(0, 10).join(", ")}`,
      { column: from_column },
    );
  }
  return { assignment, names, inferred: inferredAssignments(table, level) };
}

/**
 * A reference table with a `basis` column says, row by row, whether the published definition
 * states the assignment ("stated") or the table infers it ("inferred", with its `justification`).
 * Inferred rows are method choices: they go to method_parameters with the level's first source.
 */
function inferredAssignments(table: CsvTable, level: LevelDefinition): MethodParameter[] {
  if (!table.header.includes("basis")) return [];
  const { file, from_column, code_column } = level.assignment!;
  const inferred: MethodParameter[] = [];
  for (let i = 0; i < table.length; i++) {
    const basis = table.required(i, "basis");
    if (basis !== "stated" && basis !== "inferred")
      throw table.error(i, "basis", `basis "${basis}" must be "stated" or "inferred"`);
    if (basis === "stated") continue;
    const from = table.required(i, from_column);
    // The area's name as each language's readers know it (Statbel's French name stands for English).
    const name = (column: "name_fr" | "name_nl") =>
      table.header.includes(column) ? ` ${table.required(i, column)}` : "";
    const justification = {
      fr: translatedJustification(table, i, "justification_fr"),
      nl: translatedJustification(table, i, "justification_nl"),
      en: table.required(i, "justification"),
    };
    const where = `data/reference/${file}`;
    inferred.push({
      family: "population",
      parameter: `${level.id}_of_${from}`,
      value: table.required(i, code_column),
      status: "assumption",
      explanation: {
        fr: `${from}${name("name_fr")} : ${justification.fr} (${where})`,
        nl: `${from}${name("name_nl")}: ${justification.nl} (${where})`,
        en: `${from}${name("name_fr")}: ${justification.en} (${where})`,
      },
      source_id: level.sources[0] ?? null,
    });
  }
  return inferred;
}

/** An inferred assignment's justification is published in method_parameters: in French and Dutch too. */
function translatedJustification(table: CsvTable, i: number, column: "justification_fr" | "justification_nl"): string {
  if (!table.header.includes(column) || !table.text(i, column))
    throw table.error(
      i,
      column,
      `the justification has no ${column === "justification_fr" ? "French" : "Dutch"} text, which method_parameters publishes`,
    );
  return table.text(i, column);
}

/** One row per finer code: the table names each code of the finer level. */
function assignExactly(
  table: CsvTable,
  level: LevelDefinition,
  finerCodes: string[],
  coarseCode: (row: number) => string,
): Map<string, string> {
  const { from_column } = level.assignment!;
  const known = new Set(finerCodes);
  const assignment = new Map<string, string>();
  for (let i = 0; i < table.length; i++) {
    const from = table.required(i, from_column);
    if (!known.has(from)) throw table.error(i, from_column, `unknown ${level.from} code ${from}`);
    if (assignment.has(from)) throw table.error(i, from_column, `${level.from} ${from} is assigned twice`);
    assignment.set(from, coarseCode(i));
  }
  return assignment;
}

/**
 * One row per code prefix: each finer code takes the one listed prefix it starts with. Used for
 * the bassins, defined by communes (NIS code) and, for Bruxelles-Ville, by its Statbel
 * sub-municipalities (the sector code's sixth character). Prefixes may not nest: a commune is
 * listed whole or by its parts, never both, so no sector could match two rows.
 */
function assignByPrefix(
  table: CsvTable,
  level: LevelDefinition,
  finerCodes: string[],
  coarseCode: (row: number) => string,
): Map<string, string> {
  const { from_column } = level.assignment!;
  const rows = new Map<string, number>();
  const prefixes: { prefix: string; code: string }[] = [];
  for (let i = 0; i < table.length; i++) {
    const prefix = table.required(i, from_column);
    const other = [...rows].find(([p]) => p.startsWith(prefix) || prefix.startsWith(p));
    if (other) {
      const relation = other[0] === prefix ? "listed twice" : `nested with ${other[0]}`;
      throw table.error(
        i,
        from_column,
        `${level.from} code prefix ${prefix} is ${relation} (row ${table.rowNumber(other[1])}): ` +
          `a ${level.from} would match both rows; list a commune whole or by its parts, not both`,
      );
    }
    if (!finerCodes.some((code) => code.startsWith(prefix)))
      throw table.error(i, from_column, `${level.from} code prefix ${prefix} matches no ${level.from} code`);
    rows.set(prefix, i);
    prefixes.push({ prefix, code: coarseCode(i) });
  }
  const assignment = new Map<string, string>();
  for (const finerCode of finerCodes) {
    const match = prefixes.find(({ prefix }) => finerCode.startsWith(prefix));
    if (match) assignment.set(finerCode, match.code);
  }
  return assignment;
}

/** Features of the finer level tagged with the coarser code, for the geometry stage to dissolve. */
function dissolveInput(finer: Feature[], assignment: Map<string, string>): Feature[] {
  return finer.map((f) => feature(assignment.get(String(f.properties.code))!, f.geometry));
}

function checkPopulationsAddUp(territories: Map<string, Territory[]>, sectors: Sector[]): void {
  const total = sectors.reduce((sum, s) => sum + s.population, 0);
  for (const [level, list] of territories) {
    const sum = list.reduce((acc, t) => acc + t.population, 0);
    if (sum !== total) throw new InvariantError(`${level} populations add up to ${sum}, sectors to ${total}`);
  }
}
