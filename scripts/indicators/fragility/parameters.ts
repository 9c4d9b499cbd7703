import { join } from "node:path";
import { InputError } from "../../lib/errors.ts";
import type { Localized } from "../../../src/core/languages.ts";
import type { MethodParameter } from "../indicator-model.ts";
import { COMPONENT_IDS, type ComponentId } from "./components.ts";
import type { ComponentSpec, ThemeSpec } from "./index-maths.ts";
import { readJson } from "../../sources/read-text.ts";
import { MIN_RESIDENTS } from "../../../src/core/reliability.ts";

/** The index's themes, weights and thresholds, reviewed in data/reference/. */
export const PARAMETERS_FILE = "fragility-parameters.json";

interface FragilityTheme extends ThemeSpec {
  label: Localized;
  components: (ComponentSpec & { id: ComponentId })[];
}

export interface FragilityParameters {
  /** The small-number rule's threshold (src/core/reliability.ts): one minimum for ranking and publishing. */
  min_residents: number;
  worst_decile: number;
  themes: FragilityTheme[];
  /** Components published but kept out of the index, each with the reason (stated on the index's page). */
  left_out: { id: ComponentId; reason: Localized }[];
  /** The index's components in theme order: derived from `themes` when the file is loaded. */
  componentIds: ComponentId[];
}

export function loadFragilityParameters(referenceDir: string): FragilityParameters {
  const path = join(referenceDir, PARAMETERS_FILE);
  const parameters = readJson(path) as Omit<FragilityParameters, "componentIds" | "min_residents">;
  if ("min_residents" in parameters)
    throw new InputError(
      path,
      `the minimum residents to rank a quartier is the small-number rule's threshold, set once as MIN_RESIDENTS in src/core/reliability.ts (${MIN_RESIDENTS}): remove it from this file`,
      { column: "min_residents" },
    );
  parameters.themes.forEach((theme, t) => {
    if (!(theme.weight > 0))
      throw new InputError(path, `theme ${theme.id}: weight must be positive`, { row: t + 1, column: "weight" });
    for (const component of theme.components) {
      if (!(COMPONENT_IDS as string[]).includes(component.id))
        throw new InputError(path, `unknown component "${component.id}" in theme ${theme.id}`, {
          row: t + 1,
          column: "components",
        });
      if (!Object.hasOwn(DIRECTION_WORDS, component.direction))
        throw new InputError(path, `component ${component.id}: direction must be higher_is_worse or higher_is_better`, {
          row: t + 1,
          column: "direction",
        });
      if (!(component.weight >= 0))
        throw new InputError(path, `component ${component.id}: weight must not be negative`, {
          row: t + 1,
          column: "weight",
        });
    }
  });
  const componentIds = parameters.themes.flatMap((t) => t.components.map((c) => c.id));
  const leftOut = parameters.left_out ?? [];
  leftOut.forEach((entry, i) => {
    const where = { row: i + 1, column: "left_out" };
    if (!(COMPONENT_IDS as string[]).includes(entry.id))
      throw new InputError(path, `unknown component "${entry.id}" in left_out`, where);
    if (componentIds.includes(entry.id))
      throw new InputError(path, `component ${entry.id} is both in a theme and in left_out`, where);
    for (const language of ["fr", "nl", "en"] as const)
      if (typeof entry.reason?.[language] !== "string" || !entry.reason[language])
        throw new InputError(path, `left_out ${entry.id}: missing reason.${language}`, where);
  });
  return { ...parameters, min_residents: MIN_RESIDENTS, left_out: leftOut, componentIds };
}

/** How each direction of a component reads in a weight's explanation. */
const DIRECTION_WORDS: Record<ComponentSpec["direction"], Localized> = {
  higher_is_worse: { fr: "plus élevé est moins favorable", nl: "hoger is ongunstiger", en: "higher is worse" },
  higher_is_better: { fr: "plus élevé est plus favorable", nl: "hoger is gunstiger", en: "higher is better" },
};

/** The parameters as published method settings, next to the figures they produce. */
export function fragilityParameterRows(parameters: FragilityParameters): MethodParameter[] {
  const setting = (parameter: string, value: number | string, explanation: Localized): MethodParameter => ({
    family: "fragility",
    parameter,
    value,
    status: "setting",
    explanation,
    source_id: null,
  });
  return [
    setting("min_residents", parameters.min_residents, {
      fr: "Les quartiers résidentiels qui comptent moins d'habitants ne sont pas classés : leurs taux sont instables.",
      nl: "Residentiële wijken met minder inwoners worden niet gerangschikt: hun cijfers zijn onstabiel.",
      en: "Residential quartiers with fewer residents are not ranked: their rates are unstable.",
    }),
    setting("worst_decile", parameters.worst_decile, {
      fr: "Une composante est signalée quand son rang centile atteint cette valeur.",
      nl: "Een component wordt gemarkeerd als zijn percentielrang deze waarde bereikt.",
      en: "A component is flagged when its percentile rank reaches this value.",
    }),
    ...parameters.left_out.map((entry) => setting(`left_out_${entry.id}`, "not in the index", entry.reason)),
    ...parameters.themes.flatMap((theme) => [
      setting(`theme_weight_${theme.id}`, theme.weight, {
        fr: `Poids du thème ${theme.label.fr} dans l'indice global.`,
        nl: `Gewicht van het thema ${theme.label.nl} in de totale index.`,
        en: `Weight of the theme ${theme.label.en} in the overall index.`,
      }),
      ...theme.components.map((c) =>
        setting(`component_weight_${c.id}`, c.weight, {
          fr: `Poids de ${c.id} dans ${theme.label.fr} (${DIRECTION_WORDS[c.direction].fr}).`,
          nl: `Gewicht van ${c.id} binnen ${theme.label.nl} (${DIRECTION_WORDS[c.direction].nl}).`,
          en: `Weight of ${c.id} within ${theme.label.en} (${DIRECTION_WORDS[c.direction].en}).`,
        }),
      ),
    ]),
  ];
}
