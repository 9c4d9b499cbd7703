import { InputError } from "../../lib/errors.ts";
import type { Language, Localized } from "../../../src/core/languages.ts";
import type { DataQualityNote } from "../indicator-model.ts";
import { qualityDetailIn } from "../quality-detail.ts";
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
      /** The reviewed decision, in the three languages of the notes. */
      detail: Localized;
    }
  | {
      issue: "copied-series";
      action: "drop-identical-cells";
      area: string;
      original: string;
      row: number;
      /** The reviewed decision, in the three languages of the notes. */
      detail: Localized;
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
          (language) => `${describeBreak(finding, language)}. ${DECISION[language]} ${decision.detail[language]}`,
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
          (language) =>
            `${copiedYears(indicator, years, decision.original, language)} ${describeCopy(finding, false, language)}. ${DECISION[language]} ${decision.detail[language]}`,
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

function note(
  source: SeriesSource,
  area: string,
  indicator: string,
  issue: string,
  detail: (language: Language) => string,
): DataQualityNote {
  const id = source.indicatorId(indicator);
  return {
    source_id: source.sourceId,
    level: source.level,
    territory_code: area,
    indicator_id: id,
    issue,
    ...qualityDetailIn((language) => (id ? detail(language) : `${NOT_PUBLISHED[language]} ${detail(language)}`)),
  };
}

const DECISION: Localized = { fr: "Décision :", nl: "Beslissing:", en: "Decision:" };
const NOT_PUBLISHED: Localized = {
  fr: "Série non publiée.",
  nl: "Reeks niet gepubliceerd.",
  en: "Series not published.",
};

function copiedYears(indicator: string, years: number[], original: string, language: Language): string {
  const n = years.length;
  return {
    fr: `"${indicator}" : ${n} année(s) (${span(years)}) identiques à celles du quartier ${original}, traitées comme manquantes.`,
    nl: `"${indicator}": ${n} jaar (${span(years)}) gelijk aan die van wijk ${original}, als ontbrekend behandeld.`,
    en: `"${indicator}": ${n} year(s) (${span(years)}) identical to quartier ${original}'s, treated as missing.`,
  }[language];
}

export function describeBreak(f: DefinitionBreak, language: Language = "en"): string {
  const [reference, outlying] = f.medians.map(round);
  const [areas, list, years] = [f.outlying.areas.length, f.outlying.areas.join(", "), span(f.outlying.years)];
  const [referenceAreas, referenceYears] = [f.reference.areas.length, span(f.reference.years)];
  const [ratio, separation] = [round(f.medianRatio), round(f.rankSeparation)];
  const { minMedianRatio, minRankSeparation } = SERIES_THRESHOLDS;
  return {
    fr:
      `rupture de définition dans "${f.indicator}" : ${areas} zone(s) (${list}) en ${years} ` +
      `ont une médiane de ${outlying} en ${f.compared[1]} contre ${reference} en ${f.compared[0]} pour les ${referenceAreas} zone(s) avec ${referenceYears} ` +
      `(rapport des médianes ${ratio}, séparation des rangs ${separation} ; une rupture est un rapport d'au moins ${minMedianRatio} avec une séparation d'au moins ${minRankSeparation} par rapport à 0.5)`,
    nl:
      `definitiebreuk in "${f.indicator}": ${areas} gebied(en) (${list}) in ${years} ` +
      `hebben mediaan ${outlying} in ${f.compared[1]} tegenover ${reference} in ${f.compared[0]} voor de ${referenceAreas} gebied(en) met ${referenceYears} ` +
      `(mediaanverhouding ${ratio}, rangscheiding ${separation}; een breuk is een verhouding van minstens ${minMedianRatio} met een scheiding van minstens ${minRankSeparation} ten opzichte van 0.5)`,
    en:
      `definition break in "${f.indicator}": ${areas} area(s) (${list}) in ${years} ` +
      `have median ${outlying} in ${f.compared[1]} against ${reference} in ${f.compared[0]} for the ${referenceAreas} area(s) with ${referenceYears} ` +
      `(median ratio ${ratio}, rank separation ${separation}; a break is a ratio of at least ${minMedianRatio} with a separation at least ${minRankSeparation} from 0.5)`,
  }[language];
}

export function describeCopy(f: CopiedSeries, listIndicators = true, language: Language = "en"): string {
  const indicators = listIndicators ? `: ${[...f.cells.keys()].map((i) => `"${i}"`).join(", ")}` : "";
  const [a, b, min] = [f.areas[0], f.areas[1], SERIES_THRESHOLDS.minExclusiveCells];
  return {
    fr:
      `les zones ${a} et ${b} partagent ${f.identical} cellules (indicateur, année) identiques sur ${f.common}, ` +
      `dont ${f.exclusive} avec une valeur qu'aucune autre zone n'a (une copie à partir de ${min}), ` +
      `dans ${f.cells.size} indicateur(s)${indicators.replace(/^:/, " :")}`,
    nl:
      `de gebieden ${a} en ${b} delen ${f.identical} identieke cellen (indicator, jaar) van ${f.common}, ` +
      `waarvan ${f.exclusive} met een waarde die geen ander gebied heeft (een kopie vanaf ${min}), ` +
      `in ${f.cells.size} indicator(en)${indicators}`,
    en:
      `areas ${a} and ${b} share ${f.identical} identical (indicator, year) cells of ${f.common}, ` +
      `${f.exclusive} of them with a value no other area has (a copy from ${min}), ` +
      `in ${f.cells.size} indicator(s)${indicators}`,
  }[language];
}

const span = (years: number[]) => (years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`);
const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
