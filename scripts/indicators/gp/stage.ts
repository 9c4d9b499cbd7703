import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PipelineContext } from "../../lib/context.ts";
import type { Localized } from "../../../src/core/languages.ts";
import { round } from "../../lib/round.ts";
import { POPULATION_YEAR } from "../population/stage.ts";
import type { SectorPoint } from "../../territory/geometry.ts";
import { ageYear, loadNeedWeights, sectorNeed, type NeedWeights } from "./need.ts";
import { countedCapacity, type CountedCapacity } from "./counts.ts";
import { computeShortage, inamiClass, type ShortageFigures, type ShortageParameters } from "./shortage.ts";
import { loadGpSupply, type GpSupply } from "./supply.ts";
import type {
  DataQualityNote,
  IndicatorDefinition,
  IndicatorStageOutput,
  IndicatorValue,
  MethodParameter,
} from "../indicator-model.ts";
import {
  COMPONENT_SOURCES,
  PORTAL_EXPORT,
  MONITORING_EXPORT,
  type QuartierComponents,
} from "../fragility/quartier-components.ts";
import type { SectorLocator } from "../../territory/sector-locator.ts";
import { AGE_SOURCE } from "../../raw/statbel-population-age-sex-commune.ts";
import { SOURCES, type TerritorialModel } from "../../territory/territorial-model.ts";

/**
 * What the need indicators rest on: the GP-use figures the weights derive from
 * (data/reference/gp-need-weights.csv), the age and BIM shares, Statbel's commune age bands
 * (fallback) and the sector populations.
 */
export const NEED_SOURCES = [
  "web-gp-use-by-age-as-stated",
  PORTAL_EXPORT,
  MONITORING_EXPORT,
  AGE_SOURCE,
  SOURCES.sectors,
];
export const GP_INPUTS = NEED_SOURCES;
export const SHORTAGE_PARAMETERS_FILE = "gp-shortage-parameters.json";

/**
 * Which supply the shortage indicators use: located practices (every indicator), counts per
 * quartier (ratios only: 2SFCA needs positions), or none. Practices win when both are registered.
 */
type SupplyBasis =
  | { kind: "none" }
  | { kind: "practices"; supply: GpSupply; year: number; assumedHeadcount: boolean }
  | {
      kind: "counts";
      supply: GpSupply;
      year: number;
      capacity: Map<string, Map<string, CountedCapacity> | null>;
      capacityBasis: "fte" | "headcount";
    };

export function loadShortageParameters(referenceDir: string): ShortageParameters & Record<string, unknown> {
  return JSON.parse(readFileSync(join(referenceDir, SHORTAGE_PARAMETERS_FILE), "utf8"));
}

