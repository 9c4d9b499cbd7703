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
import { visibleLabels, type MapLabel } from "../map/labels.ts";
import { MAP_HEIGHT, MAP_WIDTH } from "../map/geometry.ts";
import { areaCount, mapDescription, mapSourceText } from "../map/text.ts";
import { profilePath } from "../routes.ts";
import { flagTokens, isRankable } from "../../core/reliability.ts";
import { changeDescription, changeMap } from "./change.ts";
import { seriesColumn, type SeriesData } from "./series.ts";
import { viewCsv } from "./view-csv.ts";
import { rankedBarChart } from "./bar-chart.ts";

export const SERVICE_OVERLAYS = ["pharmacy", "hospital_emergency", "maison_medicale", "dentist"] as const;
export const OVERLAYS = ["commune", "bassin", "clss", ...SERVICE_OVERLAYS] as const;

export interface ExplorerInputs {
  catalog: ClientCatalogEntry[];
  data: ClientLevelData;
  paths: Record<string, string>;
  overlays: ClientOverlays;
  /** Areas answering the guided question, outlined on the map and marked in the table. */
  matches?: string[];
  /** The indicator's years at the level, needed when the state asks for a year or a change. */
  series?: SeriesData;
}

export interface ExplorerRow {
  code: string;
  name: string;
  value: number | null;
  valueText: string;
  rank: number | null;
  year: number;
  /** The year column's text: the year, or "2015–2023" for a change. */
  period: string;
  note: string;
  href: string;
  matched: boolean;
}

export interface ExplorerView {
  indicator: ClientCatalogEntry;
  svg: string;
  /** The map's title: indicator, level and year (or period). */
  title: string;
  legendTitle: string;
  legendItems: LegendItem[];
  /** Sources and reference year of the figures shown. */
  source: string;
  rows: ExplorerRow[];
  caption: string;
  /** The indicator has no values (status not_available): show the statement, not a map. */
  notAvailable: boolean;
  /** The year shown, or the second year of a change. */
  year: number;
  fromYear: number | null;
  /** The series' comparability breaks at this level, said under the legend ("2025: definition change …"). */
  breakNote: string;
  /** The CSV of the data shown, for another year than the headline or a change (null: the static CSV is it). */
  csv: string | null;
  /** The Chart tab: the ranked areas as bars in their map colours (src/lib/explorer/bar-chart.ts). */
  chartSvg: string;
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
  const { data, series } = inputs;
  const year = state.year ?? indicator.year;
  // Another year than the headline, or a change, reads the series; the headline year reads the level's file.
  const fromSeries = series && (state.year !== null || state.fromYear !== null) ? series : undefined;
  const shown = fromSeries
    ? seriesColumn(fromSeries, data.codes, year)
    : {
        values: data.values[indicator.id] ?? data.codes.map(() => null),
        flags: data.flags[indicator.id] ?? data.codes.map(() => null),
      };
  const years = fromSeries ? undefined : data.years[indicator.id];
  const names = data.names[language];
  const format = (value: number) => formatValue(value, indicator.unit, language);
  // Singular: every message that takes it reads "by {level}" ("per wijk", never "per wijken").
  const levelLabel = t(`level.one.${state.level}`);
  const fromYear = fromSeries && state.fromYear !== null ? state.fromYear : null;
  const before = fromYear === null ? null : seriesColumn(fromSeries!, data.codes, fromYear);
  const change =
    before &&
    changeMap({
      codes: data.codes,
      names,
      from: { year: fromYear!, ...before },
      to: { year, ...shown },
      polarity: indicator.polarity,
      unit: indicator.unit,
      language,
      t,
    });
  // A change is ranked on the change itself; an area flagged in either year is listed unranked.
  const values = change ? change.areas.map((a) => a.change) : shown.values;
  const rankable = (i: number) => (change ? change.areas[i]!.rankable : isRankable(shown.flags[i]));
  const flags = shown.flags;

  // Values the small-number rule flags (too few residents, parks, cemeteries, industrial zones) are
  // listed after the ranked ones, unranked, so that no "worst" list starts with them.
  const ranked = data.codes
    .map((_, i) => i)
    .filter((i) => values[i] !== null && rankable(i))
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
    .filter((i) => values[i] !== null && !rankable(i))
    .sort(
      (a, b) => rankOrder(indicator.polarity)(values[a]!, values[b]!) || (data.codes[a]! < data.codes[b]! ? -1 : 1),
    );
  const order = [...ranked, ...unranked, ...data.codes.map((_, i) => i).filter((i) => values[i] === null)];
  const flagWords = (flag: string) =>
    flagTokens(flag)
      .map((token) => t(flagKey(token)))
      .join("; ");
  const valueText = (i: number): string => {
    if (change?.areas[i]!.change !== null && change) return change.areas[i]!.text;
    return values[i] === null || values[i] === undefined ? flagWords(flags[i] ?? "missing") : format(values[i]!);
  };
  // A change's note gives both values, so that the table shows what the change is made of.
  const changeNote = (i: number): string => {
    if (!change || !before) return "";
    const [a, b] = [before.values[i] ?? null, shown.values[i] ?? null];
    if (a === null && b === null) return "";
    const side = (y: number, v: number | null) =>
      t("explorer.change.side", { year: y, value: v === null ? t("map.noData") : format(v) });
    return `${side(fromYear!, a)} → ${side(year, b)}`;
  };
  const period = fromYear === null ? null : t("explorer.change.period", { from: fromYear, to: year });
  const rows: ExplorerRow[] = order.map((i) => ({
    code: data.codes[i]!,
    name: names[i]!,
    value: values[i] ?? null,
    valueText: valueText(i),
    rank: rankOf.get(i) ?? null,
    year: fromSeries ? year : (years?.[i] ?? indicator.year),
    period: period ?? String(fromSeries ? year : (years?.[i] ?? indicator.year)),
    note: [
      matches.has(data.codes[i]!) ? t("explorer.question.match") : "",
      changeNote(i),
      flags[i] && shown.values[i] !== null ? flagWords(flags[i]!) : "",
      before?.flags[i] && before.values[i] !== null
        ? t("explorer.change.side", { year: fromYear!, value: flagWords(before.flags[i]!) })
        : "",
    ]
      .filter(Boolean)
      .join("; "),
    href: profileHref(language, state.level, data.codes[i]!, data, i),
    matched: matches.has(data.codes[i]!),
  }));

