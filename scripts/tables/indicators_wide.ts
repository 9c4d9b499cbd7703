import { indicators_wide, wideColumnName } from "../../src/core/tables/indicators_wide.ts";
import type { Column, Row, Table } from "../../src/core/table-schema.ts";
import type { IndicatorDefinition, IndicatorValue } from "../indicators/indicator-model.ts";
import type { TerritorialModel } from "../territory/territorial-model.ts";
import { FLAGS_IN_INDICATORS, LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredColumns } from "./declared-table.ts";
import { territoryIdentity } from "./territory-row.ts";
import { NAME_DESCRIPTIONS, NAME_EN_DESCRIPTION } from "./territory-descriptions.ts";

/**
 * `indicators_wide`: the long table pivoted for spreadsheets, one row per territory (level order,
 * then the territories' own order), one column per indicator and year in catalogue then year
 * order, the value only (flags, intervals and breaks are in the long table).
 */
export function wideTable(
  values: readonly IndicatorValue[],
  definitions: readonly IndicatorDefinition[],
  model: TerritorialModel,
): Table {
  const fixed = declaredColumns(indicators_wide, {
    level: LEVEL_DESCRIPTION,
    territory_code: TERRITORY_CODE_DESCRIPTION,
    ...NAME_DESCRIPTIONS,
    name_en: NAME_EN_DESCRIPTION,
  });
  const yearsOf = new Map<string, Set<number>>();
  const byCell = new Map<string, number | null>();
  for (const v of values) {
    (yearsOf.get(v.indicator_id) ?? yearsOf.set(v.indicator_id, new Set()).get(v.indicator_id)!).add(v.year);
    byCell.set(`${v.level}/${v.territory_code}/${v.indicator_id}/${v.year}`, v.value);
  }
  const valueColumns: (Column & { id: string; year: number })[] = [];
  for (const d of [...definitions].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const year of [...(yearsOf.get(d.id) ?? [])].sort((a, b) => a - b))
      valueColumns.push({
        id: d.id,
        year,
        name: wideColumnName(d.id, year),
        type: "DOUBLE",
        description: {
          fr: `${d.label.fr}, ${year} (${d.unit}) ; ${FLAGS_IN_INDICATORS.fr}`,
          nl: `${d.label.nl}, ${year} (${d.unit}); ${FLAGS_IN_INDICATORS.nl}`,
          en: `${d.label.en}, ${year} (${d.unit}); ${FLAGS_IN_INDICATORS.en}`,
        },
      });
  }
  const rows: Row[] = model.levels.flatMap((level) =>
    model.territories.get(level.id)!.map((t) => {
      const row: Row = territoryIdentity(level.id, t);
      for (const c of valueColumns) row[c.name] = byCell.get(`${level.id}/${t.code}/${c.id}/${c.year}`) ?? null;
      return row;
    }),
  );
  return {
    name: indicators_wide.name,
    description: {
      fr: "Les indicateurs en format large pour les tableurs : une ligne par territoire, une colonne par indicateur et année (<indicateur>_<année>), valeurs seules. Flags, intervalles et ruptures de série : table indicators.",
      nl: "De indicatoren in breed formaat voor rekenbladen: één rij per gebied, één kolom per indicator en jaar (<indicator>_<jaar>), alleen de waarden. Flags, intervallen en breuken: tabel indicators.",
      en: "The indicators in wide format for spreadsheets: one row per territory, one column per indicator and year (<indicator>_<year>), values only. Flags, intervals and series breaks: indicators table.",
    },
    columns: [...fixed, ...valueColumns.map(({ name, type, description }) => ({ name, type, description }))],
    rows,
  };
}
