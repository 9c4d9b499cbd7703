import type { Table } from "../../src/core/table-schema.ts";
import { fragility_robustness } from "../../src/core/tables/fragility_robustness.ts";
import type { PoolResult } from "../indicators/fragility/stage.ts";
import { LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredTable } from "./declared-table.ts";

/** The rank of every ranked territory under every alternative weighting of the fragility index. */
export function robustnessTable(pools: PoolResult[]): Table {
  return declaredTable(
    fragility_robustness,
    {
      fr: "Rang de chaque territoire classé sous chaque pondération alternative de l'indice de fragilité.",
      nl: "Rang van elk gerangschikt gebied onder elke alternatieve weging van de kwetsbaarheidsindex.",
      en: "Rank of every ranked territory under every alternative weighting of the fragility index.",
    },
    {
      level: LEVEL_DESCRIPTION,
      territory_code: TERRITORY_CODE_DESCRIPTION,
      variant: {
        fr: "Pondération : default, equal_components, equal_themes, socioeconomic_only, without_<composante>",
        nl: "Weging: default, equal_components, equal_themes, socioeconomic_only, without_<component>",
        en: "Weighting: default, equal_components, equal_themes, socioeconomic_only, without_<component>",
      },
      rank: {
        fr: "Rang, 1 = le plus fragile",
        nl: "Rang, 1 = meest kwetsbaar",
        en: "Rank, 1 = most fragile",
      },
    },
    pools.flatMap(({ territory, variantRanks }) =>
      Object.entries(variantRanks ?? {}).map(([variant, rank]) => ({
        level: territory.level,
        territory_code: territory.code,
        variant,
        rank,
      })),
    ),
  );
}