  const map =
    change ??
    choropleth({
      codes: data.codes,
      names,
      values: shown.values,
      flags,
      polarity: indicator.polarity,
      format,
      text: {
        tooltip: (name, value) => t("map.areaTooltip", { name, value }),
        noData: t("map.noData"),
        notApplicable: t("map.notApplicable"),
        tooFewResidents: t("map.tooFewResidents"),
        count: (n) => areaCount(t, n),
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
  // The map's title (indicator, level, year or period): also the subject of its "cite this" sentence.
  const title = change
    ? t("explorer.change.mapTitle", {
        indicator: indicator.label[language],
        level: levelLabel,
        from: fromYear!,
        to: year,
      })
    : t("map.viewTitle", { indicator: indicator.label[language], level: levelLabel, year });
  const svg = renderMapSvg({
    id: "explorer-map",
    title,
    description: change
      ? `${changeDescription(t, indicator.polarity, { indicator: indicator.label[language], level: levelLabel, from: fromYear!, to: year })} ${t("map.tableDescription")}`
      : mapDescription(t, indicator.label[language], levelLabel, true),
    areas: data.codes
      .filter((code) => inputs.paths[code])
      .map((code) => ({ code, d: inputs.paths[code]!, fill: map.fills.get(code)!, label: map.labels.get(code)! })),
    borders: (["commune", "bassin"] as const)
      .filter((kind) => state.overlays.includes(kind) && kind !== state.level)
      .map((kind) => ({ kind, d: inputs.overlays.borders[kind] })),
    highlighted,
    points,
    ...contextLayer(inputs, state.level, language),
  });
  // Every break of the series at this level is said, whatever year is shown: the catalogue knows them.
  const breaks = indicator.series?.[state.level]?.breaks ?? [];
  return {
    indicator,
    svg,
    title,
    legendTitle: change
      ? t("explorer.change.legendTitle", { indicator: indicator.label[language], from: fromYear!, to: year })
      : indicator.label[language],
    legendItems: map.legendItems,
    source: change
      ? `${t("map.sourceLine", { sources: indicator.citation[language] })} ${t("explorer.change.dateLine", { from: fromYear!, to: year })}`
      : mapSourceText(t, indicator.citation[language], year),
    rows,
    caption: change
      ? t("explorer.change.tableCaption", {
          indicator: indicator.label[language],
          level: levelLabel,
          from: fromYear!,
          to: year,
        })
      : state.year === null
        ? t("explorer.tableCaption", { indicator: indicator.label[language], level: levelLabel })
        : t("explorer.yearTableCaption", { indicator: indicator.label[language], level: levelLabel, year }),
    notAvailable: indicator.status === "not_available",
    year,
    fromYear,
    csv: fromSeries
      ? viewCsv({
          level: state.level,
          indicator,
          language,
          codes: data.codes,
          names,
          to: { year, ...shown },
          from: before ? { year: fromYear!, ...before } : undefined,
        })
      : null,
    breakNote: breaks
      .map((b) => t("explorer.breakNote", { year: b.year, kind: t(`explorer.break.${b.kind}`) }))
      .join(" "),
    chartSvg: rankedBarChart({
      id: "explorer-chart",
      title,
      description: t("explorer.chart.tableNote"),
      bars: rows
        .filter((row) => row.rank !== null && row.value !== null)
        .map((row) => ({ ...row, value: row.value!, fill: map.fills.get(row.code)! })),
      selected: state.area,
      selectedLabel: t("explorer.chart.selected"),
    }),
  };
}

/**
 * The context layer and the place names: commune names on every map, quartier names where the
 * areas are quartiers or sectors. Built for the whole map seen at its own size (one map unit a
 * pixel); the browser re-runs visibleLabels as the visitor zooms (src/client/map/zoom.ts).
 */
function contextLayer(inputs: ExplorerInputs, level: string, language: Language) {
  const context = inputs.overlays.context;
  if (!context) return {};
  const kinds: MapLabel["kind"][] = level === "quartier" || level === "sector" ? ["commune", "quartier"] : ["commune"];
  const items = kinds.flatMap((kind) =>
    context.labels[kind].map((l) => ({ kind, code: l.code, x: l.x, y: l.y, text: l.name[language] })),
  );
  const whole = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  return {
    context: { outline: context.outline, communes: context.communes, nonResidential: context.nonResidential },
    labels: { items, shown: visibleLabels(items, whole, 1, 1), unitsPerPx: 1 },
  };
}

export function flagKey(flag: string): string {
  return `flag.${flag}`;
}
