/**
 * The vocabulary of the series checks: one cell of a long export (an area's value of one
 * indicator in one year) and what the detectors find in a set of such cells.
 */

export interface SeriesCell {
  /** Spreadsheet row of the cell, for errors. */
  row: number;
  area: string;
  /** The indicator's name as the export spells it. */
  indicator: string;
  year: number;
  value: number;
}

/** A set of areas sharing the same years of one indicator. */
export interface Block {
  areas: string[];
  years: number[];
}

/** Two blocks of one indicator whose values cannot measure the same thing (definition-break.ts). */
export interface DefinitionBreak {
  kind: "definition_break";
  indicator: string;
  /** The block with the most cells: the indicator's own series. */
  reference: Block;
  /** The block that departs from it. */
  outlying: Block;
  /** The years compared: the reference block's, then the outlying block's. */
  compared: [number, number];
  medians: [number, number];
  /** Larger median over smaller (Infinity when one median is 0 and the other not). */
  medianRatio: number;
  /** Probability that an outlying value exceeds a reference value (ties count half): 0.5 = same distribution. */
  rankSeparation: number;
}

/** Two areas sharing far more identical cells than chance and rounding allow (copied-series.ts). */
export interface CopiedSeries {
  kind: "copied_series";
  areas: [string, string];
  /** Cells (indicator, year) both areas have. */
  common: number;
  /** Of those, cells with the same value. */
  identical: number;
  /** Identical cells whose value no third area has in that indicator and year. */
  exclusive: number;
  /** The identical cells, by indicator: the years. */
  cells: Map<string, number[]>;
}

/** A count or share implying more people than the area's population (population-bounds.ts). */
export interface PopulationExcess {
  kind: "exceeds_population";
  /** The indicators whose values were added up. */
  indicators: string[];
  area: string;
  year: number;
  row: number;
  total: number;
  limit: number;
  rule: string;
}

export type SeriesFinding = DefinitionBreak | CopiedSeries | PopulationExcess;

/** Cells grouped by indicator, then year, then area. */
export function byIndicatorYearArea(cells: readonly SeriesCell[]): Map<string, Map<number, Map<string, SeriesCell>>> {
  const result = new Map<string, Map<number, Map<string, SeriesCell>>>();
  for (const cell of cells) {
    let years = result.get(cell.indicator);
    if (!years) result.set(cell.indicator, (years = new Map()));
    let areas = years.get(cell.year);
    if (!areas) years.set(cell.year, (areas = new Map()));
    areas.set(cell.area, cell);
  }
  return result;
}

export const cellKey = (area: string, indicator: string, year: number) => `${area}\u0000${indicator}\u0000${year}`;