export function gpStage(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
  sectorPoints: Map<string, SectorPoint>,
  locate: SectorLocator,
): IndicatorStageOutput {
  const weights = loadNeedWeights(context.referenceDir);
  const parameters = loadShortageParameters(context.referenceDir);
  const need = sectorNeed(context, model, components, weights);
  const needYear = ageYear(components);
  const supply = loadGpSupply(context);
  const levels = model.levels.filter((l) => l.kind !== "sector").map((l) => l.id);
  const basis = supplyBasis(model, supply, levels);

  const sectors = model.sectors.map((s) => {
    const point = sectorPoints.get(s.code)!;
    return {
      code: s.code,
      population: s.population,
      needFactor: need.get(s.code)!.factor,
      x: point.x_l72,
      y: point.y_l72,
      territories: s.codes,
    };
  });
  const practices =
    basis.kind === "practices"
      ? basis.supply.practices.map((p) => ({
          id: p.id,
          x: p.x_l72,
          y: p.y_l72,
          headcount: p.headcount,
          fte: p.fte,
          sector: locate(p.lon, p.lat),
        }))
      : [];
  const shortage = computeShortage(sectors, practices, ["sector", ...levels], parameters);

  const values: IndicatorValue[] = [];
  const quality: DataQualityNote[] = [];
  // Need: every level, from the sectors' need-weighted populations.
  for (const level of ["sector", ...levels]) {
    for (const [code, figures] of shortage.byLevel.get(level)!) {
      const base = { level, territory_code: code, year: needYear, numerator: null, denominator: null };
      const fallback = level === "sector" && need.get(code)!.basis === "commune";
      values.push(
        {
          ...base,
          indicator_id: "gp_need_index",
          value: figures.population > 0 ? round(figures.needPopulation / figures.population, 4) : null,
          numerator: round(figures.needPopulation, 1),
          denominator: figures.population,
          flag: figures.population === 0 ? "no_residents" : fallback ? "commune_fallback" : null,
        },
        {
          ...base,
          indicator_id: "gp_need_population",
          value: round(figures.needPopulation, 0),
          flag: fallback ? "commune_fallback" : null,
        },
      );
    }
  }
  for (const sector of model.sectors) {
    if (need.get(sector.code)!.basis === "commune" && sector.population > 0) {
      // The note is about the missing age shares; the fallback itself reads Statbel's age bands.
      quality.push({
        source_id: COMPONENT_SOURCES.share_80_plus.source,
        level: "sector",
        territory_code: sector.code,
        indicator_id: "gp_need_index",
        issue: "commune_fallback",
        detail: `Quartier ${sector.codes.quartier} has no age or BIM shares: the sector's need uses its commune's Statbel age structure (${AGE_SOURCE}) and rebuilt BIM rate.`,
      });
    }
  }
  values.push(...shortageValues(model, basis, shortage.byLevel, shortage.sectorAccess, parameters, levels, needYear));
  quality.push(...supplyNotes(basis, levels));
  return {
    definitions: definitions(basis, parameters, weights, shortage.capacityBasis, needYear),
    values,
    tables: [],
    quality,
    parameters: parameterRows(weights, parameters),
  };
}

function supplyBasis(model: TerritorialModel, supply: GpSupply | null, levels: string[]): SupplyBasis {
  if (supply && supply.practices.length > 0) {
    return {
      kind: "practices",
      supply,
      year: Math.max(...supply.practices.map((p) => p.year)),
      assumedHeadcount: supply.practices.some((p) => p.assumedHeadcount),
    };
  }
  if (supply && supply.counts.length > 0) {
    return {
      kind: "counts",
      supply,
      year: Math.max(...supply.counts.map((c) => c.year)),
      capacity: countedCapacity(model, supply.counts, levels),
      capacityBasis: supply.counts.every((c) => c.fte !== null) ? "fte" : "headcount",
    };
  }
  return { kind: "none" };
}

/** Says plainly what the supply could not give. */
function supplyNotes(basis: SupplyBasis, levels: string[]): DataQualityNote[] {
  const region = { level: "region", territory_code: null };
  if (basis.kind === "none") {
    return [
      {
        source_id: null,
        ...region,
        indicator_id: "gp_per_1000",
        issue: "supply_not_available",
        detail:
          "No open region-wide file of GP practices exists yet: the shortage indicators are not computed in this build. Register one in data/sources.json (role gp-supply) to compute them.",
      },
    ];
  }
  const sources = basis.supply.sources.map((s) => s.id);
  if (basis.kind === "practices") {
    return basis.supply.counts.length === 0
      ? []
      : [
          {
            source_id: basis.supply.counts[0]!.source_id,
            ...region,
            indicator_id: "gp_per_1000",
            issue: "counts_not_used",
            detail: `Located practices (${sources.join(", ")}) are used; the counts per quartier are not added to them, which would count GPs twice.`,
          },
        ];
  }
  const source_id = basis.supply.counts[0]!.source_id;
  return [
    ...SPATIAL_IDS.map((id) => ({
      source_id,
      ...region,
      indicator_id: id,
      issue: "needs_practice_locations",
      detail:
        "The GP supply is given as counts per quartier, without positions: spatial access (2SFCA) and the shares of residents below the INAMI thresholds need located practices.",
    })),
    ...levels
      .filter((level) => basis.capacity.get(level) === null)
      .map((level) => ({
        source_id,
        level,
        territory_code: null,
        indicator_id: "gp_per_1000",
        issue: "counts_do_not_nest",
        detail: `Some quartiers lie in more than one ${level}: counts per quartier cannot be split between them, so the ${level} ratios are not computed.`,
      })),
  ];
}

