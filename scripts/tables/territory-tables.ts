import { column, localizedColumns, type Column, type Row, type Table } from "../../src/core/table-schema.ts";
import type { GeometryOutputs } from "../territory/geometry.ts";
import type { LevelDefinition } from "../../src/core/levels.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { TerritorialModel, Territory } from "../territory/territorial-model.ts";
import { POPULATION_YEAR } from "../indicators/population/stage.ts";

/** The per-level tables (sectors, quartiers, communes, bassins, region), the long `territories` table and `levels`. */
export function territoryTables(model: TerritorialModel, geometry: GeometryOutputs): Table[] {
  return [
    ...model.levels.map((level) => levelTable(model, level, geometry)),
    territoriesTable(model),
    levelsTable(model),
  ];
}

const code = (level: LevelDefinition): Column =>
  column(`${level.id}_code`, "VARCHAR", {
    fr: `Code du ${level.label.fr}`,
    nl: `Code van de ${level.label.nl}`,
    en: `Code of the ${level.label.en}`,
  });

const names: Column[] = [
  column("name_fr", "VARCHAR", { fr: "Nom en français", nl: "Naam in het Frans", en: "Name in French" }),
  column("name_nl", "VARCHAR", { fr: "Nom en néerlandais", nl: "Naam in het Nederlands", en: "Name in Dutch" }),
];
const nameEn = column("name_en", "VARCHAR", {
  fr: "Nom en anglais (nom français à défaut)",
  nl: "Naam in het Engels (anders de Franse naam)",
  en: "Name in English (the French name where there is none)",
});
const population = column("population", "INTEGER", {
  fr: `Population au 1er janvier ${POPULATION_YEAR}, somme des secteurs statistiques (Statbel)`,
  nl: `Bevolking op 1 januari ${POPULATION_YEAR}, som van de statistische sectoren (Statbel)`,
  en: `Population on 1 January ${POPULATION_YEAR}, sum of the statistical sectors (Statbel)`,
});
const sectorCount = column("n_sectors", "INTEGER", {
  fr: "Nombre de secteurs statistiques",
  nl: "Aantal statistische sectoren",
  en: "Number of statistical sectors",
});

function levelTable(model: TerritorialModel, level: LevelDefinition, geometry: GeometryOutputs): Table {
  const coarser = model.levels.slice(model.levels.indexOf(level) + 1);
  return level.kind === "sector" ? sectorTable(model, level, coarser, geometry) : territoryTable(model, level, coarser);
}

function sectorTable(
  model: TerritorialModel,
  level: LevelDefinition,
  coarser: LevelDefinition[],
  geometry: GeometryOutputs,
): Table {
  const columns = [
    code(level),
    ...names,
    ...coarser.map(code),
    population,
    column("area_ha", "DOUBLE", {
      fr: "Superficie (ha, Statbel)",
      nl: "Oppervlakte (ha, Statbel)",
      en: "Area (ha, Statbel)",
    }),
    column("point_lon", "DOUBLE", {
      fr: "Point représentatif à l'intérieur du secteur : longitude WGS84",
      nl: "Representatief punt binnen de sector: lengtegraad WGS84",
      en: "Representative point inside the sector: WGS84 longitude",
    }),
    column("point_lat", "DOUBLE", {
      fr: "Point représentatif : latitude WGS84",
      nl: "Representatief punt: breedtegraad WGS84",
      en: "Representative point: WGS84 latitude",
    }),
    column("point_x_l72", "DOUBLE", {
      fr: "Point représentatif : X Lambert 72 (EPSG:31370, m)",
      nl: "Representatief punt: X Lambert 72 (EPSG:31370, m)",
      en: "Representative point: X Lambert 72 (EPSG:31370, m)",
    }),
    column("point_y_l72", "DOUBLE", {
      fr: "Point représentatif : Y Lambert 72 (EPSG:31370, m)",
      nl: "Representatief punt: Y Lambert 72 (EPSG:31370, m)",
      en: "Representative point: Y Lambert 72 (EPSG:31370, m)",
    }),
  ];
  const rows = model.sectors.map((sector): Row => {
    const point = geometry.sectorPoints.get(sector.code)!;
    return {
      [`${level.id}_code`]: sector.code,
      name_fr: sector.name_fr,
      name_nl: sector.name_nl,
      ...Object.fromEntries(coarser.map((l) => [`${l.id}_code`, sector.codes[l.id]!])),
      population: sector.population,
      area_ha: Math.round(sector.area_ha * 100) / 100,
      point_lon: point.lon,
      point_lat: point.lat,
      point_x_l72: point.x_l72,
      point_y_l72: point.y_l72,
    };
  });
  return { name: level.table, description: describe(level), columns, rows };
}

