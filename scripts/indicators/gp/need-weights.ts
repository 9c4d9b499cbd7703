import { join } from "node:path";
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import { readCsv } from "../../sources/read-csv.ts";
import { GP_USE_SOURCE, statedFigure } from "../../raw/web-gp-use-by-age-as-stated.ts";
import { AGE_SOURCE, regionResidentsBySex } from "../../raw/statbel-population-age-sex-commune.ts";
import type { MethodParameter } from "../indicator-model.ts";

/** Which stated figures the weights use (data/reference): the pipeline reads their values from the raw file. */
export const NEED_WEIGHTS_FILE = "gp-need-weights.csv";

const FIGURES = [
  "contacts_per_patient_25_44_without_bim",
  "contacts_per_patient_25_44_with_bim",
  "contacts_per_patient_75_plus",
  "share_seen_25_44_men",
  "share_seen_75_plus_women",
  "share_seen_75_plus_men",
] as const;
export type FigureName = (typeof FIGURES)[number];

/** A stated figure as the derivation cites it. */
export interface CitedFigure {
  value: number;
  /** The reference period as stated (a year). */
  period: string;
  /** What the figure is used for, from the reference table. */
  use: string;
  /** Where it comes from: producer, the page's phrase, the raw file's row. */
  citation: string;
}

export interface NeedWeights {
  age_weight_0_64: number;
  age_weight_65_79: number;
  age_weight_80_plus: number;
  /** Raises the need of residents under 65 only (see needFactor). */
  precarity_uplift_bim: number;
  /** The derivation, figure by figure, as published in method_parameters. */
  rows: MethodParameter[];
}

/**
 * GP need weights per resident. Contacts per patient (IMA/AIM) count only the residents who saw a
 * GP, so each band's contacts are multiplied by its share who saw one: 95-97 % at 75+ against 77 %
 * of men aged 25-44. The 75+ figure covers patients with and without increased reimbursement
 * (BIM): the older bands' weights already carry the BIM share of their age, so the BIM uplift,
 * measured within one band (25-44), applies to the residents under 65 only.
 */
export function deriveNeedWeights(
  f: Record<FigureName, CitedFigure>,
  aged75: { women: number; men: number; year: number },
): NeedWeights {
  const womenShare = aged75.women / (aged75.women + aged75.men);
  const seen75 = womenShare * f.share_seen_75_plus_women.value + (1 - womenShare) * f.share_seen_75_plus_men.value;
  const perResident75 = (f.contacts_per_patient_75_plus.value * seen75) / 100;
  const perResidentReference = (f.contacts_per_patient_25_44_without_bim.value * f.share_seen_25_44_men.value) / 100;
  const w80 = round(perResident75 / perResidentReference, 2);
  const w65 = round((1 + w80) / 2, 2);
  const uplift = round(f.contacts_per_patient_25_44_with_bim.value / f.contacts_per_patient_25_44_without_bim.value, 2);
  const perPatientRatio = round(
    f.contacts_per_patient_75_plus.value / f.contacts_per_patient_25_44_without_bim.value,
    2,
  );

  const n = (name: FigureName) => f[name].value;
  const row = (
    parameter: string,
    value: number,
    status: MethodParameter["status"],
    explanation: string,
    source_id: string | null,
  ): MethodParameter => ({ family: "gp", parameter, value, status, explanation, source_id });
  const rows: MethodParameter[] = [
    ...FIGURES.map((name) =>
      row(
        name,
        n(name),
        "reference",
        `${f[name].use} Stated for Belgium, ${f[name].period}: ${f[name].citation}.`,
        GP_USE_SOURCE,
      ),
    ),
    row(
      "women_share_75_plus",
      round(womenShare, 4),
      "derived",
      `Women among the region's residents aged 75+ on 1 January ${aged75.year}: ${aged75.women} of ${aged75.women + aged75.men} (Statbel). Weights the two sexes' shares who saw a GP.`,
      AGE_SOURCE,
    ),
    row(
      "share_seen_75_plus",
      round(seen75, 2),
      "derived",
      `Share of residents aged 75+ who saw a GP in the year: ${round(womenShare, 4)} x ${n("share_seen_75_plus_women")} % (women, ${f.share_seen_75_plus_women.period}) + ${round(1 - womenShare, 4)} x ${n("share_seen_75_plus_men")} % (men, ${f.share_seen_75_plus_men.period}) = ${round(seen75, 2)} %.`,
      GP_USE_SOURCE,
    ),
    row(
      "contacts_per_resident_75_plus",
      round(perResident75, 3),
      "derived",
      `GP contacts per resident aged 75+: ${n("contacts_per_patient_75_plus")} contacts per patient (${f.contacts_per_patient_75_plus.period}) x ${round(seen75, 2)} % who saw a GP = ${round(perResident75, 3)}.`,
      GP_USE_SOURCE,
    ),
    row(
      "contacts_per_resident_25_44_without_bim",
      round(perResidentReference, 3),
      "derived",
      `GP contacts per resident aged 25-44 without BIM: ${n("contacts_per_patient_25_44_without_bim")} contacts per patient (${f.contacts_per_patient_25_44_without_bim.period}) x ${n("share_seen_25_44_men")} % who saw a GP (men, ${f.share_seen_25_44_men.period}) = ${round(perResidentReference, 3)}. Assumes the men's share, the only one stated for the band, holds for women and for every age under 65; women see a GP more often, so this reference is somewhat low and the older bands' weights somewhat high.`,
      GP_USE_SOURCE,
    ),
    row(
      "age_weight_0_64",
      1,
      "reference",
      "Reference band: the need of a resident aged 0-64 without BIM counts 1.",
      null,
    ),
    row(
      "age_weight_80_plus",
      w80,
      "derived",
      `Contacts per resident: ${round(perResident75, 3)} at 75+ / ${round(perResidentReference, 3)} at 25-44 without BIM = ${w80}. Per patient the ratio would be ${n("contacts_per_patient_75_plus")} / ${n("contacts_per_patient_25_44_without_bim")} = ${perPatientRatio}, ignoring that more of the elderly see a GP. Assumes 75+ stands for the over-80s. The 75+ figure counts patients with and without BIM: the weight already holds the BIM share of that age, so the BIM uplift is not applied to it.`,
      GP_USE_SOURCE,
    ),
    row(
      "age_weight_65_79",
      w65,
      "assumption",
      `No published figure for ages 65-79: the midpoint between the reference band (1) and the 80+ weight (${w80}), (1 + ${w80}) / 2 = ${w65}. An assumption, labelled as such; like the 80+ weight it holds the BIM share of its age and gets no BIM uplift.`,
      null,
    ),
    row(
      "precarity_uplift_bim",
      uplift,
      "derived",
      `GP contacts per patient aged 25-44 with BIM against without (${f.contacts_per_patient_25_44_with_bim.period}): ${n("contacts_per_patient_25_44_with_bim")} / ${n("contacts_per_patient_25_44_without_bim")} = ${uplift}, a ratio within one age band. Applied once, to the residents under 65: need = share under 65 x (1 + (${uplift} - 1) x BIM share) + share 65-79 x ${w65} + share 80+ x ${w80}. The quartier's BIM share (all ages; none is published by age) stands for its under-65s'; assumes the same share who saw a GP with and without BIM.`,
      GP_USE_SOURCE,
    ),
  ];
  return { age_weight_0_64: 1, age_weight_65_79: w65, age_weight_80_plus: w80, precarity_uplift_bim: uplift, rows };
}

