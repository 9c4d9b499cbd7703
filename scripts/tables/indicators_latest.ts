import { indicators_latest, latestValueColumn, latestYearColumn } from "../../src/core/tables/indicators_latest.ts";
import type { Localized } from "../../src/core/languages.ts";
import type { Column, Row, Table } from "../../src/core/table-schema.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import type { IndicatorDefinition, IndicatorValue } from "../indicators/indicator-model.ts";
import type { TerritorialModel, Territory } from "../territory/territorial-model.ts";
import { FLAGS_IN_INDICATORS, LEVEL_DESCRIPTION, TERRITORY_CODE_DESCRIPTION } from "./common-descriptions.ts";
import { declaredColumns } from "./declared-table.ts";
import { territoryIdentity } from "./territory-row.ts";
import { NAME_DESCRIPTIONS, NAME_EN_DESCRIPTION, POPULATION_DESCRIPTION } from "./territory-descriptions.ts";

/** The coarser territories named in every row: the ones a journalist sorts and filters by. */
const PARENTS = ["commune", "bassin"] as const;

const parentDescriptions = (parent: string): Record<string, Localized> => ({
  [`${parent}_code`]: {
    fr: `Code du ${parent} qui compte le plus d'habitants du territoire (vide pour le ${parent} lui-même et les niveaux plus grossiers)`,
    nl: `Code van de ${parent === "commune" ? "gemeente" : "bekken"} met de meeste inwoners van het gebied (leeg voor het niveau zelf en grovere niveaus)`,
    en: `Code of the ${parent} holding most of the territory's population (empty at that level and coarser ones)`,
  },
  [`${parent}_name_fr`]: {
    fr: `Nom du ${parent} en français`,
    nl: "Naam in het Frans",
    en: `The ${parent}'s French name`,
  },
  [`${parent}_name_nl`]: {
    fr: `Nom du ${parent} en néerlandais`,
    nl: "Naam in het Nederlands",
    en: `The ${parent}'s Dutch name`,
  },
});

/**
 * `indicators_latest`: one row per territory (level order, then the territories' own order) with
 * every indicator's value in its latest published year for that territory, and the year. The
 * latest year is taken as published even when its value is null (suppressed, not applicable): an
 * older value is never put in its place; the flag is in the indicators table.
 */
export function latestTable(
  values: readonly IndicatorValue[],
  definitions: readonly IndicatorDefinition[],
  model: TerritorialModel,
): Table {
  const fixed = declaredColumns(indicators_latest, {
    level: LEVEL_DESCRIPTION,
    territory_code: TERRITORY_CODE_DESCRIPTION,
    ...NAME_DESCRIPTIONS,
    name_en: NAME_EN_DESCRIPTION,
    ...parentDescriptions("commune"),
    ...parentDescriptions("bassin"),
    population: POPULATION_DESCRIPTION,
  });
  const latest = new Map<string, IndicatorValue>();
  for (const v of values) {
    const key = `${v.level}/${v.territory_code}/${v.indicator_id}`;
    const seen = latest.get(key);
    if (!seen || v.year > seen.year) latest.set(key, v);
  }
  const sorted = [...definitions].sort((a, b) => a.id.localeCompare(b.id));
  const valueColumns: Column[] = sorted.flatMap((d): Column[] => [
    {
      name: latestValueColumn(d.id),
      type: "DOUBLE",
      description: {
        fr: `${d.label.fr} (${d.unit}), dernière année publiée pour le territoire ; ${FLAGS_IN_INDICATORS.fr}`,
        nl: `${d.label.nl} (${d.unit}), laatste gepubliceerde jaar voor het gebied; ${FLAGS_IN_INDICATORS.nl}`,
        en: `${d.label.en} (${d.unit}), latest year published for the territory; ${FLAGS_IN_INDICATORS.en}`,
      },
    },
    {
      name: latestYearColumn(d.id),
      type: "INTEGER",
      description: {
        fr: `Année de la valeur ${d.id}`,
        nl: `Jaar van de waarde ${d.id}`,
        en: `Year of the ${d.id} value`,
      },
    },
  ]);
  const names = new Map<string, Territory>();
  for (const [level, territories] of model.territories) for (const t of territories) names.set(`${level}/${t.code}`, t);
  const rows: Row[] = model.levels.flatMap((level, levelIndex) =>
    model.territories.get(level.id)!.map((t) => {
      const row: Row = territoryIdentity(level.id, t);
      for (const parent of PARENTS) {
        const parentIndex = model.levels.findIndex((l) => l.id === parent);
        const code = parentIndex > levelIndex ? mainParent(t, parent) : null;
        const named = code === null ? undefined : names.get(`${parent}/${code}`);
        row[`${parent}_code`] = code;
        row[`${parent}_name_fr`] = named?.name_fr ?? null;
        row[`${parent}_name_nl`] = named?.name_nl ?? null;
      }
      row.population = t.population;
      for (const d of sorted) {
        const v = latest.get(`${level.id}/${t.code}/${d.id}`);
        row[latestValueColumn(d.id)] = v?.value ?? null;
        row[latestYearColumn(d.id)] = v?.year ?? null;
      }
      return row;
    }),
  );
  return {
    name: indicators_latest.name,
    description: {
      fr: "Tout sur chaque territoire : une ligne par territoire avec ses noms, sa commune et son bassin, sa population et la dernière valeur publiée de chaque indicateur avec son année (<indicateur>_value, <indicateur>_year). Un fichier par niveau dans latest/. Toutes les années : indicators_wide et indicators.",
      nl: "Alles over elk gebied: één rij per gebied met namen, gemeente en bekken, bevolking en de laatst gepubliceerde waarde van elke indicator met het jaar (<indicator>_value, <indicator>_year). Eén bestand per niveau in latest/. Alle jaren: indicators_wide en indicators.",
      en: "Everything about every area: one row per territory with its names, commune and bassin, population and every indicator's latest published value with its year (<indicator>_value, <indicator>_year). One file per level in latest/. All years: indicators_wide and indicators.",
    },
    columns: [...fixed, ...valueColumns],
    rows,
  };
}

/** The parent territory holding most of the territory's population (ties by code), as the level tables choose it. */
function mainParent(territory: Territory, parent: string): string | null {
  const byCode = new Map<string, number>();
  for (const sector of territory.sectors) {
    const code = sector.codes[parent];
    if (code !== undefined) byCode.set(code, (byCode.get(code) ?? 0) + sector.population);
  }
  const ranked = [...byCode.entries()].sort(([a, pa], [b, pb]) => pb - pa || compareCodes(a, b));
  return ranked[0]?.[0] ?? null;
}
