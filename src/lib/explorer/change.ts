/**
 * The change of an indicator between two years, area by area, and what a map of it shows: the
 * absolute change in the indicator's unit (percentage points for a share), the relative change
 * where it means something, the polarity-aware diverging classes (src/lib/map/change-scale.ts),
 * tooltips and legend items. Isomorphic: the explorer in the browser and the static change SVG.
 */
import type { Language } from "../../core/languages.ts";
import type { Polarity } from "../../core/polarity.ts";
import { flagTokens, isRankable } from "../../core/reliability.ts";
import { locale, unitDecimals } from "../format.ts";
import { areaCount } from "../map/text.ts";
import { NO_DATA_FILL, NOT_APPLICABLE_FILL, TOO_FEW_RESIDENTS_FILL } from "../map/color-scale.ts";
import { changeScale, type ChangeScale } from "../map/change-scale.ts";
import type { LegendItem } from "../map/svg.ts";

/**
 * Units whose relative change is not a quantity: ranks and scores relative to the region (a
 * rank going from 10 to 15 is not "50 % more" of anything).
 */
const NO_RELATIVE_CHANGE = new Set(["rank", "rank_0_1", "index_region_1"]);

type T = (key: string, params?: Record<string, string | number>) => string;

export interface ChangeInput {
  codes: string[];
  names: string[];
  from: { year: number; values: (number | null)[]; flags: (string | null)[] };
  to: { year: number; values: (number | null)[]; flags: (string | null)[] };
  polarity: Polarity;
  unit: string;
  language: Language;
  t: T;
}

export interface AreaChange {
  /** to − from; null when either year has no value. */
  change: number | null;
  /** Percent of the first value; null where not meaningful (unit, first value ≤ 0). */
  relative: number | null;
  /** Either year flagged by the small-number rule: the change is shown but not ranked nor classed. */
  rankable: boolean;
  /** "+1.2 pp (+8 %)", or the reason there is no change. */
  text: string;
}

export interface ChangeMap {
  areas: AreaChange[];
  scale: ChangeScale | null;
  fills: Map<string, string>;
  labels: Map<string, string>;
  legendItems: LegendItem[];
}

/** The change in the indicator's unit, signed: "+1,2 pp", "−350 €", "+0,05". */
export function formatChange(change: number, unit: string, language: Language, t: T): string {
  const digits = unitDecimals(unit);
  const sign = { signDisplay: "exceptZero" } as const;
  if (unit === "euros")
    return new Intl.NumberFormat(locale(language), {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 0,
      ...sign,
    }).format(change);
  const number = new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...sign,
  }).format(change);
  if (unit === "percent") return t("explorer.change.points", { value: number });
  return unit === "metres" ? `${number} m` : number;
}

/** The relative change, signed, in percent: "+8 %", "−0,4 %". */
export function formatRelative(percent: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), {
    style: "percent",
    maximumFractionDigits: Math.abs(percent) < 10 ? 1 : 0,
    signDisplay: "exceptZero",
  }).format(percent / 100);
}

export function relativeChange(from: number, to: number, unit: string): number | null {
  return NO_RELATIVE_CHANGE.has(unit) || !(from > 0) ? null : (100 * (to - from)) / from;
}

/** Half a unit of the last decimal shown: a smaller change reads as "0" and is classed as none. */
export function visibleChange(unit: string): number {
  return 0.5 * 10 ** -unitDecimals(unit);
}

export function changeMap(input: ChangeInput): ChangeMap {
  const { t, language, unit } = input;
  const areas: AreaChange[] = input.codes.map((_, i) => {
    const a = input.from.values[i] ?? null;
    const b = input.to.values[i] ?? null;
    const rankable = isRankable(input.from.flags[i]) && isRankable(input.to.flags[i]);
    if (a === null || b === null) return { change: null, relative: null, rankable, text: t("map.noData") };
    const change = b - a;
    const relative = relativeChange(a, b, unit);
    const absolute = formatChange(change, unit, language, t);
    const text = relative === null ? absolute : `${absolute} (${formatRelative(relative, language)})`;
    return { change, relative, rankable, text };
  });
  const classed = areas.filter((a) => a.change !== null && a.rankable).map((a) => a.change!);
  const scale = classed.length ? changeScale(classed, input.polarity, visibleChange(unit)) : null;
  const fills = new Map<string, string>();
  const labels = new Map<string, string>();
  let noData = 0;
  let tooFew = 0;
  let notApplicable = 0;
  const notApplicableIn = (flag: string | null | undefined) =>
    flagTokens(flag).some((token) => token === "not_applicable" || token === "no_residents");
  input.codes.forEach((code, i) => {
    const area = areas[i]!;
    const name = input.names[i]!;
    if (area.change !== null && area.rankable && scale) {
      fills.set(code, scale.classes[scale.classOf(area.change)]!.colour);
      labels.set(code, t("map.areaTooltip", { name, value: area.text }));
    } else if (area.change !== null) {
      tooFew++;
      fills.set(code, TOO_FEW_RESIDENTS_FILL);
      labels.set(code, t("map.areaTooltip", { name, value: `${area.text} (${t("map.tooFewResidents")})` }));
    } else if (notApplicableIn(input.to.flags[i]) || notApplicableIn(input.from.flags[i])) {
      notApplicable++;
      fills.set(code, NOT_APPLICABLE_FILL);
      labels.set(code, t("map.areaTooltip", { name, value: t("map.notApplicable") }));
    } else {
      noData++;
      fills.set(code, NO_DATA_FILL);
      labels.set(code, t("map.areaTooltip", { name, value: t("map.noData") }));
    }
  });
  // The middle class's limits (± half a unit) are written as 0: "0 to +1 pp", not "+0.05 to +1 pp".
  const bound = (value: number) => formatChange(Math.abs(value) === visibleChange(unit) ? 0 : value, unit, language, t);
  const legendItems: LegendItem[] = (scale?.classes ?? []).map((c) => {
    if (c.direction === "same")
      return { fill: c.colour, label: `${t("explorer.change.same")} (${areaCount(t, c.count)})` };
    const range =
      c.low === -Infinity
        ? t("explorer.change.below", { value: bound(c.high) })
        : c.high === Infinity
          ? t("explorer.change.above", { value: bound(c.low) })
          : t("explorer.change.between", { low: bound(c.low), high: bound(c.high) });
    const label = t("explorer.change.class", { direction: t(`explorer.change.${c.direction}`), range });
    return { fill: c.colour, label: `${label} (${areaCount(t, c.count)})` };
  });
  if (tooFew)
    legendItems.push({
      fill: TOO_FEW_RESIDENTS_FILL,
      label: `${t("map.tooFewResidents")} (${areaCount(t, tooFew)})`,
    });
  if (notApplicable)
    legendItems.push({
      fill: NOT_APPLICABLE_FILL,
      label: `${t("map.notApplicable")} (${areaCount(t, notApplicable)})`,
    });
  if (noData) legendItems.push({ fill: NO_DATA_FILL, label: `${t("map.noData")} (${areaCount(t, noData)})` });
  return { areas, scale, fills, labels, legendItems };
}

/** The SVG description of a change map (its classes say better/worse, or up/down without a polarity). */
export function changeDescription(
  t: T,
  polarity: Polarity,
  params: { indicator: string; level: string; from: number; to: number },
): string {
  return t(polarity === "neutral" ? "explorer.change.descriptionNeutral" : "explorer.change.description", params);
}
