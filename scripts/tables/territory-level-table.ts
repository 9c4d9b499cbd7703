import type { LevelDefinition } from "../../src/core/levels.ts";
import type { Row, Table, TableSchema } from "../../src/core/table-schema.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { TerritorialModel, Territory } from "../territory/territorial-model.ts";
import { declaredTable, type ColumnDescriptions } from "./declared-table.ts";
import {
  NAME_DESCRIPTIONS,
  NAME_EN_DESCRIPTION,
  POPULATION_DESCRIPTION,
  SECTOR_COUNT_DESCRIPTION,
  codeDescription,
  levelTableDescription,
} from "./territory-descriptions.ts";

/**
 * The table of a level coarser than the sector (quartiers, communes, bassins, region): names,
 * the coarser territories it overlaps (territories do not always nest), population and sectors.
 */
export function territoryLevelTable(model: TerritorialModel, level: LevelDefinition, schema: TableSchema): Table {
  const coarser = model.levels.slice(model.levels.indexOf(level) + 1);
  const isQuartier = level.kind === "quartier";
  const parentDescriptions = coarser.map((parent): ColumnDescriptions =>
    parent.kind === "region"
      ? codeDescription(parent)
      : {
          [`${parent.id}_code`]: {
            fr: `Code du ${parent.label.fr} qui compte le plus d'habitants du territoire`,
            nl: `Code van de ${parent.label.nl} met de meeste inwoners van het gebied`,
            en: `Code of the ${parent.label.en} holding most of the territory's population`,
          },
          [`${parent.id}_codes`]: {
            fr: `Tous les ${parent.plural.fr} que les secteurs du territoire touchent, séparés par « ; », du plus au moins peuplé (les territoires ne s'emboîtent pas toujours) ; un seul code si le territoire est entièrement dans un ${parent.label.fr}`,
            nl: `Alle ${parent.plural.nl} die de sectoren van het gebied raken, gescheiden door ';', van meest naar minst bevolkt (gebieden passen niet altijd in elkaar); één code als het gebied volledig in één ${parent.label.nl} ligt`,
            en: `Every ${parent.label.en} the territory's sectors lie in, separated by ';', most populated first (territories do not always nest); a single code when the territory lies wholly in one ${parent.label.en}`,
          },
        },
  );
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
  return declaredTable(
    schema,
    levelTableDescription(level),
    {
      ...codeDescription(level),
      ...NAME_DESCRIPTIONS,
      name_en: NAME_EN_DESCRIPTION,
      ...(isQuartier
        ? {
            type: {
              fr: "Type de quartier : residential, cemetery, industrial, park (plages de codes UrbIS)",
              nl: "Type wijk: residential, cemetery, industrial, park (UrbIS-codebereiken)",
              en: "Quartier type: residential, cemetery, industrial, park (UrbIS code ranges)",
            },
          }
        : {}),
      ...Object.assign({}, ...parentDescriptions),
      population: POPULATION_DESCRIPTION,
      n_sectors: SECTOR_COUNT_DESCRIPTION,
    },
    rows,
  );
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
