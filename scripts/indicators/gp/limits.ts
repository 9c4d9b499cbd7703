/**
 * Plausibility limit of the GP family: a supply file that lists a small fraction of the region's
 * GPs (a one-node Overpass answer, a truncated register) would publish a severe shortage everywhere.
 * Below the floor the run stops instead. Published in method_parameters.
 */
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import type { MethodParameter } from "../indicator-model.ts";
import type { GpSupply } from "./supply.ts";
import { USER_GP_SUPPLY } from "../../sources/user-gp-supply.ts";

/**
 * Half the INAMI severe-shortage threshold (0.5 per 1,000) and about a fifth of Brussels' observed
 * density (1.23 GPs per 1,000 in 2017, OSS; 1,656 active GPs in 2025, Vivalis): no Belgian region
 * comes near it, so a region-wide figure below it means the file does not list the region's GPs.
 */
export const MIN_REGION_GP_PER_1000 = 0.25;

/** GPs counted for the floor: the headcount, or the FTE where a row gives no headcount (a lower bound). */
function gpsOf(rows: readonly { headcount: number | null; fte: number | null }[]): number {
  return rows.reduce((sum, row) => sum + (row.headcount ?? row.fte ?? 0), 0);
}

/** Stops the run when the supply the indicators would use is below the floor, naming its files and the counts. */
export function checkGpSupplyFloor(
  context: PipelineContext,
  supply: GpSupply,
  basis: "practices" | "counts",
  regionPopulation: number,
): void {
  const gps = round(gpsOf(basis === "practices" ? supply.practices : supply.counts), 1);
  const per1000 = (1000 * gps) / regionPopulation;
  if (per1000 >= MIN_REGION_GP_PER_1000) return;
  const files = supply.sources.map((source) => sourcePath(context, source.id)).join(", ");
  const userFile = supply.sources.some((source) => source.id === USER_GP_SUPPLY);
  const remedy = userFile
    ? `complete it, or build without OBS_GP_SUPPLY`
    : `complete it, or remove its entry from data/sources.json`;
  throw new InputError(
    files,
    `GP supply of ${round(per1000, 3)} per 1,000 residents region-wide (${gps} ${gps === 1 ? "GP" : "GPs"} for ${regionPopulation} residents) ` +
      `is below the floor of ${MIN_REGION_GP_PER_1000} (method_parameters: gp, min_region_gp_per_1000). ` +
      `The file does not list the region's GPs: ${remedy} to publish the shortage indicators as "supply not available".`,
  );
}

export const gpLimitParameters: MethodParameter[] = [
  {
    family: "gp",
    parameter: "min_region_gp_per_1000",
    value: MIN_REGION_GP_PER_1000,
    status: "setting",
    explanation: {
      fr:
        "Limite de plausibilité : une offre de généralistes enregistrée inférieure à ce nombre de généralistes pour 1 000 habitants dans la région (effectif, ou ETP quand aucun effectif n'est donné) arrête le traitement. " +
        "La moitié du seuil INAMI de pénurie grave et environ un cinquième de la densité observée à Bruxelles (1,23 pour 1 000 en 2017, OSS ; 1 656 généralistes actifs en 2025, Vivalis) : un chiffre plus bas signifie que le fichier ne recense pas les généralistes de la région.",
      nl:
        "Plausibiliteitsgrens: een geregistreerd huisartsenaanbod onder dit aantal huisartsen per 1.000 inwoners in het hele gewest (aantal personen, of VTE als geen aantal gegeven is) stopt de verwerking. " +
        "De helft van de RIZIV-drempel voor ernstig tekort en ongeveer een vijfde van de waargenomen dichtheid in Brussel (1,23 per 1.000 in 2017, OSS; 1.656 actieve huisartsen in 2025, Vivalis): een lager cijfer betekent dat het bestand de huisartsen van het gewest niet oplijst.",
      en:
        "Plausibility limit: a registered GP supply below this many GPs per 1,000 residents region-wide (headcount, or FTE where no headcount is given) stops the run. " +
        "Half the INAMI severe-shortage threshold and about a fifth of Brussels' observed density (1.23 per 1,000 in 2017, OSS; 1,656 active GPs in 2025, Vivalis): a lower figure means the file does not list the region's GPs.",
    },
    source_id: null,
  },
];
