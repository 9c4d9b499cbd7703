/**
 * What the bring-your-own register page shows from the shared engine's figures (src/core/gp/register):
 * the six shortage indicators per territory at four levels, the comparison of two runs (before
 * and after what-if edits), and the rows of the downloads. No DOM, no data access.
 */
import type { Polarity } from "../../core/polarity.ts";

export const GP_REGISTER_LEVELS = ["quartier", "commune", "bassin", "region"] as const;
export type GpRegisterLevel = (typeof GP_REGISTER_LEVELS)[number];

/** The indicators, in the pipeline's order and with its ids (scripts/indicators/gp/catalogue.ts). */
export const GP_REGISTER_INDICATORS = [
  { id: "gp_per_1000", unit: "per_1000", polarity: "higher_is_better" },
  { id: "gp_fte_per_1000", unit: "per_1000", polarity: "higher_is_better" },
  { id: "gp_need_adjusted_per_1000", unit: "per_1000", polarity: "higher_is_better" },
  { id: "gp_access_2sfca", unit: "per_1000", polarity: "higher_is_better" },
  { id: "gp_share_below_threshold", unit: "percent", polarity: "higher_is_worse" },
  { id: "gp_share_below_severe", unit: "percent", polarity: "higher_is_worse" },
] as const satisfies readonly {
  id: string;
  unit: "per_1000" | "percent";
  polarity: Polarity;
}[];
export type GpIndicatorId = (typeof GP_REGISTER_INDICATORS)[number]["id"];
export const GP_INDICATOR_IDS: readonly GpIndicatorId[] = GP_REGISTER_INDICATORS.map((i) => i.id);

export function indicatorInfo(id: GpIndicatorId) {
  return GP_REGISTER_INDICATORS.find((i) => i.id === id)!;
}

/** One territory's figures as the page shows them (already rounded by the engine as published). */
export interface AreaResult {
  population: number;
  headcount: number;
  fte: number | null;
  values: Record<GpIndicatorId, number | null>;
}

export type LevelResults = Map<string, Map<string, AreaResult>>;

/** The difference of two values, null when either is missing; rounded to the published 3 decimals. */
export function change(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return Math.round((after - before) * 1000) / 1000;
}

/** Territory names of one level, in the page's language, with their codes in the published order. */
export interface LevelNames {
  codes: string[];
  names: string[];
}

export interface ResultRow {
  code: string;
  name: string;
  population: number;
  headcount: number;
  fte: number | null;
  value: number | null;
  /** The value before the what-if edits; absent when nothing was edited. */
  before?: number | null;
  change?: number | null;
}

/** Rows of one level for one indicator, in the published order of the territories. */
export function resultRows(
  names: LevelNames,
  results: ReadonlyMap<string, AreaResult>,
  indicator: GpIndicatorId,
  before?: ReadonlyMap<string, AreaResult>,
): ResultRow[] {
  return names.codes.flatMap((code, i) => {
    const area = results.get(code);
    if (!area) return [];
    const value = area.values[indicator];
    const row: ResultRow = {
      code,
      name: names.names[i]!,
      population: area.population,
      headcount: area.headcount,
      fte: area.fte,
      value,
    };
    if (before) {
      row.before = before.get(code)?.values[indicator] ?? null;
      row.change = change(row.before, value);
    }
    return [row];
  });
}

export type SortKey = "name" | "population" | "headcount" | "value" | "before" | "change";

/**
 * The table's sort after a click on `key`'s header: the same column turns round; a value column
 * (before, after, change) starts with the worst areas as the indicator's polarity says, names
 * start from A, counts from the largest.
 */
export function clickResultSort(
  current: { key: SortKey; ascending: boolean } | null,
  key: SortKey,
  polarity: Polarity,
): { key: SortKey; ascending: boolean } {
  if (current?.key === key) return { key, ascending: !current.ascending };
  if (key === "name") return { key, ascending: true };
  if (key === "population" || key === "headcount") return { key, ascending: false };
  return { key, ascending: polarity === "higher_is_better" };
}

export function sortResultRows(rows: readonly ResultRow[], key: SortKey, ascending: boolean): ResultRow[] {
  const sign = ascending ? 1 : -1;
  const of = (row: ResultRow) => row[key] ?? null;
  return [...rows].sort((a, b) => {
    const x = of(a);
    const y = of(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // missing values last
    if (typeof x === "string" && typeof y === "string") return sign * x.localeCompare(y);
    return sign * (Number(x) - Number(y)) || a.code.localeCompare(b.code);
  });
}

/**
 * The rows of the downloads (CSV and XLSX alike): every level and territory with every indicator,
 * and, after edits, each indicator before and after. `source` names the user's file, so that the
 * file itself says it was computed from it and not published by the observatory.
 */
export function downloadTable(
  allNames: Readonly<Record<GpRegisterLevel, LevelNames>>,
  results: LevelResults,
  before: LevelResults | null,
  source: string,
  parameters: string,
): { header: string[]; rows: (string | number | null)[][] } {
  const header = [
    "computed_from",
    "parameters",
    "level",
    "territory_code",
    "name",
    "population",
    "gp_headcount",
    "gp_fte",
  ];
  for (const id of GP_INDICATOR_IDS) {
    if (before) header.push(`${id}_before`, `${id}_after`, `${id}_change`);
    else header.push(id);
  }
  const rows: (string | number | null)[][] = [];
  for (const level of GP_REGISTER_LEVELS) {
    const names = allNames[level];
    const areas = results.get(level);
    if (!areas) continue;
    names.codes.forEach((code, i) => {
      const area = areas.get(code);
      if (!area) return;
      const row: (string | number | null)[] = [
        source,
        parameters,
        level,
        code,
        names.names[i]!,
        area.population,
        area.headcount,
        area.fte,
      ];
      for (const id of GP_INDICATOR_IDS) {
        const value = area.values[id];
        if (before) {
          const old = before.get(level)?.get(code)?.values[id] ?? null;
          row.push(old, value, change(old, value));
        } else row.push(value);
      }
      rows.push(row);
    });
  }
  return { header, rows };
}