const SHORTAGE_IDS = [
  "gp_per_1000",
  "gp_fte_per_1000",
  "gp_need_adjusted_per_1000",
  "gp_access_2sfca",
  "gp_share_below_threshold",
  "gp_share_below_severe",
] as const;
type ShortageId = (typeof SHORTAGE_IDS)[number];
/** The indicators that need practice positions. */
const SPATIAL_IDS: readonly ShortageId[] = ["gp_access_2sfca", "gp_share_below_threshold", "gp_share_below_severe"];

function shortageValues(
  model: TerritorialModel,
  basis: SupplyBasis,
  byLevel: Map<string, Map<string, ShortageFigures>>,
  sectorAccess: Map<string, number>,
  parameters: ShortageParameters,
  levels: string[],
  needYear: number,
): IndicatorValue[] {
  const year = basis.kind === "none" ? needYear : basis.year;
  const assumed = basis.kind === "practices" && basis.assumedHeadcount;
  const values: IndicatorValue[] = [];
  for (const level of levels) {
    for (const territory of model.territories.get(level)!) {
      const figures = byLevel.get(level)!.get(territory.code)!;
      for (const id of SHORTAGE_IDS) {
        const base = { level, territory_code: territory.code, indicator_id: id, year };
        if (basis.kind === "none") {
          values.push({ ...base, value: null, numerator: null, denominator: null, flag: "supply_not_available" });
          continue;
        }
        const { value, numerator, denominator } =
          basis.kind === "practices"
            ? pick(id, figures)
            : pickCounted(id, figures, basis.capacity.get(level)?.get(territory.code) ?? null, basis.capacityBasis);
        const flag =
          value === null
            ? "not_computable"
            : id === "gp_per_1000" || id === "gp_fte_per_1000"
              ? (inamiClass(value, parameters) ?? (assumed ? "assumed_headcount" : null))
              : assumed
                ? "assumed_headcount"
                : null;
        values.push({ ...base, value: value === null ? null : round(value, 3), numerator, denominator, flag });
      }
    }
  }
  if (basis.kind === "practices") {
    for (const [code, access] of sectorAccess) {
      values.push({
        level: "sector",
        territory_code: code,
        indicator_id: "gp_access_2sfca",
        year,
        value: round(access, 3),
        numerator: null,
        denominator: null,
        flag: assumed ? "assumed_headcount" : null,
      });
    }
  }
  return values;
}

/** A territory's ratios from counts per quartier; null where a count is missing or the level does not nest. */
function pickCounted(
  id: ShortageId,
  f: ShortageFigures,
  c: CountedCapacity | null,
  capacityBasis: "fte" | "headcount",
): { value: number | null; numerator: number | null; denominator: number | null } {
  const per1000 = (value: number | null, base: number) => (value === null || base <= 0 ? null : (1000 * value) / base);
  switch (id) {
    case "gp_per_1000":
      return {
        value: per1000(c?.headcount ?? null, f.population),
        numerator: c?.headcount ?? null,
        denominator: f.population,
      };
    case "gp_fte_per_1000":
      return { value: per1000(c?.fte ?? null, f.population), numerator: c?.fte ?? null, denominator: f.population };
    case "gp_need_adjusted_per_1000":
      return {
        value: per1000(c?.[capacityBasis] ?? null, f.needPopulation),
        numerator: null,
        denominator: round(f.needPopulation, 1),
      };
    default:
      return { value: null, numerator: null, denominator: null };
  }
}

function pick(
  id: ShortageId,
  f: ShortageFigures,
): { value: number | null; numerator: number | null; denominator: number | null } {
  switch (id) {
    case "gp_per_1000":
      return { value: f.gpPer1000, numerator: f.headcount, denominator: f.population };
    case "gp_fte_per_1000":
      return { value: f.ftePer1000, numerator: f.fte, denominator: f.population };
    case "gp_need_adjusted_per_1000":
      return { value: f.needAdjustedPer1000, numerator: null, denominator: round(f.needPopulation, 1) };
    case "gp_access_2sfca":
      return { value: f.access2sfca, numerator: null, denominator: null };
    case "gp_share_below_threshold":
      return { value: f.shareBelowThreshold, numerator: null, denominator: f.population };
    case "gp_share_below_severe":
      return { value: f.shareBelowSevere, numerator: null, denominator: f.population };
  }
}

