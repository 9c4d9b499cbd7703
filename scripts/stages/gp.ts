import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PipelineContext } from "../lib/context.ts";
import type { Localized } from "../output/table.ts";
import { round } from "../lib/round.ts";
import type { SectorPoint } from "./geometry.ts";
import { AGE_YEAR, loadNeedWeights, sectorNeed, type NeedWeights } from "./gp-need.ts";
import { computeShortage, inamiClass, type ShortageFigures, type ShortageParameters } from "./gp-shortage.ts";
import { loadGpSupply, type GpSupply } from "./gp-supply.ts";
import type { DataQualityNote, IndicatorDefinition, IndicatorStageOutput, IndicatorValue, MethodParameter } from "./indicator-model.ts";
import { PORTAL_EXPORT, MONITORING_EXPORT, type QuartierComponents } from "./quartier-components.ts";
import { AGE_SOURCE } from "./statbel-age.ts";
import type { TerritorialModel } from "./territorial-model.ts";

/** The need weights (data/reference/gp-need-weights.csv) are derived from the as-stated GP-use figures. */
export const GP_INPUTS = [AGE_SOURCE, PORTAL_EXPORT, MONITORING_EXPORT, "web-gp-use-by-age-as-stated"];
export const SHORTAGE_PARAMETERS_FILE = "gp-shortage-parameters.json";
export const NEED_SOURCES = ["web-gp-use-by-age-as-stated", PORTAL_EXPORT, MONITORING_EXPORT, AGE_SOURCE];

/** Finds the sector containing a WGS84 point, or null outside every sector. */
export type SectorLocator = (lon: number, lat: number) => string | null;

export function loadShortageParameters(referenceDir: string): ShortageParameters & Record<string, unknown> {
  return JSON.parse(readFileSync(join(referenceDir, SHORTAGE_PARAMETERS_FILE), "utf8"));
}

export function gpStage(context: PipelineContext, model: TerritorialModel, components: QuartierComponents, sectorPoints: Map<string, SectorPoint>, locate: SectorLocator): IndicatorStageOutput {
  const weights = loadNeedWeights(context.referenceDir);
  const parameters = loadShortageParameters(context.referenceDir);
  const need = sectorNeed(context, model, components, weights);
  const supply = loadGpSupply(context);
  const levels = model.levels.filter((l) => l.kind !== "sector").map((l) => l.id);

  const sectors = model.sectors.map((s) => {
    const point = sectorPoints.get(s.code)!;
    return { code: s.code, population: s.population, needFactor: need.get(s.code)!.factor, x: point.x_l72, y: point.y_l72, territories: s.codes };
  });
  const practices = (supply?.practices ?? []).map((p) => ({ id: p.id, x: p.x_l72, y: p.y_l72, headcount: p.headcount, fte: p.fte, sector: locate(p.lon, p.lat) }));
  const shortage = computeShortage(sectors, practices, ["sector", ...levels], parameters);

  const values: IndicatorValue[] = [];
  const quality: DataQualityNote[] = [];
  // Need: every level, from the sectors' need-weighted populations.
  for (const level of ["sector", ...levels]) {
    for (const [code, figures] of shortage.byLevel.get(level)!) {
      const base = { level, territory_code: code, year: AGE_YEAR, numerator: null, denominator: null };
      const fallback = level === "sector" && need.get(code)!.basis === "commune";
      values.push(
        { ...base, indicator_id: "gp_need_index", value: figures.population > 0 ? round(figures.needPopulation / figures.population, 4) : null, numerator: round(figures.needPopulation, 1), denominator: figures.population, flag: figures.population === 0 ? "no_residents" : fallback ? "commune_fallback" : null },
        { ...base, indicator_id: "gp_need_population", value: round(figures.needPopulation, 0), flag: fallback ? "commune_fallback" : null },
      );
    }
  }
  for (const sector of model.sectors) {
    if (need.get(sector.code)!.basis === "commune" && sector.population > 0) {
      quality.push({ source_id: PORTAL_EXPORT, level: "sector", territory_code: sector.code, indicator_id: "gp_need_index", issue: "commune_fallback", detail: `Quartier ${sector.codes.quartier} has no age or BIM shares: the sector's need uses its commune's Statbel age structure and rebuilt BIM rate.` });
    }
  }
  values.push(...shortageValues(model, supply, shortage.byLevel, shortage.sectorAccess, parameters, levels));
  if (!supply) {
    quality.push({ source_id: "gp-supply", level: "region", territory_code: null, indicator_id: "gp_per_1000", issue: "supply_not_available", detail: "No open region-wide file of GP practices exists yet: the shortage indicators are not computed in this build. Register one in data/sources.json (role gp-supply) to compute them." });
  }
  return {
    definitions: definitions(supply, parameters, weights, shortage.capacityBasis),
    values,
    tables: [],
    quality,
    parameters: parameterRows(weights, parameters),
  };
}

