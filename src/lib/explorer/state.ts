import { parseQuestion, serializeQuestion, type GuidedQuestion, type QuestionIndicator } from "./guided-question.ts";
import { homePath, mapEmbedPath } from "../routes.ts";
import { repeatedParams, writeParams } from "../url-state.ts";
import { parseYearParam, resolveYears, writeYearParam, type IndicatorYears } from "./year-state.ts";

/**
 * The explorer's whole view lives in the URL, defaults omitted, so that every view can be shared:
 * i = indicator, l = level, a = selected area, o = overlays (comma-separated), g = guided
 * question (see src/lib/explorer/guided-question.ts), y = year or pair of years of a change
 * (see src/lib/explorer/year-state.ts), tab = the view shown (the map, the ranked bar chart, the
 * ranked table, the sources or the downloads: one state, several views, as Our World in Data's Grapher),
 * chart = the Chart tab's kind (the ranking as bars, or the lines over time). Parsing never fails:
 * an unknown or malformed value falls back to the default and produces a notice for the visitor.
 */
export interface ExplorerState {
  indicator: string;
  level: string;
  area: string | null;
  overlays: string[];
  question: GuidedQuestion | null;
  /** The year shown; null: the indicator's headline year. */
  year: number | null;
  /** Set: the change view, from this year to `year`. */
  fromYear: number | null;
  /** The view tab shown over this state. */
  tab: ExplorerTab;
  /** The Chart tab's kind: the ranking (bars) or the lines over time (an indicator with one year shows the bars). */
  chart: ExplorerChart;
}

/** The Chart tab's kinds; the first is the default. */
export const EXPLORER_CHARTS = ["bars", "lines"] as const;
export type ExplorerChart = (typeof EXPLORER_CHARTS)[number];

/** The explorer's views of one state, in the order of its tabs; the first is the default. */
export const EXPLORER_TABS = ["map", "chart", "table", "sources", "download"] as const;
export type ExplorerTab = (typeof EXPLORER_TABS)[number];

function isTab(value: string): value is ExplorerTab {
  return (EXPLORER_TABS as readonly string[]).includes(value);
}

/**
 * What a notice names: a value copied from the URL (shown cut short and isolated, see
 * src/i18n/url-echo.ts), a level or an indicator (shown by its label in the page's language), or
 * the site's own words (a parameter name, a count).
 */
export type NoticeParam =
  | string
  | { url: string }
  | { level: string }
  | { indicator: string }
  /** A kind of comparability break, named in the page's language. */
  | { breakKind: string };

export interface Notice {
  key: string;
  params: Record<string, NoticeParam>;
}

/** The explorer's parameters, in the order of ExplorerState. */
const PARAMS = ["i", "l", "a", "o", "g", "y", "tab", "chart"] as const;

export interface StateContext {
  /** Indicator id → levels where it has values (empty for indicators without any). */
  indicators: Map<string, string[]>;
  /** Indicators of the catalogue not offered on the map (no data: src/lib/indicator/map-choices.ts). */
  withheld?: ReadonlySet<string>;
  levels: readonly string[];
  overlays: readonly string[];
  /** Territory codes per level, to validate the selected area (may be partial: unknown levels skip the check). */
  areas?: Map<string, Set<string>>;
  /** Indicators a guided question may use, with their polarity. */
  questionIndicators?: Map<string, QuestionIndicator>;
  /** The years an indicator has at a level (undefined: unknown indicator or level, no year offered). */
  years?: (indicator: string, level: string) => IndicatorYears | undefined;
}

export const DEFAULT_STATE: ExplorerState = {
  indicator: "fragility_index",
  level: "quartier",
  area: null,
  overlays: ["commune"],
  question: null,
  year: null,
  fromYear: null,
  tab: "map",
  chart: "bars",
};