function definitions(
  basis: SupplyBasis,
  p: ShortageParameters,
  w: NeedWeights,
  practiceCapacity: string,
  needYear: number,
): IndicatorDefinition[] {
  const supplySources = basis.kind === "none" ? [] : basis.supply.sources.map((s) => s.id);
  const year = basis.kind === "none" ? needYear : basis.year;
  const notAvailable: Localized = {
    fr: " Offre non disponible dans cette version : aucun fichier ouvert des cabinets de médecine générale ne couvre la région ; la méthode est prête pour ces données.",
    nl: " Aanbod niet beschikbaar in deze versie: geen open bestand van huisartsenpraktijken dekt het gewest; de methode is klaar voor die gegevens.",
    en: " Supply not available in this build: no open file of GP practices covers the region; the method is ready for the data.",
  };
  const fromCounts: Localized = {
    fr: " Offre donnée en nombres de généralistes par quartier : calculé pour les territoires formés de quartiers entiers.",
    nl: " Aanbod gegeven als aantallen huisartsen per wijk: berekend voor gebieden die uit hele wijken bestaan.",
    en: " Supply given as GP counts per quartier: computed for territories made of whole quartiers.",
  };
  const needsLocations: Localized = {
    fr: " Non calculé dans cette version : l'offre est donnée en nombres par quartier, sans la position des cabinets que cette méthode demande.",
    nl: " Niet berekend in deze versie: het aanbod is gegeven als aantallen per wijk, zonder de ligging van de praktijken die deze methode vraagt.",
    en: " Not computed in this build: the supply is given as counts per quartier, without the practice positions this method needs.",
  };
  const define = (
    id: ShortageId,
    label: Localized,
    unit: string,
    polarity: IndicatorDefinition["polarity"],
    method: Localized,
  ): IndicatorDefinition => {
    const spatial = SPATIAL_IDS.includes(id);
    const available = basis.kind === "practices" || (basis.kind === "counts" && !spatial);
    const suffix =
      basis.kind === "none" ? notAvailable : basis.kind === "counts" ? (spatial ? needsLocations : fromCounts) : null;
    return {
      id,
      family: "gp",
      label,
      unit,
      polarity,
      year,
      status: available ? "published" : "not_available",
      sources: [...supplySources, ...NEED_SOURCES],
      method: suffix ? { fr: method.fr + suffix.fr, nl: method.nl + suffix.nl, en: method.en + suffix.en } : method,
    };
  };
  const needDefinition = (
    id: string,
    label: Localized,
    unit: string,
    polarity: IndicatorDefinition["polarity"],
    method: Localized,
  ): IndicatorDefinition => ({
    id,
    family: "gp",
    label,
    unit,
    polarity,
    year: needYear,
    status: "published",
    sources: NEED_SOURCES,
    method,
  });
  const needMethod: Localized = {
    fr: `Besoin attendu en médecine générale par habitant, relatif à la moyenne régionale (= 1). Structure d'âge du quartier (IBSA ${needYear} : 65-79 ans poids ${w.age_weight_65_79}, 80 ans et plus poids ${w.age_weight_80_plus}, moins de 65 ans poids ${w.age_weight_0_64}) relevée pour la précarité (part BIM, facteur ${w.precarity_uplift_bim}). Poids tirés des contacts avec le généraliste publiés par l'AIM ; le poids des 65-79 ans est une hypothèse. Secteurs : valeurs de leur quartier.`,
    nl: `Verwachte nood aan huisartsenzorg per inwoner, relatief t.o.v. het gewestelijk gemiddelde (= 1). Leeftijdsstructuur van de wijk (BISA ${needYear}: 65-79 jaar gewicht ${w.age_weight_65_79}, 80+ gewicht ${w.age_weight_80_plus}, jonger dan 65 gewicht ${w.age_weight_0_64}) verhoogd voor bestaansonzekerheid (aandeel VT, factor ${w.precarity_uplift_bim}). Gewichten uit de door het IMA gepubliceerde huisartscontacten; het gewicht van 65-79 is een veronderstelling. Sectoren: waarden van hun wijk.`,
    en: `Expected need for general practice per resident, relative to the regional mean (= 1). The quartier's age structure (IBSA ${needYear}: ages 65-79 weight ${w.age_weight_65_79}, 80+ weight ${w.age_weight_80_plus}, under 65 weight ${w.age_weight_0_64}) raised for precarity (BIM share, factor ${w.precarity_uplift_bim}). Weights from GP contacts published by IMA/AIM; the 65-79 weight is an assumption. Sectors take their quartier's values.`,
  };
  const needPopulationMethod: Localized = {
    fr: `Habitants (1er janvier ${POPULATION_YEAR}) multipliés par leur besoin en médecine générale relatif à la moyenne régionale (indice de besoin) : le nombre d'habitants « moyens » auquel équivaut la demande attendue du territoire. La somme sur la région égale sa population. ${needMethod.fr}`,
    nl: `Inwoners (1 januari ${POPULATION_YEAR}) vermenigvuldigd met hun nood aan huisartsenzorg t.o.v. het gewestelijk gemiddelde (noodindex): het aantal 'gemiddelde' inwoners waarmee de verwachte vraag van het gebied overeenkomt. De som over het gewest is gelijk aan zijn bevolking. ${needMethod.nl}`,
    en: `Residents (1 January ${POPULATION_YEAR}) multiplied by their need for general practice relative to the regional mean (the need index): the number of 'average' residents the territory's expected demand amounts to. Summed over the region it equals the population. ${needMethod.en}`,
  };
  const capacityBasis = basis.kind === "counts" ? basis.capacityBasis : practiceCapacity;
  const capacity =
    capacityBasis === "fte" ? { fr: "ETP", nl: "VTE", en: "FTE" } : { fr: "médecins", nl: "artsen", en: "GPs" };
  return [
    needDefinition(
      "gp_need_index",
      {
        fr: "Besoin en médecine générale (indice)",
        nl: "Nood aan huisartsenzorg (index)",
        en: "Need for general practice (index)",
      },
      "index_region_1",
      "higher_is_worse",
      needMethod,
    ),
    needDefinition(
      "gp_need_population",
      { fr: "Population pondérée par le besoin", nl: "Bevolking gewogen naar nood", en: "Need-weighted population" },
      "persons",
      "neutral",
      needPopulationMethod,
    ),
    define(
      "gp_per_1000",
      {
        fr: "Médecins généralistes pour 1 000 habitants",
        nl: "Huisartsen per 1.000 inwoners",
        en: "GPs per 1,000 residents",
      },
      "per_1000",
      "higher_is_better",
      {
        fr: `Généralistes actifs dans le territoire pour 1 000 habitants, comparés aux seuils INAMI (pénurie sous ${p.inami_shortage_per_1000}, pénurie sévère sous ${p.inami_severe_per_1000}).`,
        nl: `Actieve huisartsen in het gebied per 1.000 inwoners, vergeleken met de RIZIV-drempels (tekort onder ${p.inami_shortage_per_1000}, ernstig tekort onder ${p.inami_severe_per_1000}).`,
        en: `Active GPs in the territory per 1,000 residents, against the INAMI thresholds (shortage below ${p.inami_shortage_per_1000}, severe below ${p.inami_severe_per_1000}).`,
      },
    ),
    define(
      "gp_fte_per_1000",
      {
        fr: "Généralistes en ETP pour 1 000 habitants",
        nl: "Huisartsen in VTE per 1.000 inwoners",
        en: "GP full-time equivalents per 1,000 residents",
      },
      "per_1000",
      "higher_is_better",
      {
        fr: "Équivalents temps plein de médecine générale pour 1 000 habitants.",
        nl: "Voltijdse equivalenten huisartsgeneeskunde per 1.000 inwoners.",
        en: "General-practice full-time equivalents per 1,000 residents.",
      },
    ),
    define(
      "gp_need_adjusted_per_1000",
      { fr: "Offre rapportée au besoin", nl: "Aanbod t.o.v. de nood", en: "Supply relative to need" },
      "per_1000",
      "higher_is_better",
      {
        fr: `${capacity.fr} pour 1 000 habitants pondérés par le besoin (âge et précarité).`,
        nl: `${capacity.nl} per 1.000 inwoners gewogen naar nood (leeftijd en bestaansonzekerheid).`,
        en: `${capacity.en} per 1,000 need-weighted residents (age and precarity).`,
      },
    ),
    define(
      "gp_access_2sfca",
      {
        fr: "Accessibilité spatiale aux généralistes (2SFCA)",
        nl: "Ruimtelijke toegankelijkheid van huisartsen (2SFCA)",
        en: "Spatial access to GPs (2SFCA)",
      },
      "per_1000",
      "higher_is_better",
      {
        fr: `Méthode à deux étapes des aires flottantes (2SFCA) : rayon ${p.catchment_m} m à vol d'oiseau depuis le point représentatif de chaque secteur, décroissance ${p.decay}, demande pondérée par le besoin ; moyenne pondérée par la population.`,
        nl: `Two-step floating catchment area (2SFCA): straal ${p.catchment_m} m in vogelvlucht vanaf het representatieve punt van elke sector, afname ${p.decay}, vraag gewogen naar nood; bevolkingsgewogen gemiddelde.`,
        en: `Two-step floating catchment area (2SFCA): ${p.catchment_m} m straight-line radius from each sector's representative point, ${p.decay} distance decay, need-weighted demand; population-weighted mean.`,
      },
    ),
    define(
      "gp_share_below_threshold",
      {
        fr: "Habitants en zone sous le seuil INAMI",
        nl: "Inwoners in zones onder de RIZIV-drempel",
        en: "Residents in zones below the INAMI threshold",
      },
      "percent",
      "higher_is_worse",
      {
        fr: `Part des habitants vivant dans un secteur dont l'accessibilité 2SFCA est inférieure à ${p.inami_shortage_per_1000} généraliste pour 1 000.`,
        nl: `Aandeel inwoners in een sector waarvan de 2SFCA-toegankelijkheid lager is dan ${p.inami_shortage_per_1000} huisarts per 1.000.`,
        en: `Share of residents living in a sector whose 2SFCA access is below ${p.inami_shortage_per_1000} GP per 1,000.`,
      },
    ),
    define(
      "gp_share_below_severe",
      {
        fr: "Habitants en zone de pénurie sévère",
        nl: "Inwoners in zones met ernstig tekort",
        en: "Residents in severe-shortage zones",
      },
      "percent",
      "higher_is_worse",
      {
        fr: `Part des habitants vivant dans un secteur dont l'accessibilité 2SFCA est inférieure à ${p.inami_severe_per_1000} généraliste pour 1 000.`,
        nl: `Aandeel inwoners in een sector waarvan de 2SFCA-toegankelijkheid lager is dan ${p.inami_severe_per_1000} huisarts per 1.000.`,
        en: `Share of residents living in a sector whose 2SFCA access is below ${p.inami_severe_per_1000} GP per 1,000.`,
      },
    ),
  ];
}

function parameterRows(w: NeedWeights, p: ShortageParameters & Record<string, unknown>): MethodParameter[] {
  return [
    ...w.rows.map((row) => ({
      family: "gp" as const,
      parameter: row.parameter,
      value: row.value,
      status: row.status,
      explanation: row.derivation,
      source_id: row.source_id,
    })),
    ...(["inami_shortage_per_1000", "inami_severe_per_1000", "catchment_m", "decay"] as const).map((key) => ({
      family: "gp" as const,
      parameter: key,
      value: p[key],
      status: "setting" as const,
      explanation: String(p[`${key.replace(/_per_1000|_m$/, "")}_source`] ?? ""),
      source_id: null,
    })),
  ];
}
