/**
 * What the allocator shows, computed from the level's site data and the setting: rows with
 * need values, scores and shares, their ranking, the formula in words and the CSV. No DOM.
 */
import type { Language } from "../../core/languages.ts";
import {
  allocate,
  AMOUNT_UNITS,
  amountToUnits,
  INVERTED_SCORES,
  needScoreIndicator,
  needScores,
  unitsToAmount,
  type AllocationRow,
} from "../../lib/tools/allocation.ts";
import type { ClientLevelData } from "../../lib/client-data.ts";
import { toCsv } from "../../lib/csv.ts";
import { formatValue, numberFormats } from "../../lib/format.ts";
import type { AllocatorState } from "./allocator-state.ts";
import type { PageText } from "./messages.ts";

/** Catalogue facts about each need score, given by the page at build time. */
export interface NeedInfo {
  label: string;
  unit: string;
  year: number;
}

export interface AllocatorRow {
  code: string;
  name: string;
  population: number;
  /** The indicator's published value, its flag, and the need score on 0..1. */
  value: number | null;
  flag: string | null;
  score: number | null;
  allocation: AllocationRow;
}

export interface AllocatorResult {
  rows: AllocatorRow[];
  /** The amount as an integer of units (euros, tenths of FTE). */
  units: number;
  scored: number;
  noScore: number;
}

export function computeAllocation(data: ClientLevelData, state: AllocatorState, language: Language): AllocatorResult {
  const indicator = needScoreIndicator(state.need, new Set(Object.keys(data.values)));
  const values = data.values[indicator] ?? data.codes.map(() => null);
  const flags = data.flags[indicator] ?? data.codes.map(() => null);
  const scores = needScores(state.need, values);
  const units = amountToUnits(state.amount, state.unit);
  if (units === null) throw new Error(`invalid amount ${state.amount}`);
  const shares = allocate({ population: data.population, need: scores, k: state.k, units });
  const rows = data.codes.map((code, i) => ({
    code,
    name: data.names[language][i]!,
    population: data.population[i]!,
    value: values[i] ?? null,
    flag: flags[i] ?? null,
    score: scores[i] ?? null,
    allocation: shares[i]!,
  }));
  return {
    rows,
    units,
    scored: rows.filter((r) => r.score !== null).length,
    noScore: rows.filter((r) => r.score === null).length,
  };
}

/** Highest share per resident first (the most needy under k > 0); ties and k = 0 by name. */
export function rankRows(rows: readonly AllocatorRow[], locale: string): AllocatorRow[] {
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const ra = a.allocation.relative ?? -Infinity;
    const rb = b.allocation.relative ?? -Infinity;
    return rb - ra || collator.compare(a.name, b.name);
  });
}

/** Formats an amount of units in the setting's unit: "12 345 €" or "12,5 ETP". */
export function amountFormatter(text: PageText, state: Pick<AllocatorState, "unit">): (units: number) => string {
  const f = numberFormats(text.locale);
  const { decimals } = AMOUNT_UNITS[state.unit];
  if (state.unit === "eur") return (units) => f.euros(unitsToAmount(units, "eur"));
  return (units) => text.t("tools.allocator.fteValue", { value: f.decimal(unitsToAmount(units, "fte"), decimals) });
}

export function signedAmountFormatter(text: PageText, state: Pick<AllocatorState, "unit">): (units: number) => string {
  const plain = amountFormatter(text, state);
  return (units) => (units > 0 ? `+${plain(units)}` : units < 0 ? `−${plain(-units)}` : plain(0));
}

/** Share per resident: euros per resident, or FTE per 10,000 residents. */
export function perResident(text: PageText, state: Pick<AllocatorState, "unit">, row: AllocatorRow): string {
  if (row.population <= 0) return text.t("tools.allocator.noResidents");
  const f = numberFormats(text.locale);
  const amount = unitsToAmount(row.allocation.share, state.unit);
  return state.unit === "eur"
    ? text.t("tools.allocator.perResidentEur", { value: f.decimal(amount / row.population, 2) })
    : text.t("tools.allocator.perResidentFte", { value: f.decimal((amount / row.population) * 10_000, 2) });
}

export function needValueText(text: PageText, info: NeedInfo, row: AllocatorRow): string {
  if (row.value === null)
    return row.flag === "not_applicable" || row.flag === "no_residents"
      ? text.t("map.notApplicable")
      : text.t("map.noData");
  return formatValue(row.value, info.unit, text.language);
}

/** The formula written out with the chosen values, sentence by sentence. */
export function formulaSentences(
  text: PageText,
  state: AllocatorState,
  info: NeedInfo,
  result: AllocatorResult,
): string[] {
  const { t } = text;
  const f = numberFormats(text.locale);
  const amount = amountFormatter(text, state)(result.units);
  const level = t(`level.${state.level}`);
  const k = f.decimal(state.k, 1);
  const score =
    state.need === "fragility_index"
      ? t("tools.allocator.scoreFragility", { label: info.label, year: info.year, level })
      : t(INVERTED_SCORES.has(state.need) ? "tools.allocator.scoreInverted" : "tools.allocator.scoreComponent", {
          label: info.label,
          year: info.year,
          count: f.integer(result.scored),
          level,
        });
  const sentences = [t("tools.allocator.formulaShare", { amount, level, k }), score];
  sentences.push(
    state.k === 0
      ? t("tools.allocator.formulaBaseline")
      : t("tools.allocator.formulaRatio", { ratio: f.decimal(1 + state.k, 1), k }),
  );
  if (result.noScore > 0)
    sentences.push(t("tools.allocator.formulaNoScore", { count: f.integer(result.noScore), level }));
  sentences.push(t("tools.allocator.formulaRounding", { amount }));
  return sentences;
}

export function allocationCsv(
  result: AllocatorResult,
  state: AllocatorState,
  info: NeedInfo,
  ranked: readonly AllocatorRow[],
): string {
  const toAmount = (units: number) => unitsToAmount(units, state.unit);
  const { decimals } = AMOUNT_UNITS[state.unit];
  return toCsv(
    [
      "rank",
      "level",
      "code",
      "name",
      "population",
      "need_indicator",
      "need_indicator_year",
      "need_value",
      "need_flag",
      "need_score",
      "weight",
      "share_exact",
      "share",
      "baseline_share",
      "difference",
      "difference_percent",
      "flag",
      "amount",
      "unit",
      "k",
    ],
    ranked.map((row, i) => [
      i + 1,
      state.level,
      row.code,
      row.name,
      row.population,
      state.need,
      info.year,
      row.value,
      row.flag,
      row.score === null ? null : Number(row.score.toFixed(4)),
      Number(row.allocation.weight.toFixed(2)),
      Number(toAmount(row.allocation.exact).toFixed(decimals + 2)),
      toAmount(row.allocation.share),
      toAmount(row.allocation.baseline),
      toAmount(row.allocation.difference),
      row.allocation.relative === null ? null : Number((row.allocation.relative * 100).toFixed(2)),
      row.allocation.noScore ? "no_need_score_baseline_share" : null,
      toAmount(result.units),
      state.unit,
      state.k,
    ]),
  );
}
