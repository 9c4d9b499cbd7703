/**
 * The shortage parameters a register is computed with: the published defaults
 * (data/reference/gp-shortage-parameters.json, the pipeline's too) and their form in a page URL.
 */
import reference from "../../../../data/reference/gp-shortage-parameters.json";
import type { ShortageParameters } from "../shortage.ts";
import { registerIssue, type RegisterIssue } from "./issues.ts";

export interface RegisterParameters extends ShortageParameters {
  /** Full-time equivalents of one GP on a row that gives a headcount but no gp_fte. */
  fte_per_gp: number;
}

export const DEFAULT_SHORTAGE_PARAMETERS: RegisterParameters = Object.freeze({
  inami_shortage_per_1000: reference.inami_shortage_per_1000,
  inami_severe_per_1000: reference.inami_severe_per_1000,
  catchment_m: reference.catchment_m,
  decay: reference.decay as ShortageParameters["decay"],
  fte_per_gp: reference.fte_per_gp,
});

/** URL key, parameter, and accepted values (inclusive numeric range, or a list). */
export const PARAMETER_KEYS = {
  r: { parameter: "catchment_m", min: 100, max: 5000, integer: true },
  d: { parameter: "decay", values: ["gaussian", "step"] },
  t: { parameter: "inami_shortage_per_1000", min: 0.1, max: 5, integer: false },
  s: { parameter: "inami_severe_per_1000", min: 0.05, max: 5, integer: false },
  f: { parameter: "fte_per_gp", min: 0.1, max: 1.5, integer: false },
} as const;

type Key = keyof typeof PARAMETER_KEYS;

/**
 * The parameters a URL asks for; a value that is missing keeps the default silently, a value that
 * is not accepted keeps the default with a notice (key gpRegisterError.parameterIgnored). The
 * severe threshold may not exceed the shortage threshold.
 */
export function shortageParametersFromUrl(search: URLSearchParams): {
  parameters: RegisterParameters;
  notices: RegisterIssue[];
} {
  const parameters: RegisterParameters = { ...DEFAULT_SHORTAGE_PARAMETERS };
  const notices: RegisterIssue[] = [];
  for (const key of Object.keys(PARAMETER_KEYS) as Key[]) {
    const text = search.get(key);
    if (text === null) continue;
    const spec = PARAMETER_KEYS[key];
    const fallback = DEFAULT_SHORTAGE_PARAMETERS[spec.parameter];
    const notice = () =>
      notices.push(
        registerIssue("parameterIgnored", null, key, {
          parameter: key,
          value: text,
          accepted: accepted(key),
          fallback,
        }),
      );
    if ("values" in spec) {
      if ((spec.values as readonly string[]).includes(text)) parameters.decay = text as ShortageParameters["decay"];
      else notice();
      continue;
    }
    const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(value) || value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value))) {
      notice();
      continue;
    }
    (parameters as unknown as Record<string, number>)[spec.parameter] = value;
  }
  if (parameters.inami_severe_per_1000 > parameters.inami_shortage_per_1000) {
    notices.push(
      registerIssue("parameterIgnored", null, "s", {
        parameter: "s",
        value: parameters.inami_severe_per_1000,
        accepted: `at most t=${parameters.inami_shortage_per_1000}`,
        fallback: Math.min(DEFAULT_SHORTAGE_PARAMETERS.inami_severe_per_1000, parameters.inami_shortage_per_1000),
      }),
    );
    parameters.inami_severe_per_1000 = Math.min(
      DEFAULT_SHORTAGE_PARAMETERS.inami_severe_per_1000,
      parameters.inami_shortage_per_1000,
    );
  }
  return { parameters, notices };
}

/** The URL keys of the parameters that differ from the defaults (defaults are left out of links). */
export function shortageParametersToUrl(parameters: RegisterParameters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(PARAMETER_KEYS) as Key[]) {
    const name = PARAMETER_KEYS[key].parameter;
    if (parameters[name] !== DEFAULT_SHORTAGE_PARAMETERS[name]) search.set(key, String(parameters[name]));
  }
  return search;
}

function accepted(key: Key): string {
  const spec = PARAMETER_KEYS[key];
  return "values" in spec ? spec.values.join(" or ") : `${spec.min} to ${spec.max}`;
}
