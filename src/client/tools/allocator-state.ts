/** The allocator's setting and its query string: ?amount=…&unit=fte&level=commune&need=bim_share&k=1.5. */
import { TOOL_LEVELS } from "../../core/levels.ts";
import {
  AMOUNT_UNITS,
  amountToUnits,
  NEED_SCORES,
  type AmountUnit,
  type NeedScoreId,
} from "../../lib/tools/allocation.ts";
import {
  inUrlOrder,
  parseChoice,
  parseDecimal,
  parseStepped,
  readParam,
  repeatedParams,
  writeNumber,
  writeParams,
  type ParamIssue,
  type Parsed,
} from "../../lib/url-state.ts";

export interface AllocatorState {
  amount: number;
  unit: AmountUnit;
  level: string;
  need: NeedScoreId;
  k: number;
}

export const K_RANGE = { min: 0, max: 5, step: 0.1 } as const;
/** The default amount depends on the unit: a million euros, or a hundred full-time posts. */
export const DEFAULT_AMOUNT: Record<AmountUnit, number> = { eur: 1_000_000, fte: 100 };
const MAX_AMOUNT: Record<AmountUnit, number> = { eur: 1_000_000_000_000, fte: 100_000 };
const AMOUNT_UNIT_IDS = Object.keys(AMOUNT_UNITS) as AmountUnit[];

export const ALLOCATOR_DEFAULTS: AllocatorState = {
  amount: DEFAULT_AMOUNT.eur,
  unit: "eur",
  level: "quartier",
  need: "fragility_index",
  k: 1,
};

export function isValidAmount(amount: number, unit: AmountUnit): boolean {
  return amount <= MAX_AMOUNT[unit] && amountToUnits(amount, unit) !== null;
}

export function parseAllocatorState(search: string): Parsed<AllocatorState> {
  const params = new URLSearchParams(search);
  const issues: ParamIssue[] = [];
  const unit = readParam(params, "unit", (raw) => parseChoice(raw, AMOUNT_UNIT_IDS), ALLOCATOR_DEFAULTS.unit, issues);
  const amount = readParam(
    params,
    "amount",
    (raw) => {
      const value = parseDecimal(raw);
      return value !== null && isValidAmount(value, unit) ? value : null;
    },
    DEFAULT_AMOUNT[unit],
    issues,
  );
  const level = readParam(params, "level", (raw) => parseChoice(raw, TOOL_LEVELS), ALLOCATOR_DEFAULTS.level, issues);
  const need = readParam(params, "need", (raw) => parseChoice(raw, NEED_SCORES), ALLOCATOR_DEFAULTS.need, issues);
  const k = readParam(
    params,
    "k",
    (raw) => parseStepped(raw, K_RANGE.min, K_RANGE.max, K_RANGE.step),
    ALLOCATOR_DEFAULTS.k,
    issues,
  );
  return {
    state: { amount, unit, level, need, k },
    issues: inUrlOrder(params, issues),
    // The parameters are named after the setting's fields.
    repeated: repeatedParams(params, Object.keys(ALLOCATOR_DEFAULTS)),
  };
}

export function serializeAllocatorState(state: AllocatorState): string {
  return writeParams([
    ["amount", state.amount === DEFAULT_AMOUNT[state.unit] ? null : writeNumber(state.amount)],
    ["unit", state.unit === ALLOCATOR_DEFAULTS.unit ? null : state.unit],
    ["level", state.level === ALLOCATOR_DEFAULTS.level ? null : state.level],
    ["need", state.need === ALLOCATOR_DEFAULTS.need ? null : state.need],
    ["k", state.k === ALLOCATOR_DEFAULTS.k ? null : writeNumber(state.k)],
  ]);
}
