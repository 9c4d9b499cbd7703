import type { Localized } from "../../../src/core/languages.ts";
import type { MethodParameter } from "../indicator-model.ts";
import type { BreakThresholds } from "./definition-break.ts";
import type { PopulationParts } from "./population-bounds.ts";

/** Thresholds of the series checks, chosen with the margins measured on the Monitoring export. */
export const SERIES_THRESHOLDS: BreakThresholds & { minExclusiveCells: number } = {
  minBlockAreas: 10,
  minMedianRatio: 2,
  minRankSeparation: 0.4,
  minExclusiveCells: 30,
};

/** The Monitoring export's indicators that share out the residents of a quartier (population-bounds.ts). */
export const MONITORING_POPULATION_PARTS: PopulationParts = {
  population: "Totale bevolking",
  counts: [
    { name: "men and women", indicators: ["Aantal mannen", "Aantal vrouwen"] },
    { name: "foreign nationals", indicators: ["Totaal aantal vreemdelingen"] },
  ],
  shares: [
    {
      name: "age groups 65-79 and 80+",
      indicators: [
        "Aandeel van de 65-79 jarigen in de totale bevolking",
        "Aandeel van de 80 jaar en ouder in de totale bevolking",
      ],
    },
    {
      // "Aandeel Fransen" is left out: the French are part of the Europe of 14.
      name: "nationality groups",
      indicators: [
        "Aandeel van Europa van 14 (zonder België)",
        "Aandeel van de nieuwe lidstaten van de EU in 2004-2007-2013 toegetreden",
        "Aandeel van de Turken",
        "Aandeel van Noord-Afrika",
        "Aandeel van Sub-Saharisch Afrika",
        "Aandeel van Latijns-Amerika",
      ],
    },
  ],
  shareTolerance: 0.5,
};

/** The thresholds as published method settings. */
export function seriesCheckParameters(): MethodParameter[] {
  const setting = (parameter: string, value: number, explanation: Localized): MethodParameter => ({
    family: "fragility",
    parameter,
    value,
    status: "setting",
    explanation,
    source_id: null,
  });
  const t = SERIES_THRESHOLDS;
  return [
    setting("series_break_min_block_areas", t.minBlockAreas, {
      fr: "Test de rupture de définition sur chaque série de l'export du Monitoring : les blocs de territoires qui partagent les mêmes années (et les paires d'années consécutives) ne sont comparés qu'à partir de ce nombre de territoires.",
      nl: "Test op definitiebreuken in elke reeks van de export van de Wijkmonitoring: blokken van gebieden met dezelfde jaren (en paren van opeenvolgende jaren) worden pas vanaf dit aantal gebieden vergeleken.",
      en: "Definition-break test on every series of the Monitoring export: blocks of areas sharing the same years (and pairs of consecutive years) are compared only with at least this many areas.",
    }),
    setting("series_break_min_median_ratio", t.minMedianRatio, {
      fr: "Une rupture de définition exige que la plus grande médiane des deux blocs soit au moins ce multiple de la plus petite (plus grand rapport entre blocs cohérents de l'export : 1,81).",
      nl: "Een definitiebreuk vereist dat de grootste mediaan van de twee blokken minstens dit veelvoud van de kleinste is (grootste verhouding tussen consistente blokken van de export: 1,81).",
      en: "A definition break needs the larger median of the two blocks to be at least this multiple of the smaller one (largest ratio among consistent blocks of the export: 1.81).",
    }),
    setting("series_break_min_rank_separation", t.minRankSeparation, {
      fr: "...et que la probabilité de Mann-Whitney qu'une valeur d'un bloc dépasse une valeur de l'autre s'écarte d'au moins cette distance de 0,5 (0,4 : neuf paires sur dix d'un même côté). share_65_alone : rapport 3,8, probabilité 0,01.",
      nl: "...en dat de Mann-Whitney-kans dat een waarde van het ene blok een waarde van het andere overschrijdt minstens zo ver van 0,5 ligt (0,4: negen paren op tien aan één kant). share_65_alone: verhouding 3,8, kans 0,01.",
      en: "...and the Mann-Whitney probability that a value of one block exceeds a value of the other at least this far from 0.5 (0.4: nine pairs in ten on one side). share_65_alone: ratio 3.8, probability 0.01.",
    }),
    setting("series_copy_min_exclusive_cells", t.minExclusiveCells, {
      fr: "Deux territoires sont une copie quand au moins ce nombre de cellules (indicateur, année) sont identiques avec une valeur qu'aucun troisième territoire n'a cette année-là (hasard et arrondis : au plus 7 pour toute paire de l'export ; 108/109 : 280).",
      nl: "Twee gebieden zijn een kopie als minstens dit aantal cellen (indicator, jaar) identiek is met een waarde die geen derde gebied dat jaar heeft (toeval en afronding: hoogstens 7 voor elk paar van de export; 108/109: 280).",
      en: "Two areas are a copy when at least this many (indicator, year) cells are identical with a value no third area has that year (chance and rounding: at most 7 for any pair of the export; 108/109: 280).",
    }),
    setting("series_population_share_tolerance", MONITORING_POPULATION_PARTS.shareTolerance, {
      fr: "Des parts disjointes des habitants d'un territoire (groupes d'âge, groupes de nationalité) peuvent totaliser 100 plus cet arrondi, en points ; les effectifs d'habitants ne peuvent dépasser la population de la même année.",
      nl: "Niet-overlappende aandelen van de inwoners van een gebied (leeftijdsgroepen, nationaliteitsgroepen) mogen samen 100 plus deze afronding halen, in punten; aantallen inwoners mogen de bevolking van hetzelfde jaar niet overschrijden.",
      en: "Disjoint shares of one area's residents (age groups, nationality groups) may add up to 100 plus this rounding, in points; counts of residents may not exceed the same year's population.",
    }),
  ];
}
