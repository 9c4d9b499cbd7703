/**
 * The explorer's year in the URL: `y=2018` shows one year, `y=2015-2023` the change from the first
 * year to the second. Left out for the headline year (the one the catalogue and every other page
 * show). One parameter for both views, so that a link cannot hold a half-written pair, and the
 * pair reads as it is said ("2015–2023"). A year the indicator does not have at the level, or a
 * pair that a comparability break separates, falls back and says so (see ./state.ts's notices).
 */
import { breakAt, comparable, comparableSegments, type SeriesYears } from "./series.ts";

/** What the URL asked for, before it is checked against the indicator's years. */
export interface RequestedYears {
  to: number;
  from: number | null;
}

/** The view's years: `year` null is the headline year; `fromYear` set is the change view (then `year` is set too). */
export interface YearChoice {
  year: number | null;
  fromYear: number | null;
}

export const HEADLINE: YearChoice = { year: null, fromYear: null };

/** "2018" or "2015-2023" (four-digit years, the first before the second); anything else is null. */
export function parseYearParam(raw: string): RequestedYears | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!match) return null;
  if (match[2] === undefined) return { to: Number(match[1]), from: null };
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from < to ? { to, from } : null;
}

/** The `y` parameter of a choice, null for the headline year. */
export function writeYearParam(choice: YearChoice): string | null {
  if (choice.year === null) return null;
  return choice.fromYear === null ? String(choice.year) : `${choice.fromYear}-${choice.year}`;
}

/** The years an indicator has at a level: its series when it has several, otherwise its headline year alone. */
export interface IndicatorYears {
  headline: number;
  series: SeriesYears | null;
}

export type YearProblem =
  { kind: "unavailable" } | { kind: "break"; from: number; to: number; breakYear: number; breakKind: string };

/**
 * The choice a request resolves to. A year not offered → the headline year; a pair across a break
 * → its second year alone (a real year, just not comparable with the first).
 */
export function resolveYears(
  request: RequestedYears,
  years: IndicatorYears,
): { choice: YearChoice; problem: YearProblem | null } {
  const offered = years.series?.years ?? [years.headline];
  const known = (year: number) => offered.includes(year);
  if (!known(request.to) || (request.from !== null && !known(request.from)))
    return { choice: HEADLINE, problem: { kind: "unavailable" } };
  const single = canonical({ year: request.to, fromYear: null }, years.headline);
  if (request.from === null) return { choice: single, problem: null };
  if (!comparable(years.series!, request.from, request.to)) {
    const cut = comparableSegments(years.series!).find((segment) => segment[0]! > request.from!)![0]!;
    const { kind } = breakAt(years.series!, cut)!;
    return {
      choice: single,
      problem: { kind: "break", from: request.from, to: request.to, breakYear: cut, breakKind: kind },
    };
  }
  return { choice: { year: request.to, fromYear: request.from }, problem: null };
}

/** One year equal to the headline is written as no year at all, so that every view has one URL. */
function canonical(choice: YearChoice, headline: number): YearChoice {
  return choice.fromYear === null && choice.year === headline ? HEADLINE : choice;
}

/** The year the map shows (the second one of a change). */
export function shownYear(choice: YearChoice, headline: number): number {
  return choice.year ?? headline;
}
