/**
 * What the explorer's year controls offer for a view, and how a choice there changes the view.
 * Shared by the build (the default view's controls, src/components/explorer/Explorer.astro) and
 * the browser (src/client/explorer/year-controls.ts), so that both offer the same years.
 */
import type { ClientCatalogEntry } from "../client-data.ts";
import { breakAt, comparableBefore, type SeriesYears } from "./series.ts";
import type { ExplorerState } from "./state.ts";

type T = (key: string, params?: Record<string, string | number>) => string;

export interface YearOption {
  year: number;
  label: string;
  /** A comparability break between this year and the one before. */
  isBreak: boolean;
  /** Written under the slider: the ends, the breaks, and every year when there are few. */
  labelled: boolean;
}

/** Up to this many years, every year is written under the slider. */
const ALL_LABELS = 8;

export interface YearControls {
  /** No control at all: the indicator has one year at this level. */
  hidden: boolean;
  /** The indicator's years at the level, ascending; a break year says so. */
  years: YearOption[];
  /** The year shown (the second year of a change). */
  year: number;
  /** Position of `year` in `years`, the slider's value. */
  index: number;
  /** Earlier years comparable with `year`: what the change view may start from. */
  fromYears: YearOption[];
  fromYear: number | null;
}

/** The years of an indicator at a level, when it has more than one there. */
export function seriesYears(entry: ClientCatalogEntry | undefined, level: string): SeriesYears | null {
  const series = entry?.series?.[level];
  return series && series.years.length > 1 ? series : null;
}

export function yearControls(entry: ClientCatalogEntry, state: ExplorerState, t: T): YearControls {
  const series = seriesYears(entry, state.level);
  const year = state.year ?? entry.year;
  if (!series) return { hidden: true, years: [], year, index: 0, fromYears: [], fromYear: null };
  const option = (y: number): YearOption => {
    const cut = breakAt(series, y);
    const position = series.years.indexOf(y);
    return {
      year: y,
      label: cut ? t("explorer.years.breakOption", { year: y, kind: t(`explorer.break.${cut.kind}`) }) : String(y),
      isBreak: cut !== undefined,
      labelled:
        series.years.length <= ALL_LABELS ||
        cut !== undefined ||
        position === 0 ||
        position === series.years.length - 1,
    };
  };
  return {
    hidden: false,
    years: series.years.map(option),
    year,
    index: Math.max(0, series.years.indexOf(year)),
    fromYears: comparableBefore(series, year).map(option),
    fromYear: state.fromYear,
  };
}

/**
 * The view after choosing a year: the headline year is written as none; a change keeps its first
 * year when it is still comparable and earlier, otherwise starts at the earliest comparable year,
 * or ends when there is none.
 */
export function withYear(state: ExplorerState, entry: ClientCatalogEntry, year: number): Partial<ExplorerState> {
  if (state.fromYear === null) return { year: year === entry.year ? null : year, fromYear: null };
  const series = seriesYears(entry, state.level);
  const earlier = series ? comparableBefore(series, year) : [];
  if (earlier.length === 0) return { year: year === entry.year ? null : year, fromYear: null };
  return { year, fromYear: earlier.includes(state.fromYear) ? state.fromYear : earlier[0]! };
}

/** The view after turning the change on (from the earliest comparable year) or off (the second year alone). */
export function withChange(state: ExplorerState, entry: ClientCatalogEntry, on: boolean): Partial<ExplorerState> {
  const year = state.year ?? entry.year;
  if (!on) return { year: year === entry.year ? null : year, fromYear: null };
  const series = seriesYears(entry, state.level);
  const earlier = series ? comparableBefore(series, year) : [];
  return earlier.length ? { year, fromYear: earlier[0]! } : {};
}
