import { InputError } from "../../lib/errors.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { detectCopiedSeries } from "./copied-series.ts";
import { detectDefinitionBreaks } from "./definition-break.ts";
import { detectPopulationExcess, type PopulationParts } from "./population-bounds.ts";
import { SERIES_THRESHOLDS } from "./parameters.ts";
import { cellKey, type CopiedSeries, type DefinitionBreak, type SeriesCell } from "./series.ts";

/** A reviewed decision on a finding, one row of the source's correction list. */
export type SeriesDecision =
  | {
      issue: "definition-break";
      action: "keep-reference-block";
      indicator: string;
      year: number;
      row: number;
      detail: string;
      /** The detail in French and Dutch: a break's reason is published in method_parameters. */
      detail_fr: string;
      detail_nl: string;
    }
  | {
      issue: "copied-series";
      action: "drop-identical-cells";
      area: string;
      original: string;
      row: number;
      detail: string;
    };

export interface SeriesSource {
  /** The export's path and registry id, named by errors and notes. */
  file: string;
  sourceId: string;
  /** The reviewed decision list's path, named when a decision no longer matches. */
  decisionsFile: string;
  level: string;
  /** The published indicator an export indicator feeds, if any: the note's indicator_id. */
  indicatorId: (indicator: string) => string | null;
  populationParts: PopulationParts;
  /** The file's column holding an indicator's values, named by errors. */
  valueColumn: (indicator: string) => string;
}

export interface ValidatedSeries {
  /** The cells left after the decisions: the only ones a stage may read. */
  kept: SeriesCell[];
  /** One note per area and indicator a decision took values from, with the decision. */
  notes: DataQualityNote[];
}

/**
 * Runs every detector on every series of an export, applies the reviewed decision for each
 * finding and stops on a finding no decision covers (naming file, indicator and areas) or on a
 * decision that no longer matches a finding: a refreshed export must be reviewed, not trusted.
 * Values outside what the area's population allows are checked on the kept cells and have no
 * decision kind: any of them stops the run.
 */
export function validateSeries(
  source: SeriesSource,
  cells: readonly SeriesCell[],
  decisions: SeriesDecision[],
): ValidatedSeries {
  const used = new Set<SeriesDecision>();
  const dropped = new Set<string>();
  const notes: DataQualityNote[] = [];
  const firstRow = new Map(cells.map((c) => [cellKey(c.area, c.indicator, c.year), c.row]));

  for (const finding of detectDefinitionBreaks(cells, SERIES_THRESHOLDS)) {
    const latest = Math.max(...finding.outlying.years);
    const decision = decisions.find(
      (d) => d.issue === "definition-break" && d.indicator === finding.indicator && d.year === latest,
    );
    if (!decision)
      throw new InputError(
        source.file,
        `${describeBreak(finding)}. No decision covers it in ${source.decisionsFile}: review the series, then add a row (issue definition-break, indicator_nl, year ${latest}, action keep-reference-block) or fix the export.`,
        {
          row: firstRow.get(cellKey(finding.outlying.areas[0]!, finding.indicator, latest)),
          column: source.valueColumn(finding.indicator),
        },
      );
    used.add(decision);
    for (const area of finding.outlying.areas) {
      for (const year of finding.outlying.years) dropped.add(cellKey(area, finding.indicator, year));
      notes.push(
        note(
          source,
          area,
          finding.indicator,
          "definition_break",
          `${describeBreak(finding)}. Decision: ${decision.detail}`,
        ),
      );
    }
  }

  for (const finding of detectCopiedSeries(cells, SERIES_THRESHOLDS.minExclusiveCells)) {
    const [a, b] = finding.areas;
    const decision = decisions.find(
      (d) => d.issue === "copied-series" && ((d.area === a && d.original === b) || (d.area === b && d.original === a)),
    );
    if (!decision || decision.issue !== "copied-series")
      throw new InputError(
        source.file,
        `${describeCopy(finding)}. No decision covers it in ${source.decisionsFile}: find which area holds the other's data, then add a row (issue copied-series, quartier_code = the copy, other_quartier_code = the original, action drop-identical-cells) or fix the export.`,
        { column: "mdrc" },
      );
    used.add(decision);
    for (const [indicator, years] of finding.cells) {
      for (const year of years) dropped.add(cellKey(decision.area, indicator, year));
      notes.push(
        note(
          source,
          decision.area,
          indicator,
          "copied_series",
          `"${indicator}": ${years.length} year(s) (${span(years)}) identical to quartier ${decision.original}'s, treated as missing. ${describeCopy(finding, false)}. Decision: ${decision.detail}`,
        ),
      );
    }
  }

  const stale = decisions.filter((d) => !used.has(d));
  if (stale.length)
    throw new InputError(
      source.decisionsFile,
      `the decision (${stale[0]!.issue}) matches no finding of the series checks any more: the export changed; review it and remove or update the row`,
      { row: stale[0]!.row },
    );

  const kept = cells.filter((c) => !dropped.has(cellKey(c.area, c.indicator, c.year)));
  const excess = detectPopulationExcess(kept, source.populationParts)[0];
  if (excess)
    throw new InputError(
      source.file,
      `quartier ${excess.area}, ${excess.year}: ${excess.indicators.map((i) => `"${i}"`).join(" + ")} = ${round(excess.total)}, above ${round(excess.limit)} (${excess.rule}): the values cannot all be right; check the export`,
      { row: excess.row, column: source.valueColumn(excess.indicators[0]!) },
    );
  return { kept, notes };
}

function note(source: SeriesSource, area: string, indicator: string, issue: string, detail: string): DataQualityNote {
  const id = source.indicatorId(indicator);
  return {
    source_id: source.sourceId,
    level: source.level,
    territory_code: area,
    indicator_id: id,
    issue,
    detail: id ? detail : `Series not published. ${detail}`,
  };
}

export function describeBreak(f: DefinitionBreak): string {
  const [reference, outlying] = f.medians.map(round);
  return (
    `definition break in "${f.indicator}": ${f.outlying.areas.length} area(s) (${f.outlying.areas.join(", ")}) in ${span(f.outlying.years)} ` +
    `have median ${outlying} in ${f.compared[1]} against ${reference} in ${f.compared[0]} for the ${f.reference.areas.length} area(s) with ${span(f.reference.years)} ` +
    `(median ratio ${round(f.medianRatio)}, rank separation ${round(f.rankSeparation)}; a break is a ratio of at least ${SERIES_THRESHOLDS.minMedianRatio} with a separation at least ${SERIES_THRESHOLDS.minRankSeparation} from 0.5)`
  );
}

export function describeCopy(f: CopiedSeries, listIndicators = true): string {
  const indicators = [...f.cells.keys()].map((i) => `"${i}"`).join(", ");
  return (
    `areas ${f.areas[0]} and ${f.areas[1]} share ${f.identical} identical (indicator, year) cells of ${f.common}, ` +
    `${f.exclusive} of them with a value no other area has (a copy from ${SERIES_THRESHOLDS.minExclusiveCells}), ` +
    `in ${f.cells.size} indicator(s)${listIndicators ? `: ${indicators}` : ""}`
  );
}

const span = (years: number[]) => (years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`);
const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
