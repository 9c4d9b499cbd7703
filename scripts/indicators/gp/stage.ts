import { join } from "node:path";
import type { PipelineContext } from "../../lib/context.ts";
import { round } from "../../lib/round.ts";
import type { SectorPoint } from "../../territory/geometry.ts";
import { ageYear, sectorNeed, type SectorNeed } from "./need.ts";
import { loadNeedWeights } from "./need-weights.ts";
import { countedCapacity, type CountedCapacity } from "./counts.ts";
import {
  computeShortage,
  inamiClass,
  type ShortageFigures,
  type ShortageParameters,
} from "../../../src/core/gp/shortage.ts";
import { loadGpSupply, type GpSupply } from "./supply.ts";
import { needIndexOf, pipelineRegisterGeography } from "./register-geography.ts";
import { registerShortageResult, type RegisterParameters } from "../../../src/core/gp/register/index.ts";
import { checkGpSupplyFloor, gpLimitParameters } from "./limits.ts";
import type { DataQualityNote, IndicatorStageOutput, IndicatorValue, MethodParameter } from "../indicator-model.ts";
import { qualityDetail, qualityDetailIn } from "../quality-detail.ts";
import type { Language } from "../../../src/core/languages.ts";
import { COMPONENT_SOURCES, type QuartierComponents } from "../fragility/components.ts";
import { AGE_SOURCE } from "../../raw/statbel-population-age-sex-commune.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import { NEED_SOURCES, SHORTAGE_IDS, SPATIAL_IDS, gpDefinitions, type ShortageId } from "./catalogue.ts";
import { readJson } from "../../sources/read-text.ts";
import { InputError } from "../../lib/errors.ts";
import { languages, type Localized } from "../../../src/core/languages.ts";

export const GP_INPUTS = NEED_SOURCES;
export const SHORTAGE_PARAMETERS_FILE = "gp-shortage-parameters.json";

/**
 * Which supply the shortage indicators use: located practices (every indicator), counts per
 * quartier (ratios only: 2SFCA needs positions), or none. Practices win when both are registered.
 */
type SupplyBasis =
  | { kind: "none" }
  | { kind: "practices"; supply: GpSupply; year: number; assumedHeadcount: boolean; yearless: string[] }
  | {
      kind: "counts";
      supply: GpSupply;
      year: number;
      capacity: Map<string, Map<string, CountedCapacity> | null>;
      capacityBasis: "fte" | "headcount";
    };

/** Each published shortage parameter and the field holding its reason in every language. */
const SHORTAGE_REASONS = {
  inami_shortage_per_1000: "inami_shortage_source",
  inami_severe_per_1000: "inami_severe_source",
  catchment_m: "catchment_source",
  decay: "decay_source",
  fte_per_gp: "fte_per_gp_source",
} as const;
type ShortageReasons = Record<(typeof SHORTAGE_REASONS)[keyof typeof SHORTAGE_REASONS], Localized>;

/** The reviewed shortage parameters; a reason missing in one language stops the run, naming the field. */
export function loadShortageParameters(referenceDir: string): RegisterParameters & ShortageReasons {
  const path = join(referenceDir, SHORTAGE_PARAMETERS_FILE);
  const parameters = readJson(path) as Record<string, unknown>;
  for (const [key, field] of Object.entries(SHORTAGE_REASONS)) {
    const reason = parameters[field] as Partial<Localized> | undefined;
    for (const language of languages)
      if (typeof reason?.[language] !== "string" || !reason[language]!.trim())
        throw new InputError(
          path,
          `the reason for ${key} is missing or empty in "${language}": give it in fr, nl and en`,
          {
            column: `${field}.${language}`,
          },
        );
  }
  return parameters as unknown as RegisterParameters & ShortageReasons;
}

/**
 * The GP family: need per sector and territory, then the shortage from whatever supply this run
 * has. Located practices are measured against the geography the site publishes (sector residents,
 * published need index, published polygons), through the same code as the browser's
 * bring-your-own page, so the two give identical figures for the same register.
 */
