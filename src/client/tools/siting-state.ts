/** The siting tool's setting and its query string: ?k=10&radius=800&reach=fragile&existing=0&bassin=N&nonres=1. */
import { SITING_LIMITS, type Reach, type SitingOptions } from "../../lib/tools/siting.ts";
import {
  inUrlOrder,
  parseChoice,
  parseStepped,
  readParam,
  repeatedParams,
  writeNumber,
  writeParams,
  type ParamIssue,
  type Parsed,
} from "../../lib/url-state.ts";

export const REACH_OPTIONS: readonly Reach[] = ["all", "fragile"];

export const SITING_DEFAULTS: Required<SitingOptions> = {
  k: 5,
  radius: 500,
  reach: "all",
  existing: true,
  bassin: null,
  nonResidential: false,
};

const flag = (raw: string) => (raw === "1" ? true : raw === "0" ? false : null);

/** `bassins`: the bassin codes a URL may name. */
export function parseSitingState(search: string, bassins: readonly string[]): Parsed<Required<SitingOptions>> {
  const params = new URLSearchParams(search);
  const issues: ParamIssue[] = [];
  const { k, radius } = SITING_LIMITS;
  return {
    state: {
      k: readParam(params, "k", (raw) => parseStepped(raw, k.min, k.max, 1), SITING_DEFAULTS.k, issues),
      radius: readParam(
        params,
        "radius",
        (raw) => parseStepped(raw, radius.min, radius.max, radius.step),
        SITING_DEFAULTS.radius,
        issues,
      ),
      reach: readParam(params, "reach", (raw) => parseChoice(raw, REACH_OPTIONS), SITING_DEFAULTS.reach, issues),
      existing: readParam(params, "existing", flag, SITING_DEFAULTS.existing, issues),
      bassin: readParam<string | null>(
        params,
        "bassin",
        (raw) => parseChoice(raw, bassins),
        SITING_DEFAULTS.bassin,
        issues,
      ),
      nonResidential: readParam(params, "nonres", flag, SITING_DEFAULTS.nonResidential, issues),
    },
    issues: inUrlOrder(params, issues),
    // The parameters are named after the options' fields (nonres: nonResidential, kept short).
    repeated: repeatedParams(params, [
      ...Object.keys(SITING_DEFAULTS).filter((key) => key !== "nonResidential"),
      "nonres",
    ]),
  };
}

export function serializeSitingState(state: SitingOptions): string {
  return writeParams([
    ["k", state.k === SITING_DEFAULTS.k ? null : writeNumber(state.k)],
    ["radius", state.radius === SITING_DEFAULTS.radius ? null : writeNumber(state.radius)],
    ["reach", state.reach === SITING_DEFAULTS.reach ? null : state.reach],
    ["existing", state.existing === SITING_DEFAULTS.existing ? null : state.existing ? "1" : "0"],
    ["bassin", state.bassin === SITING_DEFAULTS.bassin ? null : state.bassin],
    [
      "nonres",
      (state.nonResidential ?? false) === SITING_DEFAULTS.nonResidential ? null : state.nonResidential ? "1" : "0",
    ],
  ]);
}