export function parseState(search: string, context: StateContext): { state: ExplorerState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state: ExplorerState = { ...DEFAULT_STATE, overlays: [...DEFAULT_STATE.overlays] };
  // URLSearchParams.get reads the first of repeated values: say so rather than drop the others silently.
  for (const { name, count, value } of repeatedParams(params, PARAMS))
    notices.push({ key: "explorer.notice.repeated", params: { name, count: String(count), value: { url: value } } });

  const indicator = params.get("i");
  if (indicator !== null) {
    if (context.indicators.has(indicator)) state.indicator = indicator;
    else if (context.withheld?.has(indicator))
      notices.push({ key: "explorer.notice.withheld", params: { indicator: { indicator } } });
    else notices.push({ key: "explorer.notice.indicator", params: { value: { url: indicator } } });
  }
  const level = params.get("l");
  if (level !== null) {
    if (context.levels.includes(level)) state.level = level;
    else notices.push({ key: "explorer.notice.level", params: { value: { url: level } } });
  }
  const available = context.indicators.get(state.indicator) ?? [];
  if (available.length && !available.includes(state.level)) {
    const fallback = context.levels.find((l) => available.includes(l)) ?? state.level;
    notices.push({
      key: "explorer.notice.levelForIndicator",
      params: { indicator: { indicator: state.indicator }, level: { level: fallback } },
    });
    state.level = fallback;
  }
  const area = params.get("a");
  if (area !== null && area !== "") {
    const known = context.areas?.get(state.level);
    if (!known || known.has(area)) state.area = area;
    else notices.push({ key: "explorer.notice.area", params: { value: { url: area } } });
  }
  const overlays = params.get("o");
  if (overlays !== null) {
    const named = [...new Set(overlays.split(",").filter(Boolean))];
    state.overlays = named.filter((overlay) => context.overlays.includes(overlay));
    // One notice for all unknown names: a link repeating one thousands of times gets one line.
    const unknown = named.filter((overlay) => !context.overlays.includes(overlay));
    if (unknown.length)
      notices.push({
        key: unknown.length === 1 ? "explorer.notice.overlay" : "explorer.notice.overlays",
        params: { value: { url: unknown.join(",") } },
      });
  }
  const question = params.get("g");
  if (question !== null && context.questionIndicators) {
    state.question = parseQuestion(question, context.questionIndicators);
    if (!state.question) notices.push({ key: "explorer.notice.question", params: { value: { url: question } } });
  }
  const years = params.get("y");
  if (years !== null) {
    const offered = context.years?.(state.indicator, state.level);
    const request = parseYearParam(years.trim());
    const resolved = request && offered ? resolveYears(request, offered) : null;
    const about = { indicator: { indicator: state.indicator }, level: { level: state.level } };
    if (!resolved || !offered) {
      const year = String(offered?.headline ?? "");
      notices.push({ key: "explorer.notice.year", params: { value: { url: years }, ...about, year } });
    } else {
      Object.assign(state, resolved.choice);
      const problem = resolved.problem;
      if (problem?.kind === "unavailable")
        notices.push({
          key: "explorer.notice.year",
          params: { value: { url: years }, ...about, year: String(offered.headline) },
        });
      else if (problem?.kind === "break")
        notices.push({
          key: "explorer.notice.yearsBreak",
          params: {
            from: String(problem.from),
            to: String(problem.to),
            break: String(problem.breakYear),
            kind: { breakKind: problem.breakKind },
            ...about,
          },
        });
    }
  }
  const tab = params.get("tab");
  if (tab !== null) {
    if (isTab(tab)) state.tab = tab;
    else notices.push({ key: "explorer.notice.tab", params: { value: { url: tab } } });
  }
  const chart = params.get("chart");
  if (chart !== null) {
    if ((EXPLORER_CHARTS as readonly string[]).includes(chart)) state.chart = chart as ExplorerChart;
    else notices.push({ key: "explorer.notice.chart", params: { value: { url: chart } } });
  }
  return { state, notices };
}

/** The query string of a state, defaults omitted ("" for the default view). */
export function serializeState(state: ExplorerState): string {
  const overlays = state.overlays.join(",");
  return writeParams([
    ["i", state.indicator === DEFAULT_STATE.indicator ? null : state.indicator],
    ["l", state.level === DEFAULT_STATE.level ? null : state.level],
    ["a", state.area || null],
    ["o", overlays === DEFAULT_STATE.overlays.join(",") ? null : overlays],
    ["g", state.question ? serializeQuestion(state.question) : null],
    ["y", writeYearParam(state)],
    ["tab", state.tab === DEFAULT_STATE.tab ? null : state.tab],
    ["chart", state.chart === DEFAULT_STATE.chart ? null : state.chart],
  ]);
}

/** Id of the explorer's table: the accessible alternative every map links to. */
export const EXPLORER_TABLE_ID = "explorer-table";

/**
 * The explorer's table for a view, on the full explorer page (from embeds and other pages' maps):
 * its Table tab, and the table's anchor for a reader without JavaScript (every panel shown).
 */
export function explorerTableHref(
  language: string,
  view: Partial<Pick<ExplorerState, "indicator" | "level" | "area">>,
): string {
  const state: ExplorerState = { ...DEFAULT_STATE, ...view, tab: "table" };
  return `${homePath(language, serializeState(state))}#${EXPLORER_TABLE_ID}`;
}

/**
 * The map embed of a view: indicator and level in the path, the rest in the query. Each indicator
 * and level has its own embed page, drawn at build time (src/pages/[lang]/embed/map/[indicator]/),
 * so a report's frame shows the right map even where JavaScript does not run; a query cannot be
 * read without it. The year, area and overlays still need JavaScript.
 */
export function explorerEmbedPath(language: string, state: ExplorerState): string {
  const rest = serializeState({
    ...state,
    indicator: DEFAULT_STATE.indicator,
    level: DEFAULT_STATE.level,
    tab: "map",
    chart: DEFAULT_STATE.chart,
  });
  return `${mapEmbedPath(language)}${encodeURIComponent(state.indicator)}/${encodeURIComponent(state.level)}/${rest}`;
}

/** The query an embed page at a path reads: the path's indicator and level unless the query names others. */
export function embedPageSearch(search: string, base: Pick<ExplorerState, "indicator" | "level">): string {
  const params = new URLSearchParams(search);
  if (!params.has("i")) params.set("i", base.indicator);
  if (!params.has("l")) params.set("l", base.level);
  return `?${params.toString()}`;
}
