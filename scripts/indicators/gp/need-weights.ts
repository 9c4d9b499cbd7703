import { join } from "node:path";
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import { readCsv, type CsvTable } from "../../sources/read-csv.ts";
import { GP_USE_SOURCE, statedFigure } from "../../raw/web-gp-use-by-age-as-stated.ts";
import { AGE_SOURCE, regionResidentsBySex } from "../../raw/statbel-population-age-sex-commune.ts";
import type { MethodParameter } from "../indicator-model.ts";
import type { Language, Localized } from "../../../src/core/languages.ts";
import { decimalIn, inEachLanguage } from "../../lib/localized-text.ts";

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
  /** What the figure is used for, from the reference table (use, use_fr, use_nl). */
  use: Localized;
  /** Where it comes from: producer, the page's phrase, the raw file's row. */
  citation: Localized;
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
    explanation: Localized,
    source_id: string | null,
  ): MethodParameter => ({ family: "gp", parameter, value, status, explanation, source_id });
  // Every figure of a sentence written as its language writes numbers (0.624 / 0,624).
  const text = (make: (d: (value: number) => string, language: Language) => string) =>
    inEachLanguage((language) => make((value) => decimalIn(language, value), language));
  const [sWomen, sMen, sSeen] = [n("share_seen_75_plus_women"), n("share_seen_75_plus_men"), round(seen75, 2)];
  const [c75, cRef, cBim] = [
    n("contacts_per_patient_75_plus"),
    n("contacts_per_patient_25_44_without_bim"),
    n("contacts_per_patient_25_44_with_bim"),
  ];
  const [r75, rRef, wShare] = [round(perResident75, 3), round(perResidentReference, 3), round(womenShare, 4)];
  const periods = {
    women: f.share_seen_75_plus_women.period,
    men: f.share_seen_75_plus_men.period,
    c75: f.contacts_per_patient_75_plus.period,
    cRef: f.contacts_per_patient_25_44_without_bim.period,
    ref: f.share_seen_25_44_men.period,
    bim: f.contacts_per_patient_25_44_with_bim.period,
  };
  const stated: Localized = { fr: "Publié pour la Belgique", nl: "Vermeld voor België", en: "Stated for Belgium" };
  const rows: MethodParameter[] = [
    ...FIGURES.map((name) =>
      row(
        name,
        n(name),
        "reference",
        inEachLanguage(
          (language) =>
            `${f[name].use[language]} ${stated[language]}, ${f[name].period}${language === "fr" ? " " : ""}: ${f[name].citation[language]}.`,
        ),
        GP_USE_SOURCE,
      ),
    ),
    row(
      "women_share_75_plus",
      wShare,
      "derived",
      {
        fr: `Femmes parmi les habitants de 75 ans et plus de la région au 1er janvier ${aged75.year} : ${aged75.women} sur ${aged75.women + aged75.men} (Statbel). Pondère les parts des deux sexes qui ont vu un généraliste.`,
        nl: `Vrouwen onder de inwoners van 75 jaar en ouder van het gewest op 1 januari ${aged75.year}: ${aged75.women} van ${aged75.women + aged75.men} (Statbel). Weegt de aandelen van beide geslachten die een huisarts zagen.`,
        en: `Women among the region's residents aged 75+ on 1 January ${aged75.year}: ${aged75.women} of ${aged75.women + aged75.men} (Statbel). Weights the two sexes' shares who saw a GP.`,
      },
      AGE_SOURCE,
    ),
    row(
      "share_seen_75_plus",
      sSeen,
      "derived",
      text(
        (d, language) =>
          ({
            fr: `Part des habitants de 75 ans et plus qui ont vu un généraliste dans l'année : ${d(wShare)} x ${d(sWomen)} % (femmes, ${periods.women}) + ${d(round(1 - womenShare, 4))} x ${d(sMen)} % (hommes, ${periods.men}) = ${d(sSeen)} %.`,
            nl: `Aandeel inwoners van 75 jaar en ouder dat in het jaar een huisarts zag: ${d(wShare)} x ${d(sWomen)} % (vrouwen, ${periods.women}) + ${d(round(1 - womenShare, 4))} x ${d(sMen)} % (mannen, ${periods.men}) = ${d(sSeen)} %.`,
            en: `Share of residents aged 75+ who saw a GP in the year: ${d(wShare)} x ${d(sWomen)} % (women, ${periods.women}) + ${d(round(1 - womenShare, 4))} x ${d(sMen)} % (men, ${periods.men}) = ${d(sSeen)} %.`,
          })[language],
      ),
      GP_USE_SOURCE,
    ),
    row(
      "contacts_per_resident_75_plus",
      r75,
      "derived",
      text(
        (d, language) =>
          ({
            fr: `Contacts avec un généraliste par habitant de 75 ans et plus : ${d(c75)} contacts par patient (${periods.c75}) x ${d(sSeen)} % qui ont vu un généraliste = ${d(r75)}.`,
            nl: `Huisartscontacten per inwoner van 75 jaar en ouder: ${d(c75)} contacten per patiënt (${periods.c75}) x ${d(sSeen)} % dat een huisarts zag = ${d(r75)}.`,
            en: `GP contacts per resident aged 75+: ${d(c75)} contacts per patient (${periods.c75}) x ${d(sSeen)} % who saw a GP = ${d(r75)}.`,
          })[language],
      ),
      GP_USE_SOURCE,
    ),
    row(
      "contacts_per_resident_25_44_without_bim",
      rRef,
      "derived",
      text(
        (d, language) =>
          ({
            fr: `Contacts avec un généraliste par habitant de 25 à 44 ans sans BIM : ${d(cRef)} contacts par patient (${periods.cRef}) x ${d(n("share_seen_25_44_men"))} % qui ont vu un généraliste (hommes, ${periods.ref}) = ${d(rRef)}. Suppose que la part des hommes, la seule publiée pour cette tranche, vaut pour les femmes et pour tous les âges de moins de 65 ans ; les femmes voient plus souvent un généraliste, si bien que cette référence est un peu basse et les poids des tranches plus âgées un peu hauts.`,
            nl: `Huisartscontacten per inwoner van 25 tot 44 jaar zonder VT: ${d(cRef)} contacten per patiënt (${periods.cRef}) x ${d(n("share_seen_25_44_men"))} % dat een huisarts zag (mannen, ${periods.ref}) = ${d(rRef)}. Veronderstelt dat het aandeel van de mannen, het enige dat voor deze groep vermeld wordt, ook geldt voor vrouwen en voor elke leeftijd onder 65; vrouwen zien vaker een huisarts, dus deze referentie is wat laag en de gewichten van de oudere groepen wat hoog.`,
            en: `GP contacts per resident aged 25-44 without BIM: ${d(cRef)} contacts per patient (${periods.cRef}) x ${d(n("share_seen_25_44_men"))} % who saw a GP (men, ${periods.ref}) = ${d(rRef)}. Assumes the men's share, the only one stated for the band, holds for women and for every age under 65; women see a GP more often, so this reference is somewhat low and the older bands' weights somewhat high.`,
          })[language],
      ),
      GP_USE_SOURCE,
    ),
    row(
      "age_weight_0_64",
      1,
      "reference",
      {
        fr: "Tranche de référence : le besoin d'un habitant de 0 à 64 ans sans BIM compte pour 1.",
        nl: "Referentiegroep: de behoefte van een inwoner van 0 tot 64 jaar zonder VT telt voor 1.",
        en: "Reference band: the need of a resident aged 0-64 without BIM counts 1.",
      },
      null,
    ),
    row(
      "age_weight_80_plus",
      w80,
      "derived",
      text(
        (d, language) =>
          ({
            fr: `Contacts par habitant : ${d(r75)} à 75 ans et plus / ${d(rRef)} à 25-44 ans sans BIM = ${d(w80)}. Par patient, le rapport serait de ${d(c75)} / ${d(cRef)} = ${d(perPatientRatio)}, en ignorant qu'une plus grande part des personnes âgées voit un généraliste. Suppose que les 75 ans et plus valent pour les 80 ans et plus. Le chiffre des 75 ans et plus compte les patients avec et sans BIM : le poids contient déjà la part de BIM de cet âge, la majoration BIM ne lui est donc pas appliquée.`,
            nl: `Contacten per inwoner: ${d(r75)} bij 75+ / ${d(rRef)} bij 25-44 jaar zonder VT = ${d(w80)}. Per patiënt zou de verhouding ${d(c75)} / ${d(cRef)} = ${d(perPatientRatio)} zijn, zonder rekening te houden met het feit dat meer ouderen een huisarts zien. Veronderstelt dat 75+ staat voor de 80-plussers. Het cijfer voor 75+ telt patiënten met en zonder VT: het gewicht bevat al het VT-aandeel van die leeftijd, dus de VT-verhoging wordt er niet op toegepast.`,
            en: `Contacts per resident: ${d(r75)} at 75+ / ${d(rRef)} at 25-44 without BIM = ${d(w80)}. Per patient the ratio would be ${d(c75)} / ${d(cRef)} = ${d(perPatientRatio)}, ignoring that more of the elderly see a GP. Assumes 75+ stands for the over-80s. The 75+ figure counts patients with and without BIM: the weight already holds the BIM share of that age, so the BIM uplift is not applied to it.`,
          })[language],
      ),
      GP_USE_SOURCE,
    ),
    row(
      "age_weight_65_79",
      w65,
      "assumption",
      text(
        (d, language) =>
          ({
            fr: `Aucun chiffre publié pour les 65-79 ans : le milieu entre la tranche de référence (1) et le poids des 80 ans et plus (${d(w80)}), (1 + ${d(w80)}) / 2 = ${d(w65)}. Une hypothèse, signalée comme telle ; comme le poids des 80 ans et plus, il contient la part de BIM de son âge et ne reçoit pas de majoration BIM.`,
            nl: `Geen gepubliceerd cijfer voor 65-79 jaar: het midden tussen de referentiegroep (1) en het gewicht 80+ (${d(w80)}), (1 + ${d(w80)}) / 2 = ${d(w65)}. Een veronderstelling, als zodanig aangeduid; zoals het gewicht 80+ bevat het het VT-aandeel van zijn leeftijd en krijgt het geen VT-verhoging.`,
            en: `No published figure for ages 65-79: the midpoint between the reference band (1) and the 80+ weight (${d(w80)}), (1 + ${d(w80)}) / 2 = ${d(w65)}. An assumption, labelled as such; like the 80+ weight it holds the BIM share of its age and gets no BIM uplift.`,
          })[language],
      ),
      null,
    ),
    row(
      "precarity_uplift_bim",
      uplift,
      "derived",
      text(
        (d, language) =>
          ({
            fr: `Contacts avec un généraliste par patient de 25 à 44 ans avec BIM par rapport à sans (${periods.bim}) : ${d(cBim)} / ${d(cRef)} = ${d(uplift)}, un rapport au sein d'une même tranche d'âge. Appliqué une seule fois, aux habitants de moins de 65 ans : besoin = part des moins de 65 ans x (1 + (${d(uplift)} - 1) x part de BIM) + part des 65-79 ans x ${d(w65)} + part des 80 ans et plus x ${d(w80)}. La part de BIM du quartier (tous âges ; aucune n'est publiée par âge) vaut pour celle de ses moins de 65 ans ; suppose la même part de personnes ayant vu un généraliste avec et sans BIM.`,
            nl: `Huisartscontacten per patiënt van 25 tot 44 jaar met VT tegenover zonder (${periods.bim}): ${d(cBim)} / ${d(cRef)} = ${d(uplift)}, een verhouding binnen één leeftijdsgroep. Eén keer toegepast, op de inwoners jonger dan 65: behoefte = aandeel onder 65 x (1 + (${d(uplift)} - 1) x VT-aandeel) + aandeel 65-79 x ${d(w65)} + aandeel 80+ x ${d(w80)}. Het VT-aandeel van de wijk (alle leeftijden; er wordt er geen per leeftijd gepubliceerd) staat voor dat van haar inwoners onder 65; veronderstelt hetzelfde aandeel dat een huisarts zag met en zonder VT.`,
            en: `GP contacts per patient aged 25-44 with BIM against without (${periods.bim}): ${d(cBim)} / ${d(cRef)} = ${d(uplift)}, a ratio within one age band. Applied once, to the residents under 65: need = share under 65 x (1 + (${d(uplift)} - 1) x BIM share) + share 65-79 x ${d(w65)} + share 80+ x ${d(w80)}. The quartier's BIM share (all ages; none is published by age) stands for its under-65s'; assumes the same share who saw a GP with and without BIM.`,
          })[language],
      ),
      GP_USE_SOURCE,
    ),
  ];
  return { age_weight_0_64: 1, age_weight_65_79: w65, age_weight_80_plus: w80, precarity_uplift_bim: uplift, rows };
}

const ROW_WORD: Localized = { fr: "ligne", nl: "rij", en: "row" };

/** The French or Dutch text of a figure's use, published in method_parameters: required. */
function translated(table: CsvTable, i: number, column: "use_fr" | "use_nl"): string {
  const text = table.text(i, column);
  if (!text) throw table.error(i, column, `the use has no ${column === "use_fr" ? "French" : "Dutch"} text`);
  return text;
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
  const table = readCsv(path, {
    columns: ["figure", "indicator", "age_group", "sex", "reference_period", "use", "use_fr", "use_nl"],
  });
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
      use: { fr: translated(table, i, "use_fr"), nl: translated(table, i, "use_nl"), en: table.required(i, "use") },
      citation: inEachLanguage(
        (language) =>
          `${stated.producer}, "${stated.statement}" (${GP_USE_SOURCE}, ${ROW_WORD[language]} ${stated.row})`,
      ),
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
