import { join } from "node:path";
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { readCsv } from "../../sources/read-csv.ts";
import { latestYear, rebuiltComponent } from "../fragility/component-indicators.ts";
import type { QuartierComponents } from "../fragility/components.ts";
import { AGE_SOURCE, communeAgeStructure } from "../../raw/statbel-population-age-sex-commune.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";

export const NEED_WEIGHTS_FILE = "gp-need-weights.csv";

/** Year of the IBSA age shares (their latest), also used for the Statbel commune fallback. */
export function ageYear(components: QuartierComponents): number {
  return Math.max(latestYear(components, "share_65_79"), latestYear(components, "share_80_plus"));
}

export interface NeedWeight {
  parameter: string;
  value: number;
  status: "reference" | "derived" | "assumption";
  derivation: string;
  source_id: string | null;
}

export interface NeedWeights {
  age_weight_0_64: number;
  age_weight_65_79: number;
  age_weight_80_plus: number;
  precarity_uplift_bim: number;
  rows: NeedWeight[];
}

const PARAMETERS = ["age_weight_0_64", "age_weight_65_79", "age_weight_80_plus", "precarity_uplift_bim"] as const;

export function loadNeedWeights(referenceDir: string): NeedWeights {
  const path = join(referenceDir, NEED_WEIGHTS_FILE);
  const table = readCsv(path, { columns: ["parameter", "value", "status", "derivation", "source_id"] });
  const rows: NeedWeight[] = [];
  for (let i = 0; i < table.length; i++) {
    const status = table.required(i, "status");
    if (status !== "reference" && status !== "derived" && status !== "assumption")
      throw table.error(i, "status", `unknown status "${status}"`);
    const value = table.number(i, "value");
    if (!(value > 0)) throw table.error(i, "value", `weight ${value} must be positive`);
    rows.push({
      parameter: table.required(i, "parameter"),
      value,
      status,
      derivation: table.required(i, "derivation"),
      source_id: table.text(i, "source_id") || null,
    });
  }
  const byName = new Map(rows.map((row) => [row.parameter, row.value]));
  for (const parameter of PARAMETERS)
    if (!byName.has(parameter)) throw new InputError(path, `missing parameter "${parameter}"`, { column: "parameter" });
  return {
    ...(Object.fromEntries(PARAMETERS.map((p) => [p, byName.get(p)!])) as Record<(typeof PARAMETERS)[number], number>),
    rows,
  };
}

/**
 * Expected GP demand per resident relative to a resident aged 0-64 without increased
 * reimbursement: age mix weighted by age-specific GP use, raised for the BIM share.
 * Shares are percentages, as IBSA publishes them.
 */
export function needFactor(share65to79: number, share80plus: number, bimShare: number, w: NeedWeights): number {
  const a = share65to79 / 100;
  const b = share80plus / 100;
  const age = (1 - a - b) * w.age_weight_0_64 + a * w.age_weight_65_79 + b * w.age_weight_80_plus;
  return age * (1 + (w.precarity_uplift_bim - 1) * (bimShare / 100));
}

export interface SectorNeed {
  factor: number;
  /** "quartier": the quartier's own shares; "commune": its quartier lacks data, commune shares used. */
  basis: "quartier" | "commune";
}

/**
 * Need factor of every sector. Age by sector is not published, so a sector takes its quartier's
 * shares; where the quartier has none (parks, industrial zones, quartier 115), its commune's
 * (Statbel age bands, BIM rebuilt from quartiers), and says so.
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
    const a = quartierShare("share_65_79", q);
    const b = quartierShare("share_80_plus", q);
    const c = quartierShare("bim_share", q);
    if (a !== undefined && b !== undefined && c !== undefined) {
      result.set(sector.code, { factor: needFactor(a, b, c, weights), basis: "quartier" });
      continue;
    }
    const commune = ages.get(sector.codes.commune!);
    if (!commune)
      throw new InputError(
        sourcePath(context, AGE_SOURCE),
        `no ${year} age bands for commune ${sector.codes.commune}, needed by sector ${sector.code} (quartier ${q} has no age shares)`,
      );
    const bim = bimByCommune.get(sector.codes.commune!)!.value;
    result.set(sector.code, {
      factor: needFactor(
        (100 * commune.aged65to79) / commune.total,
        (100 * commune.aged80plus) / commune.total,
        bim,
        weights,
      ),
      basis: "commune",
    });
  }
  return result;
}