function territoryTable(model: TerritorialModel, level: LevelDefinition, coarser: LevelDefinition[]): Table {
  const isQuartier = level.kind === "quartier";
  const parentColumns = coarser.flatMap((parent) =>
    parent.kind === "region"
      ? [code(parent)]
      : [
          column(`${parent.id}_code`, "VARCHAR", {
            fr: `Code du ${parent.label.fr} qui compte le plus d'habitants du territoire`,
            nl: `Code van de ${parent.label.nl} met de meeste inwoners van het gebied`,
            en: `Code of the ${parent.label.en} holding most of the territory's population`,
          }),
          column(`${parent.id}_codes`, "VARCHAR", {
            fr: `Tous les ${parent.plural.fr} que le territoire touche, séparés par « ; », du plus au moins peuplé (les territoires ne s'emboîtent pas toujours)`,
            nl: `Alle ${parent.plural.nl} die het gebied raakt, gescheiden door ';', van meest naar minst bevolkt (gebieden passen niet altijd in elkaar)`,
            en: `Every ${parent.label.en} the territory overlaps, separated by ';', most populated first (territories do not always nest)`,
          }),
        ],
  );
  const columns = [
    code(level),
    ...names,
    nameEn,
    ...(isQuartier
      ? [
          column("type", "VARCHAR", {
            fr: "Type de quartier : residential, cemetery, industrial, park (plages de codes UrbIS)",
            nl: "Type wijk: residential, cemetery, industrial, park (UrbIS-codebereiken)",
            en: "Quartier type: residential, cemetery, industrial, park (UrbIS code ranges)",
          }),
        ]
      : []),
    ...parentColumns,
    population,
    sectorCount,
  ];
  const rows = model.territories.get(level.id)!.map((territory): Row => ({
    [`${level.id}_code`]: territory.code,
    name_fr: territory.name_fr,
    name_nl: territory.name_nl,
    name_en: territory.name_en,
    ...(isQuartier ? { type: territory.type } : {}),
    ...Object.fromEntries(coarser.flatMap((parent) => parentCells(territory, parent))),
    population: territory.population,
    n_sectors: territory.sectors.length,
  }));
  return { name: level.table, description: describe(level), columns, rows };
}

/** The coarser territories a territory's sectors belong to, most populated first (ties by code). */
function parentCells(territory: Territory, parent: LevelDefinition): [string, string][] {
  const byCode = new Map<string, number>();
  for (const sector of territory.sectors) {
    const parentCode = sector.codes[parent.id]!;
    byCode.set(parentCode, (byCode.get(parentCode) ?? 0) + sector.population);
  }
  const ranked = [...byCode.entries()].sort(([a, pa], [b, pb]) => pb - pa || compareCodes(a, b)).map(([c]) => c);
  return parent.kind === "region"
    ? [[`${parent.id}_code`, ranked[0]!]]
    : [
        [`${parent.id}_code`, ranked[0]!],
        [`${parent.id}_codes`, ranked.join(";")],
      ];
}

function describe(level: LevelDefinition) {
  return {
    fr: `${capitalize(level.plural.fr)}. ${level.note.fr}`,
    nl: `${capitalize(level.plural.nl)}. ${level.note.nl}`,
    en: `${capitalize(level.plural.en)}. ${level.note.en}`,
  };
}

