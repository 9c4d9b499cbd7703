import type { LevelDefinition } from "../../src/core/levels.ts";
import { sectors } from "../../src/core/tables/sectors.ts";
import type { Row, Table } from "../../src/core/table-schema.ts";
import type { GeometryOutputs } from "../territory/geometry.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { declaredTable } from "./declared-table.ts";
import {
  NAME_DESCRIPTIONS,
  POPULATION_DESCRIPTION,
  codeDescription,
  levelTableDescription,
} from "./territory-descriptions.ts";

/** The statistical sectors: names, the coarser territories they belong to, area and a representative point. */
export function sectorsTable(model: TerritorialModel, level: LevelDefinition, geometry: GeometryOutputs): Table {
  const coarser = model.levels.slice(model.levels.indexOf(level) + 1);
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
  return declaredTable(
    sectors,
    levelTableDescription(level),
    {
      ...codeDescription(level),
      ...NAME_DESCRIPTIONS,
      ...Object.assign({}, ...coarser.map(codeDescription)),
      population: POPULATION_DESCRIPTION,
      area_ha: { fr: "Superficie (ha, Statbel)", nl: "Oppervlakte (ha, Statbel)", en: "Area (ha, Statbel)" },
      point_lon: {
        fr: "Point représentatif à l'intérieur du secteur : longitude WGS84",
        nl: "Representatief punt binnen de sector: lengtegraad WGS84",
        en: "Representative point inside the sector: WGS84 longitude",
      },
      point_lat: {
        fr: "Point représentatif : latitude WGS84",
        nl: "Representatief punt: breedtegraad WGS84",
        en: "Representative point: WGS84 latitude",
      },
      point_x_l72: {
        fr: "Point représentatif : X Lambert 72 (EPSG:31370, m)",
        nl: "Representatief punt: X Lambert 72 (EPSG:31370, m)",
        en: "Representative point: X Lambert 72 (EPSG:31370, m)",
      },
      point_y_l72: {
        fr: "Point représentatif : Y Lambert 72 (EPSG:31370, m)",
        nl: "Representatief punt: Y Lambert 72 (EPSG:31370, m)",
        en: "Representative point: Y Lambert 72 (EPSG:31370, m)",
      },
    },
    rows,
  );
}