/** Plausible range of each kind of figure: a percentage, or contacts per patient in a year. */
function checkRange(name: FigureName, value: number, file: string, row: number): number {
  const [max, what] = name.startsWith("share_") ? [100, "a percentage"] : [50, "GP contacts per patient in a year"];
  if (!(value > 0 && value <= max))
    throw new InputError(file, `${value} is outside 0 to ${max}, the plausible range of ${what} (${name})`, {
      row,
      column: "value",
    });
  return value;
}

/** Reads which figures to use (data/reference), their values (raw file) and the region's sex mix at 75+ in `year`. */
export function loadNeedWeights(context: PipelineContext, year: number): NeedWeights {
  const path = join(context.referenceDir, NEED_WEIGHTS_FILE);
  const table = readCsv(path, { columns: ["figure", "indicator", "age_group", "sex", "reference_period", "use"] });
  const figures = new Map<string, CitedFigure>();
  for (let i = 0; i < table.length; i++) {
    const name = table.required(i, "figure");
    if (!(FIGURES as readonly string[]).includes(name))
      throw table.error(i, "figure", `unknown figure "${name}" (expected one of ${FIGURES.join(", ")})`);
    if (figures.has(name)) throw table.error(i, "figure", `figure "${name}" given twice`);
    const key = {
      indicator: table.required(i, "indicator"),
      age_group: table.required(i, "age_group"),
      sex: table.required(i, "sex"),
      reference_period: table.required(i, "reference_period"),
    };
    const stated = statedFigure(context, key, `${path} (row ${table.rowNumber(i)})`);
    figures.set(name, {
      value: checkRange(name as FigureName, stated.value, stated.file, stated.row),
      period: stated.reference_period,
      use: table.required(i, "use"),
      citation: `${stated.producer}, "${stated.statement}" (${GP_USE_SOURCE}, row ${stated.row})`,
    });
  }
  for (const name of FIGURES)
    if (!figures.has(name)) throw new InputError(path, `missing figure "${name}"`, { column: "figure" });
  const aged75 = regionResidentsBySex(context, year, 75);
  if (aged75.women + aged75.men === 0)
    throw new InputError(
      sourcePath(context, AGE_SOURCE),
      `no residents aged 75+ in ${year}, needed to combine the 75+ figures of ${NEED_WEIGHTS_FILE} by sex`,
      { column: "year" },
    );
  return deriveNeedWeights(Object.fromEntries(figures) as Record<FigureName, CitedFigure>, { ...aged75, year });
}
