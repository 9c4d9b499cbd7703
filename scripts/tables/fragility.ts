import type { Table } from "../../src/core/table-schema.ts";
import { fragility } from "../../src/core/tables/fragility.ts";
import { round } from "../lib/round.ts";
import { componentRankColumn } from "../indicators/fragility/component-indicators.ts";
import type { FragilityParameters } from "../indicators/fragility/parameters.ts";
import type { PoolResult } from "../indicators/fragility/stage.ts";
import { LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredTable } from "./declared-table.ts";

/**
 * The fragility index per territory. Its theme scores and component ranks follow the parameters
 * (data/reference/fragility-parameters.json); a theme or component without a declared column in
 * src/core/tables/fragility.ts stops the pipeline (InvariantError).
 */
export function fragilityTable(pools: PoolResult[], parameters: FragilityParameters): Table {
  const ids = parameters.componentIds;
  const rows = pools.map(({ territory, status, result, best, worst, poolSize }) => ({
    level: territory.level,
    territory_code: territory.code,
    status,
    pool_size: poolSize,
    fragility_index: result ? round(result.index, 4) : null,
    ...Object.fromEntries(
      parameters.themes.map((t) => [`score_${t.id}`, result ? round(result.themeScores[t.id]!, 4) : null]),
    ),
    rank: result?.rank ?? null,
    rank_best: best ?? null,
    rank_worst: worst ?? null,
    flag_count: result ? result.flags.length : null,
    flags: result && result.flags.length ? result.flags.join(";") : null,
    ...Object.fromEntries(ids.map((id) => [`rank_${id}`, result ? round(result.componentRanks[id]!, 4) : null])),
  }));
  return declaredTable(
    fragility,
    {
      fr: "Indice de fragilité sociale par territoire : statut, scores de thème, rang et fourchette de rangs, composantes dans le décile le plus fragile, rang centile de chaque composante.",
      nl: "Index van sociale kwetsbaarheid per gebied: status, themascores, rang en rangvork, componenten in het meest kwetsbare deciel, percentielrang van elke component.",
      en: "Social fragility index per territory: status, theme scores, rank and rank range, components in the most fragile decile, percentile rank of every component.",
    },
    {
      level: LEVEL_DESCRIPTION,
      territory_code: TERRITORY_CODE_DESCRIPTION,
      status: {
        fr: "ranked, not_applicable (quartier non résidentiel ou trop peu peuplé) ou incomplete_data (composante manquante)",
        nl: "ranked, not_applicable (geen woonwijk of te weinig inwoners) of incomplete_data (ontbrekende component)",
        en: "ranked, not_applicable (non-residential or too few residents) or incomplete_data (a component is missing)",
      },
      pool_size: {
        fr: "Nombre de territoires classés à ce niveau",
        nl: "Aantal gerangschikte gebieden op dit niveau",
        en: "Number of territories ranked at this level",
      },
      fragility_index: {
        fr: "Indice global (rang centile, 1 = le plus fragile)",
        nl: "Globale index (percentielrang, 1 = meest kwetsbaar)",
        en: "Overall index (percentile rank, 1 = most fragile)",
      },
      ...Object.fromEntries(
        parameters.themes.map((t) => [
          `score_${t.id}`,
          {
            fr: `Score du thème ${t.label.fr}`,
            nl: `Score van het thema ${t.label.nl}`,
            en: `Score of the theme ${t.label.en}`,
          },
        ]),
      ),
      rank: {
        fr: "Rang, 1 = le plus fragile",
        nl: "Rang, 1 = meest kwetsbaar",
        en: "Rank, 1 = most fragile",
      },
      rank_best: {
        fr: "Rang le plus fragile sous les pondérations alternatives",
        nl: "Meest kwetsbare rang onder alternatieve wegingen",
        en: "Most fragile rank under alternative weightings",
      },
      rank_worst: {
        fr: "Rang le moins fragile sous les pondérations alternatives",
        nl: "Minst kwetsbare rang onder alternatieve wegingen",
        en: "Least fragile rank under alternative weightings",
      },
      flag_count: {
        fr: "Nombre de composantes dans le décile le plus fragile",
        nl: "Aantal componenten in het meest kwetsbare deciel",
        en: "Number of components in the most fragile decile",
      },
      flags: {
        fr: "Ces composantes, séparées par « ; »",
        nl: "Die componenten, gescheiden door ';'",
        en: "Those components, separated by ';'",
      },
      ...Object.fromEntries(ids.map((id) => [`rank_${id}`, componentRankColumn(id).description])),
    },
    rows,
  );
}
