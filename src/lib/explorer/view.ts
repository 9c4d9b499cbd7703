/**
 * Everything the explorer shows for one state: the map SVG, legend, ranked rows and texts.
 * Isomorphic: the page renders the default view at build time with it, the browser every other.
 */
import type { Language } from "../../core/languages.ts";
import { choropleth } from "../map/choropleth.ts";
import type { ClientCatalogEntry, ClientLevelData, ClientOverlays } from "../client-data.ts";
import type { ExplorerState } from "./state.ts";
import { formatValue } from "../format.ts";
import { renderMapSvg, type LegendItem, type MapPoint } from "../map/svg.ts";
import { mapDescription, mapSourceText } from "../map/text.ts";
import { profilePath } from "../routes.ts";
import { flagTokens, isRankable } from "../../core/reliability.ts";

export const SERVICE_OVERLAYS = ["pharmacy", "hospital_emergency", "maison_medicale", "dentist"] as const;
export const OVERLAYS = ["commune", "bassin", "clss", ...SERVICE_OVERLAYS] as const;

export interface ExplorerInputs {
  catalog: ClientCatalogEntry[];
  data: ClientLevelData;
  paths: Record<string, string>;
  overlays: ClientOverlays;
  /** Areas answering the guided question, outlined on the map and marked in the table. */
  matches?: string[];
}

export interface ExplorerRow {
  code: string;
  name: string;
  value: number | null;
  valueText: string;
  rank: number | null;
  year: number;
  note: string;
  href: string;
  matched: boolean;
}

export interface ExplorerView {
  indicator: ClientCatalogEntry;
  svg: string;
  legendTitle: string;
  legendItems: LegendItem[];
  /** Sources and reference year of the figures shown. */
  source: string;
  rows: ExplorerRow[];
  caption: string;
  /** The indicator has no values (status not_available): show the statement, not a map. */
  notAvailable: boolean;
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** Worst first: by value downwards, except when higher is better. */
export function rankOrder(polarity: ClientCatalogEntry["polarity"]): (a: number, b: number) => number {
  return polarity === "higher_is_better" ? (a, b) => a - b : (a, b) => b - a;
}

export function profileHref(
  language: Language,
  level: string,
  code: string,
  data: ClientLevelData,
  index: number,
): string {
  if (level === "sector") return profilePath(language, "quartier", data.parents.quartier![index]!);
  return profilePath(language, level, code);
}

export function explorerView(inputs: ExplorerInputs, state: ExplorerState, language: Language, t: T): ExplorerView {
  const indicator = inputs.catalog.find((i) => i.id === state.indicator)!;
  const { data } = inputs;
  const values = data.values[indicator.id] ?? data.codes.map(() => null);
  const flags = data.flags[indicator.id] ?? data.codes.map(() => null);
  const years = data.years[indicator.id];
  const names = data.names[language];
  const format = (value: number) => formatValue(value, indicator.unit, language);
  const levelLabel = t(`level.${state.level}`);

  // Values the small-number rule flags (too few residents, parks, cemeteries, industrial zones) are
  // listed after the ranked ones, unranked, so that no "worst" list starts with them.
  const ranked = data.codes
    .map((_, i) => i)
    .filter((i) => values[i] !== null && isRankable(flags[i]))
    .sort(
      (a, b) => rankOrder(indicator.polarity)(values[a]!, values[b]!) || (data.codes[a]! < data.codes[b]! ? -1 : 1),
    );
  const rankOf = new Map<number, number>();
  ranked.forEach((index, position) => {
    const previous = ranked[position - 1];
    rankOf.set(
      index,
      previous !== undefined && values[previous] === values[index] ? rankOf.get(previous)! : position + 1,
    );
  });
  const matches = new Set(inputs.matches ?? []);
  const unranked = data.codes
    .map((_, i) => i)
    .filter((i) => values[i] !== null && !isRankable(flags[i]))
    .sort(
      (a, b) => rankOrder(indicator.polarity)(values[a]!, values[b]!) || (data.codes[a]! < data.codes[b]! ? -1 : 1),
    );
  const order = [...ranked, ...unranked, ...data.codes.map((_, i) => i).filter((i) => values[i] === null)];
  const flagWords = (flag: string) =>
    flagTokens(flag)
      .map((token) => t(flagKey(token)))
      .join("; ");
  const rows: ExplorerRow[] = order.map((i) => ({
    code: data.codes[i]!,
    name: names[i]!,
    value: values[i] ?? null,
    valueText: values[i] === null || values[i] === undefined ? flagWords(flags[i] ?? "missing") : format(values[i]!),
    rank: rankOf.get(i) ?? null,
    year: years?.[i] ?? indicator.year,
    note: [
      matches.has(data.codes[i]!) ? t("explorer.question.match") : "",
      flags[i] && values[i] !== null ? flagWords(flags[i]!) : "",
    ]
      .filter(Boolean)
      .join("; "),
    href: profileHref(language, state.level, data.codes[i]!, data, i),
    matched: matches.has(data.codes[i]!),
  }));

  const map = choropleth({
    codes: data.codes,
    names,
    values,
    flags,
    polarity: indicator.polarity,
    format,
    text: {
      tooltip: (name, value) => t("map.areaTooltip", { name, value }),
      noData: t("map.noData"),
      notApplicable: t("map.notApplicable"),
      tooFewResidents: t("map.tooFewResidents"),
      count: (n) => t("map.areaCount", { count: n }),
    },
  });
  const points: MapPoint[] = inputs.overlays.services
    .filter((s) => state.overlays.includes(s.type))
    .map((s) => ({
      x: s.x,
      y: s.y,
      kind: s.type,
      label: s.name ? `${s.name} (${t(`service.${s.type}`)})` : t(`service.${s.type}`),
    }));
  const highlighted = [
    ...(state.overlays.includes("clss") && state.level === "quartier" ? inputs.overlays.clss : []),
    ...(state.area ? [state.area] : []),
    ...matches,
  ];
  const svg = renderMapSvg({
    id: "explorer-map",
    title: t("map.viewTitle", { indicator: indicator.label[language], level: levelLabel, year: indicator.year }),
    description: mapDescription(t, indicator.label[language], levelLabel, true),
    areas: data.codes
      .filter((code) => inputs.paths[code])
      .map((code) => ({ code, d: inputs.paths[code]!, fill: map.fills.get(code)!, label: map.labels.get(code)! })),
    borders: (["commune", "bassin"] as const)
      .filter((kind) => state.overlays.includes(kind) && kind !== state.level)
      .map((kind) => ({ kind, d: inputs.overlays.borders[kind] })),
    highlighted,
    points,
  });
  return {
    indicator,
    svg,
    legendTitle: indicator.label[language],
    legendItems: map.legendItems,
    source: mapSourceText(t, indicator.citation, indicator.year),
    rows,
    caption: t("explorer.tableCaption", { indicator: indicator.label[language], level: levelLabel }),
    notAvailable: indicator.status === "not_available",
  };
}

export function flagKey(flag: string): string {
  return `flag.${flag}`;
}
