import { method_parameters } from "../../src/core/tables/method_parameters.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { MethodParameter } from "../indicators/indicator-model.ts";
import { declaredTable, localizedDescriptions } from "./declared-table.ts";

/** Every weight, threshold and setting of every method, with its status and origin. */
export function methodParametersTable(parameters: MethodParameter[]): Table {
  return declaredTable(
    method_parameters,
    {
      fr: "Paramètres des méthodes (poids, seuils, réglages), avec leur statut (référence, dérivé d'un chiffre publié, hypothèse, choix de méthode) et leur origine.",
      nl: "Parameters van de methodes (gewichten, drempels, instellingen), met hun status (referentie, afgeleid van een gepubliceerd cijfer, veronderstelling, methodekeuze) en herkomst.",
      en: "Parameters of the methods (weights, thresholds, settings), with their status (reference, derived from a published figure, assumption, method choice) and origin.",
    },
    {
      family: { fr: "Famille d'indicateurs", nl: "Indicatorfamilie", en: "Indicator family" },
      parameter: { fr: "Paramètre", nl: "Parameter", en: "Parameter" },
      value: { fr: "Valeur", nl: "Waarde", en: "Value" },
      status: {
        fr: "reference, derived, assumption ou setting",
        nl: "reference, derived, assumption of setting",
        en: "reference, derived, assumption or setting",
      },
      explanation: {
        fr: "Justification, en anglais (gardée pour les requêtes existantes ; voir explanation_fr, explanation_nl)",
        nl: "Verantwoording, in het Engels (behouden voor bestaande query's; zie explanation_fr, explanation_nl)",
        en: "Why this value, in English (kept for existing queries; the same as explanation_en)",
      },
      source_id: {
        fr: "Source du chiffre cité",
        nl: "Bron van het aangehaalde cijfer",
        en: "Source of the cited figure",
      },
      ...localizedDescriptions("explanation", { fr: "Justification", nl: "Verantwoording", en: "Why this value" }),
    },
    parameters.map(({ explanation, ...p }) => ({
      ...p,
      value: String(p.value),
      explanation: explanation.en,
      explanation_fr: explanation.fr,
      explanation_nl: explanation.nl,
      explanation_en: explanation.en,
    })),
  );
}