function capitalize(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

function territoriesTable(model: TerritorialModel): Table {
  return {
    name: "territories",
    description: {
      fr: "Tous les territoires de tous les niveaux, une ligne chacun : la clé des tables d'indicateurs.",
      nl: "Alle gebieden van alle niveaus, één rij per gebied: de sleutel van de indicatortabellen.",
      en: "Every territory of every level, one row each: the key of the indicator tables.",
    },
    columns: [
      column("level", "VARCHAR", {
        fr: "Niveau territorial (voir la table levels)",
        nl: "Gebiedsniveau (zie tabel levels)",
        en: "Territorial level (see the levels table)",
      }),
      column("code", "VARCHAR", { fr: "Code du territoire", nl: "Code van het gebied", en: "Territory code" }),
      ...names,
      nameEn,
      population,
      sectorCount,
    ],
    rows: model.levels.flatMap((level) =>
      model.territories.get(level.id)!.map((t) => ({
        level: level.id,
        code: t.code,
        name_fr: t.name_fr,
        name_nl: t.name_nl,
        name_en: t.name_en,
        population: t.population,
        n_sectors: t.sectors.length,
      })),
    ),
  };
}

function levelsTable(model: TerritorialModel): Table {
  return {
    name: "levels",
    description: {
      fr: "Les niveaux territoriaux, du plus fin au plus large, avec leur statut et leurs sources.",
      nl: "De gebiedsniveaus, van fijn naar grof, met hun status en bronnen.",
      en: "The territorial levels, finest first, with their status and sources.",
    },
    columns: [
      column("level", "VARCHAR", { fr: "Identifiant du niveau", nl: "Niveau-id", en: "Level id" }),
      column("level_order", "INTEGER", {
        fr: "Ordre, du plus fin (0) au plus large",
        nl: "Volgorde, van fijn (0) naar grof",
        en: "Order, finest (0) first",
      }),
      column("table_name", "VARCHAR", { fr: "Table du niveau", nl: "Tabel van het niveau", en: "The level's table" }),
      ...localizedColumns("label", { fr: "Nom du niveau", nl: "Naam van het niveau", en: "Level name" }),
      ...localizedColumns("plural", { fr: "Nom au pluriel", nl: "Naam in het meervoud", en: "Plural name" }),
      column("status", "VARCHAR", {
        fr: "official (découpage officiel) ou reconstructed (reconstitué par l'observatoire à partir de descriptions publiées)",
        nl: "official (officiële indeling) of reconstructed (door het observatorium gereconstrueerd uit gepubliceerde beschrijvingen)",
        en: "official (official delineation) or reconstructed (rebuilt by the observatory from published descriptions)",
      }),
      ...localizedColumns("note", {
        fr: "Définition et origine",
        nl: "Definitie en herkomst",
        en: "Definition and origin",
      }),
      column("source_ids", "VARCHAR", {
        fr: "Sources (table sources), séparées par « ; »",
        nl: "Bronnen (tabel sources), gescheiden door ';'",
        en: "Sources (sources table), separated by ';'",
      }),
      column("n_territories", "INTEGER", {
        fr: "Nombre de territoires",
        nl: "Aantal gebieden",
        en: "Number of territories",
      }),
    ],
    rows: model.levels.map((level, index) => ({
      level: level.id,
      level_order: index,
      table_name: level.table,
      label_fr: level.label.fr,
      label_nl: level.label.nl,
      label_en: level.label.en,
      plural_fr: level.plural.fr,
      plural_nl: level.plural.nl,
      plural_en: level.plural.en,
      status: level.status,
      note_fr: level.note.fr,
      note_nl: level.note.nl,
      note_en: level.note.en,
      source_ids: level.sources.join(";"),
      n_territories: model.territories.get(level.id)!.length,
    })),
  };
}