export async function gpStage(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
  sectorPoints: Map<string, SectorPoint>,
  sectorTopology: string,
): Promise<IndicatorStageOutput> {
  const needYear = ageYear(components);
  const weights = loadNeedWeights(context, needYear);
  const parameters = loadShortageParameters(context.referenceDir);
  const need = sectorNeed(context, model, components, weights);
  const levels = model.levels.filter((l) => l.kind !== "sector").map((l) => l.id);

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
  // Need does not depend on supply: computed without practices.
  const needFigures = computeShortage(sectors, [], ["sector", ...levels], parameters);
  const geography = pipelineRegisterGeography(model, sectorPoints, needFigures.byLevel.get("sector")!, sectorTopology);
  const supply = await loadGpSupply(context, geography, parameters);
  const basis = supplyBasis(model, supply, levels, needYear);
  if (basis.kind !== "none") checkGpSupplyFloor(context, basis.supply, basis.kind, regionPopulation(model));
  const shortage =
    basis.kind === "practices"
      ? registerShortageResult(
          basis.supply.practices.map((p) => p.town),
          geography,
          parameters,
        )
      : needFigures;

  const values: IndicatorValue[] = [];
  // A sector, or a quartier with residents in such a sector, whose need rests on commune figures.
  const fallback = fallbackTerritories(model, need);
  for (const level of ["sector", ...levels]) {
    for (const [code, figures] of needFigures.byLevel.get(level)!) {
      const base = { level, territory_code: code, year: needYear, numerator: null, denominator: null };
      const flag = fallback.get(level)?.has(code) ? "commune_fallback" : null;
      values.push(
        {
          ...base,
          indicator_id: "gp_need_index",
          value: needIndexOf(figures),
          numerator: round(figures.needPopulation, 1),
          denominator: figures.population,
          flag: figures.population === 0 ? "no_residents" : flag,
        },
        { ...base, indicator_id: "gp_need_population", value: round(figures.needPopulation, 0), flag },
      );
    }
  }
  const quality = fallbackNotes(model, need);
  values.push(...shortageValues(model, basis, shortage.byLevel, shortage.sectorAccess, parameters, levels, needYear));
  quality.push(...supplyNotes(basis, levels, needYear));
  return {
    definitions: gpDefinitions(
      {
        kind: basis.kind,
        sources: basis.kind === "none" ? [] : basis.supply.sources.map((s) => s.id),
        year: basis.kind === "none" ? needYear : basis.year,
        capacityBasis: basis.kind === "counts" ? basis.capacityBasis : shortage.capacityBasis,
      },
      parameters,
      weights,
      needYear,
    ),
    values,
    tables: [],
    quality,
    parameters: [...weights.rows, ...shortageParameterRows(parameters), ...gpLimitParameters],
  };
}

function regionPopulation(model: TerritorialModel): number {
  return model.territories.get(model.levels.find((l) => l.kind === "region")!.id)![0]!.population;
}