const SHORTAGE_IDS = ["gp_per_1000", "gp_fte_per_1000", "gp_need_adjusted_per_1000", "gp_access_2sfca", "gp_share_below_threshold", "gp_share_below_severe"] as const;
type ShortageId = (typeof SHORTAGE_IDS)[number];

function shortageValues(
  model: TerritorialModel,
  supply: GpSupply | null,
  byLevel: Map<string, Map<string, ShortageFigures>>,
  sectorAccess: Map<string, number>,
  parameters: ShortageParameters,
  levels: string[],
): IndicatorValue[] {
  const year = supply ? Math.max(...supply.practices.map((p) => p.year), ...supply.counts.map((c) => c.year)) : AGE_YEAR;
  const values: IndicatorValue[] = [];
  const assumed = supply?.practices.some((p) => p.assumedHeadcount) ?? false;
  for (const level of levels) {
    for (const territory of model.territories.get(level)!) {
      const figures = byLevel.get(level)!.get(territory.code)!;
      for (const id of SHORTAGE_IDS) {
        const base = { level, territory_code: territory.code, indicator_id: id, year };
        if (!supply || supply.practices.length === 0) {
          values.push({ ...base, value: null, numerator: null, denominator: null, flag: "supply_not_available" });
          continue;
        }
        const { value, numerator, denominator } = pick(id, figures);
        const flag = value === null ? "not_computable" : (id === "gp_per_1000" || id === "gp_fte_per_1000") ? inamiClass(value, parameters) ?? (assumed ? "assumed_headcount" : null) : assumed ? "assumed_headcount" : null;
        values.push({ ...base, value: value === null ? null : round(value, 3), numerator, denominator, flag });
      }
    }
  }
  if (supply && supply.practices.length > 0) {
    for (const [code, access] of sectorAccess) {
      values.push({ level: "sector", territory_code: code, indicator_id: "gp_access_2sfca", year, value: round(access, 3), numerator: null, denominator: null, flag: assumed ? "assumed_headcount" : null });
    }
  }
  return values;
}

function pick(id: ShortageId, f: ShortageFigures): { value: number | null; numerator: number | null; denominator: number | null } {
  switch (id) {
    case "gp_per_1000": return { value: f.gpPer1000, numerator: f.headcount, denominator: f.population };
    case "gp_fte_per_1000": return { value: f.ftePer1000, numerator: f.fte, denominator: f.population };
    case "gp_need_adjusted_per_1000": return { value: f.needAdjustedPer1000, numerator: null, denominator: round(f.needPopulation, 1) };
    case "gp_access_2sfca": return { value: f.access2sfca, numerator: null, denominator: null };
    case "gp_share_below_threshold": return { value: f.shareBelowThreshold, numerator: null, denominator: f.population };
    case "gp_share_below_severe": return { value: f.shareBelowSevere, numerator: null, denominator: f.population };
  }
}

