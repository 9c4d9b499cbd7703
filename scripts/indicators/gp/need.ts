import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { latestYear, rebuiltComponent } from "../fragility/component-indicators.ts";
import { COMPONENT_SOURCES, type QuartierComponents } from "../fragility/components.ts";
import type { NeedWeights } from "./need-weights.ts";
import { AGE_SOURCE, communeAgeStructure } from "../../raw/statbel-population-age-sex-commune.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";

/** Year of the IBSA age shares (their latest), also used for the Statbel commune fallback. */
export function ageYear(components: QuartierComponents): number {
  return Math.max(latestYear(components, "share_65_79"), latestYear(components, "share_80_plus"));
}

/**
 * Expected GP demand per resident relative to a resident under 65 without increased reimbursement.
 * The BIM uplift raises the under-65s only: the 65-79 and 80+ weights come from figures that count
 * patients with and without BIM, so raising them too would count BIM twice for the elderly
 * (need-weights.ts). Shares are percentages, as IBSA publishes them.
 */
export function needFactor(share65to79: number, share80plus: number, bimShare: number, w: NeedWeights): number {
  const a = share65to79 / 100;
  const b = share80plus / 100;
  const under65 = (1 - a - b) * w.age_weight_0_64 * (1 + (w.precarity_uplift_bim - 1) * (bimShare / 100));
  return under65 + a * w.age_weight_65_79 + b * w.age_weight_80_plus;
}

/** Where a sector's need inputs come from: its quartier's IBSA shares, or its commune's figures. */
export type NeedBasis = "quartier" | "commune";

export interface SectorNeed {
  factor: number;
  /** Age structure: the quartier's IBSA shares, or its commune's Statbel age bands where they are missing. */
  ages: NeedBasis;
  /** BIM share: the quartier's, or its commune's rate rebuilt from quartiers where it is missing. */
  bim: NeedBasis;
}

/**
 * Need factor of every sector. Age by sector is not published, so a sector takes its quartier's
 * shares. Where the quartier lacks them (parks, industrial zones, quartier 115, or values set aside
 * as unreliable), the missing part comes from its commune, and SectorNeed says which part, so that
 * the stage flags and notes it.
 */
export function sectorNeed(
  context: PipelineContext,
  model: TerritorialModel,
  components: QuartierComponents,
  weights: NeedWeights,
): Map<string, SectorNeed> {
  const year = ageYear(components);
  const ages = communeAgeStructure(context, year);
  const bimByCommune = rebuiltComponent(context, model, components, "bim_share", "commune");
  const quartierShare = (id: "share_65_79" | "share_80_plus" | "bim_share", code: string) =>
    components.get(id)!.get(code)?.value;
  const result = new Map<string, SectorNeed>();
  for (const sector of model.sectors) {
    const q = sector.codes.quartier!;
    const commune = sector.codes.commune!;
    let a = quartierShare("share_65_79", q);
    let b = quartierShare("share_80_plus", q);
    const ageBasis: NeedBasis = a !== undefined && b !== undefined ? "quartier" : "commune";
    if (ageBasis === "commune") {
      const structure = ages.get(commune);
      if (!structure)
        throw new InputError(
          sourcePath(context, AGE_SOURCE),
          `no ${year} age bands for commune ${commune}, needed by sector ${sector.code} (quartier ${q} has no age shares)`,
        );
      a = (100 * structure.aged65to79) / structure.total;
      b = (100 * structure.aged80plus) / structure.total;
    }
    let c = quartierShare("bim_share", q);
    const bimBasis: NeedBasis = c !== undefined ? "quartier" : "commune";
    if (c === undefined) {
      c = bimByCommune.get(commune)?.value;
      if (c === undefined)
        throw new InputError(
          sourcePath(context, COMPONENT_SOURCES.bim_share.source),
          `no BIM rate for commune ${commune}, needed by sector ${sector.code} (quartier ${q} has none)`,
        );
    }
    result.set(sector.code, { factor: needFactor(a!, b!, c, weights), ages: ageBasis, bim: bimBasis });
  }
  return result;
}