function supplyBasis(
  model: TerritorialModel,
  supply: GpSupply | null,
  levels: string[],
  needYear: number,
): SupplyBasis {
  if (supply && supply.practices.length > 0) {
    const years = supply.practices.flatMap((p) => (p.year === null ? [] : [p.year]));
    return {
      kind: "practices",
      supply,
      // A register without a year column is dated by the need figures it is measured against.
      year: years.length > 0 ? Math.max(...years) : needYear,
      assumedHeadcount: supply.practices.some((p) => p.assumedHeadcount),
      yearless: [...new Set(supply.practices.filter((p) => p.year === null).map((p) => p.source_id))],
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
function supplyNotes(basis: SupplyBasis, levels: string[], needYear: number): DataQualityNote[] {
  const region = { level: "region", territory_code: null };
  if (basis.kind === "none") {
    return [
      {
        source_id: null,
        ...region,
        indicator_id: "gp_per_1000",
        issue: "supply_not_available",
        ...qualityDetail({
          fr: "Il n'existe pas encore de fichier ouvert des cabinets de médecine générale pour toute la région : les indicateurs de pénurie ne sont pas calculés dans cette version. Enregistrez-en un dans data/sources.json (rôle gp-supply) pour les calculer.",
          nl: "Er bestaat nog geen open bestand van de huisartsenpraktijken voor het hele gewest: de tekortindicatoren worden in deze versie niet berekend. Registreer er een in data/sources.json (rol gp-supply) om ze te berekenen.",
          en: "No open region-wide file of GP practices exists yet: the shortage indicators are not computed in this build. Register one in data/sources.json (role gp-supply) to compute them.",
        }),
      },
    ];
  }
  const sources = basis.supply.sources.map((s) => s.id);
  if (basis.kind === "practices") {
    const yearless = basis.yearless.map((source_id) => ({
      source_id,
      ...region,
      indicator_id: "gp_per_1000",
      issue: "supply_year_not_stated",
      ...qualityDetail(
        basis.year === needYear
          ? {
              fr: `Les lignes du registre ${source_id} ne donnent pas d'année : les indicateurs de pénurie sont datés de ${basis.year}, l'année des chiffres de besoin auxquels ils sont rapportés.`,
              nl: `De rijen van het register ${source_id} vermelden geen jaar: de tekortindicatoren zijn gedateerd ${basis.year}, het jaar van de behoeftecijfers waaraan ze worden afgemeten.`,
              en: `Rows of the register ${source_id} give no year: the shortage indicators are dated ${basis.year}, the year of the need figures they are measured against.`,
            }
          : {
              fr: `Les lignes du registre ${source_id} ne donnent pas d'année : les indicateurs de pénurie sont datés de ${basis.year}, la dernière année que les registres indiquent.`,
              nl: `De rijen van het register ${source_id} vermelden geen jaar: de tekortindicatoren zijn gedateerd ${basis.year}, het laatste jaar dat de registers vermelden.`,
              en: `Rows of the register ${source_id} give no year: the shortage indicators are dated ${basis.year}, the latest year the registers state.`,
            },
      ),
    }));
    return basis.supply.counts.length === 0
      ? yearless
      : [
          ...yearless,
          {
            source_id: basis.supply.counts[0]!.source_id,
            ...region,
            indicator_id: "gp_per_1000",
            issue: "counts_not_used",
            ...qualityDetail({
              fr: `Les cabinets localisés (${sources.join(", ")}) sont utilisés ; les comptages par quartier ne s'y ajoutent pas, ce qui compterait des médecins deux fois.`,
              nl: `De gelokaliseerde praktijken (${sources.join(", ")}) worden gebruikt; de tellingen per wijk worden er niet bij opgeteld, wat huisartsen dubbel zou tellen.`,
              en: `Located practices (${sources.join(", ")}) are used; the counts per quartier are not added to them, which would count GPs twice.`,
            }),
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
      ...qualityDetail({
        fr: "L'offre de médecine générale est donnée en comptages par quartier, sans positions : l'accessibilité spatiale (2SFCA) et les parts d'habitants sous les seuils de l'INAMI demandent des cabinets localisés.",
        nl: "Het huisartsenaanbod wordt gegeven als tellingen per wijk, zonder posities: de ruimtelijke toegankelijkheid (2SFCA) en de aandelen inwoners onder de RIZIV-drempels vereisen gelokaliseerde praktijken.",
        en: "The GP supply is given as counts per quartier, without positions: spatial access (2SFCA) and the shares of residents below the INAMI thresholds need located practices.",
      }),
    })),
    ...levels
      .filter((level) => basis.capacity.get(level) === null)
      .map((level) => ({
        source_id,
        level,
        territory_code: null,
        indicator_id: "gp_per_1000",
        issue: "counts_do_not_nest",
        ...qualityDetail({
          fr: `Certains quartiers s'étendent sur plus d'un niveau ${level} : les comptages par quartier ne peuvent pas être répartis entre eux, les ratios de ce niveau (${level}) ne sont donc pas calculés.`,
          nl: `Sommige wijken liggen in meer dan één eenheid van het niveau ${level}: de tellingen per wijk kunnen er niet over verdeeld worden, dus de ratio's van dat niveau (${level}) worden niet berekend.`,
          en: `Some quartiers lie in more than one ${level}: counts per quartier cannot be split between them, so the ${level} ratios are not computed.`,
        }),
      })),
  ];
}

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
      return { value: f.ftePer1000, numerator: f.fte === null ? null : round(f.fte, 2), denominator: f.population };
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

function shortageParameterRows(p: RegisterParameters & ShortageReasons): MethodParameter[] {
  return (Object.keys(SHORTAGE_REASONS) as (keyof typeof SHORTAGE_REASONS)[]).map((key) => ({
    family: "gp" as const,
    parameter: key,
    value: p[key],
    status: "setting" as const,
    explanation: p[SHORTAGE_REASONS[key]],
    source_id: null,
  }));
}

const usesCommune = (n: SectorNeed) => n.ages === "commune" || n.bim === "commune";

/** Sectors, and quartiers with residents in them, whose need uses a commune fallback: level -> codes. */
function fallbackTerritories(model: TerritorialModel, need: Map<string, SectorNeed>): Map<string, Set<string>> {
  const sectors = model.sectors.filter((s) => usesCommune(need.get(s.code)!));
  return new Map([
    ["sector", new Set(sectors.map((s) => s.code))],
    ["quartier", new Set(sectors.filter((s) => s.population > 0).map((s) => s.codes.quartier!))],
  ]);
}

/** One note per quartier with residents whose need uses its commune's figures, and one per such sector. */
function fallbackNotes(model: TerritorialModel, need: Map<string, SectorNeed>): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  const byQuartier = new Map<string, { sectors: string[]; residents: number; ages: boolean; bim: boolean }>();
  for (const sector of model.sectors) {
    const n = need.get(sector.code)!;
    if (!usesCommune(n) || sector.population === 0) continue;
    notes.push({
      source_id: n.ages === "commune" ? COMPONENT_SOURCES.share_80_plus.source : COMPONENT_SOURCES.bim_share.source,
      level: "sector",
      territory_code: sector.code,
      indicator_id: "gp_need_index",
      issue: "commune_fallback",
      ...qualityDetailIn((language) => {
        const [missing, uses] = [missingParts(n, language), fallbackParts(n, language)];
        return {
          fr: `Le quartier ${sector.codes.quartier} n'a ${missing} : le besoin du secteur utilise ${uses}.`,
          nl: `Wijk ${sector.codes.quartier} heeft ${missing}: de behoefte van de sector gebruikt ${uses}.`,
          en: `Quartier ${sector.codes.quartier} has ${missing}: the sector's need uses ${uses}.`,
        }[language];
      }),
    });
    const q = byQuartier.get(sector.codes.quartier!) ?? { sectors: [], residents: 0, ages: false, bim: false };
    q.sectors.push(sector.code);
    q.residents += sector.population;
    q.ages ||= n.ages === "commune";
    q.bim ||= n.bim === "commune";
    byQuartier.set(sector.codes.quartier!, q);
  }
  for (const [code, q] of byQuartier) {
    const fallback = { ages: q.ages ? "commune" : "quartier", bim: q.bim ? "commune" : "quartier" } as const;
    const [residents, sectors] = [q.residents, q.sectors.length];
    notes.push({
      source_id: q.ages ? COMPONENT_SOURCES.share_80_plus.source : COMPONENT_SOURCES.bim_share.source,
      level: "quartier",
      territory_code: code,
      indicator_id: "gp_need_index",
      issue: "commune_fallback",
      ...qualityDetailIn((language) => {
        const [missing, uses] = [missingParts(fallback, language), fallbackParts(fallback, language)];
        const s = (n: number) => (n === 1 ? "" : "s");
        return {
          fr: `${capitalize(missing)} pour le quartier ${code} : le besoin de ses ${residents} habitant${s(residents)} (${sectors} secteur${s(sectors)}) utilise ${uses} ; ses gp_need_index et gp_need_population portent le signalement commune_fallback.`,
          nl: `${capitalize(missing)} voor wijk ${code}: de behoefte van haar ${residents} ${residents === 1 ? "inwoner" : "inwoners"} (${sectors} ${sectors === 1 ? "sector" : "sectoren"}) gebruikt ${uses}; haar gp_need_index en gp_need_population dragen de markering commune_fallback.`,
          en: `${capitalize(missing)} for quartier ${code}: the need of its ${residents} resident${s(residents)} (${sectors} sector${s(sectors)}) uses ${uses}; its gp_need_index and gp_need_population are flagged commune_fallback.`,
        }[language];
      }),
    });
  }
  return notes;
}

/** "no age shares (65-79, 80+) and no BIM share": what the quartier lacks, in a language. */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function missingParts(n: Pick<SectorNeed, "ages" | "bim">, language: Language): string {
  const ages = n.ages === "commune";
  const bim = n.bim === "commune";
  return {
    fr: `pas ${[ages ? "de parts par âge (65-79, 80+)" : null, bim ? "de part BIM" : null].filter(Boolean).join(" ni ")}`,
    nl: [ages ? "geen leeftijdsaandelen (65-79, 80+)" : null, bim ? "geen VT-aandeel" : null]
      .filter(Boolean)
      .join(" en "),
    en: [ages ? "no age shares (65-79, 80+)" : null, bim ? "no BIM share" : null].filter(Boolean).join(" and "),
  }[language];
}

/** "its commune's Statbel age structure (…) and its commune's BIM rate rebuilt from quartiers". */
function fallbackParts(n: Pick<SectorNeed, "ages" | "bim">, language: Language): string {
  const parts = {
    fr: [
      `la structure par âge Statbel de sa commune (${AGE_SOURCE})`,
      "le taux BIM de sa commune recalculé depuis les quartiers",
      " et ",
    ],
    nl: [
      `de Statbel-leeftijdsstructuur van de gemeente (${AGE_SOURCE})`,
      "het VT-percentage van de gemeente, herberekend uit de wijken",
      " en ",
    ],
    en: [
      `its commune's Statbel age structure (${AGE_SOURCE})`,
      "its commune's BIM rate rebuilt from quartiers",
      " and ",
    ],
  }[language];
  return [n.ages === "commune" ? parts[0] : null, n.bim === "commune" ? parts[1] : null].filter(Boolean).join(parts[2]);
}