function definitions(supply: GpSupply | null, p: ShortageParameters, w: NeedWeights, basis: string): IndicatorDefinition[] {
  const status = supply && supply.practices.length > 0 ? "published" : "not_available";
  const supplySources = supply?.sources.map((s) => s.id) ?? [];
  const year = supply ? Math.max(...supply.practices.map((x) => x.year), ...supply.counts.map((c) => c.year)) : AGE_YEAR;
  const missing: Localized = {
    fr: " Offre non disponible dans cette version : aucun fichier ouvert des cabinets de médecine générale ne couvre la région ; la méthode est prête pour ces données.",
    nl: " Aanbod niet beschikbaar in deze versie: geen open bestand van huisartsenpraktijken dekt het gewest; de methode is klaar voor die gegevens.",
    en: " Supply not available in this build: no open file of GP practices covers the region; the method is ready for the data.",
  };
  const suffix = status === "published" ? { fr: "", nl: "", en: "" } : missing;
  const define = (id: string, label: Localized, unit: string, polarity: IndicatorDefinition["polarity"], method: Localized): IndicatorDefinition => ({
    id, family: "gp", label, unit, polarity, year, status, sources: [...supplySources, ...NEED_SOURCES],
    method: { fr: method.fr + suffix.fr, nl: method.nl + suffix.nl, en: method.en + suffix.en },
  });
  const needMethod: Localized = {
    fr: `Besoin attendu en médecine générale par habitant, relatif à la moyenne régionale (= 1). Structure d'âge du quartier (IBSA ${AGE_YEAR} : 65-79 ans poids ${w.age_weight_65_79}, 80 ans et plus poids ${w.age_weight_80_plus}, moins de 65 ans poids ${w.age_weight_0_64}) relevée pour la précarité (part BIM, facteur ${w.precarity_uplift_bim}). Poids tirés des contacts avec le généraliste publiés par l'AIM ; le poids des 65-79 ans est une hypothèse. Secteurs : valeurs de leur quartier.`,
    nl: `Verwachte nood aan huisartsenzorg per inwoner, relatief t.o.v. het gewestelijk gemiddelde (= 1). Leeftijdsstructuur van de wijk (BISA ${AGE_YEAR}: 65-79 jaar gewicht ${w.age_weight_65_79}, 80+ gewicht ${w.age_weight_80_plus}, jonger dan 65 gewicht ${w.age_weight_0_64}) verhoogd voor bestaansonzekerheid (aandeel VT, factor ${w.precarity_uplift_bim}). Gewichten uit de door het IMA gepubliceerde huisartscontacten; het gewicht van 65-79 is een veronderstelling. Sectoren: waarden van hun wijk.`,
    en: `Expected need for general practice per resident, relative to the regional mean (= 1). The quartier's age structure (IBSA ${AGE_YEAR}: ages 65-79 weight ${w.age_weight_65_79}, 80+ weight ${w.age_weight_80_plus}, under 65 weight ${w.age_weight_0_64}) raised for precarity (BIM share, factor ${w.precarity_uplift_bim}). Weights from GP contacts published by IMA/AIM; the 65-79 weight is an assumption. Sectors take their quartier's values.`,
  };
  const needPopulationMethod: Localized = {
    fr: `Habitants (1er janvier 2024) multipliés par leur besoin en médecine générale relatif à la moyenne régionale (indice de besoin) : le nombre d'habitants « moyens » auquel équivaut la demande attendue du territoire. La somme sur la région égale sa population. ${needMethod.fr}`,
    nl: `Inwoners (1 januari 2024) vermenigvuldigd met hun nood aan huisartsenzorg t.o.v. het gewestelijk gemiddelde (noodindex): het aantal 'gemiddelde' inwoners waarmee de verwachte vraag van het gebied overeenkomt. De som over het gewest is gelijk aan zijn bevolking. ${needMethod.nl}`,
    en: `Residents (1 January 2024) multiplied by their need for general practice relative to the regional mean (the need index): the number of 'average' residents the territory's expected demand amounts to. Summed over the region it equals the population. ${needMethod.en}`,
  };
  const capacity = basis === "fte" ? { fr: "ETP", nl: "VTE", en: "FTE" } : { fr: "médecins", nl: "artsen", en: "GPs" };
  return [
    { ...define("gp_need_index", { fr: "Besoin en médecine générale (indice)", nl: "Nood aan huisartsenzorg (index)", en: "Need for general practice (index)" }, "index_region_1", "higher_is_worse", needMethod), status: "published", sources: NEED_SOURCES, year: AGE_YEAR, method: needMethod },
    { ...define("gp_need_population", { fr: "Population pondérée par le besoin", nl: "Bevolking gewogen naar nood", en: "Need-weighted population" }, "persons", "neutral", needMethod), status: "published", sources: NEED_SOURCES, year: AGE_YEAR, method: needPopulationMethod },
    define("gp_per_1000", { fr: "Médecins généralistes pour 1 000 habitants", nl: "Huisartsen per 1.000 inwoners", en: "GPs per 1,000 residents" }, "per_1000", "higher_is_better", {
      fr: `Généralistes actifs dans le territoire pour 1 000 habitants, comparés aux seuils INAMI (pénurie sous ${p.inami_shortage_per_1000}, pénurie sévère sous ${p.inami_severe_per_1000}).`,
      nl: `Actieve huisartsen in het gebied per 1.000 inwoners, vergeleken met de RIZIV-drempels (tekort onder ${p.inami_shortage_per_1000}, ernstig tekort onder ${p.inami_severe_per_1000}).`,
      en: `Active GPs in the territory per 1,000 residents, against the INAMI thresholds (shortage below ${p.inami_shortage_per_1000}, severe below ${p.inami_severe_per_1000}).`,
    }),
    define("gp_fte_per_1000", { fr: "Généralistes en ETP pour 1 000 habitants", nl: "Huisartsen in VTE per 1.000 inwoners", en: "GP full-time equivalents per 1,000 residents" }, "per_1000", "higher_is_better", {
      fr: "Équivalents temps plein de médecine générale pour 1 000 habitants.", nl: "Voltijdse equivalenten huisartsgeneeskunde per 1.000 inwoners.", en: "General-practice full-time equivalents per 1,000 residents.",
    }),
    define("gp_need_adjusted_per_1000", { fr: "Offre rapportée au besoin", nl: "Aanbod t.o.v. de nood", en: "Supply relative to need" }, "per_1000", "higher_is_better", {
      fr: `${capacity.fr} pour 1 000 habitants pondérés par le besoin (âge et précarité).`, nl: `${capacity.nl} per 1.000 inwoners gewogen naar nood (leeftijd en bestaansonzekerheid).`, en: `${capacity.en} per 1,000 need-weighted residents (age and precarity).`,
    }),
    define("gp_access_2sfca", { fr: "Accessibilité spatiale aux généralistes (2SFCA)", nl: "Ruimtelijke toegankelijkheid van huisartsen (2SFCA)", en: "Spatial access to GPs (2SFCA)" }, "per_1000", "higher_is_better", {
      fr: `Méthode à deux étapes des aires flottantes (2SFCA) : rayon ${p.catchment_m} m à vol d'oiseau depuis le point représentatif de chaque secteur, décroissance ${p.decay}, demande pondérée par le besoin ; moyenne pondérée par la population.`,
      nl: `Two-step floating catchment area (2SFCA): straal ${p.catchment_m} m in vogelvlucht vanaf het representatieve punt van elke sector, afname ${p.decay}, vraag gewogen naar nood; bevolkingsgewogen gemiddelde.`,
      en: `Two-step floating catchment area (2SFCA): ${p.catchment_m} m straight-line radius from each sector's representative point, ${p.decay} distance decay, need-weighted demand; population-weighted mean.`,
    }),
    define("gp_share_below_threshold", { fr: "Habitants en zone sous le seuil INAMI", nl: "Inwoners in zones onder de RIZIV-drempel", en: "Residents in zones below the INAMI threshold" }, "percent", "higher_is_worse", {
      fr: `Part des habitants vivant dans un secteur dont l'accessibilité 2SFCA est inférieure à ${p.inami_shortage_per_1000} généraliste pour 1 000.`, nl: `Aandeel inwoners in een sector waarvan de 2SFCA-toegankelijkheid lager is dan ${p.inami_shortage_per_1000} huisarts per 1.000.`, en: `Share of residents living in a sector whose 2SFCA access is below ${p.inami_shortage_per_1000} GP per 1,000.`,
    }),
    define("gp_share_below_severe", { fr: "Habitants en zone de pénurie sévère", nl: "Inwoners in zones met ernstig tekort", en: "Residents in severe-shortage zones" }, "percent", "higher_is_worse", {
      fr: `Part des habitants vivant dans un secteur dont l'accessibilité 2SFCA est inférieure à ${p.inami_severe_per_1000} généraliste pour 1 000.`, nl: `Aandeel inwoners in een sector waarvan de 2SFCA-toegankelijkheid lager is dan ${p.inami_severe_per_1000} huisarts per 1.000.`, en: `Share of residents living in a sector whose 2SFCA access is below ${p.inami_severe_per_1000} GP per 1,000.`,
    }),
  ];
}

function parameterRows(w: NeedWeights, p: ShortageParameters & Record<string, unknown>): MethodParameter[] {
  return [
    ...w.rows.map((row) => ({ family: "gp" as const, parameter: row.parameter, value: row.value, status: row.status, explanation: row.derivation, source_id: row.source_id })),
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
