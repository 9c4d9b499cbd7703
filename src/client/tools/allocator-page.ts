/**
 * The allocator page in the browser: reads the setting from the URL and the form, loads the
 * level's site data, and shows the formula, the map, the ranked table (allocator-render.ts) and
 * the CSV link. The page holds the default setting's drawing from the build: the script then
 * only offers its files.
 */
import type { ClientLevelData } from "../../lib/client-data.ts";
import { loadLevel, loadPaths } from "../explorer/data.ts";
import { type AmountUnit, type NeedScoreId } from "../../lib/tools/allocation.ts";
import { allocationFileStem, describeAllocatorMapExport } from "./allocator-downloads.ts";
import {
  ALLOCATOR_DEFAULTS,
  DEFAULT_AMOUNT,
  isValidAmount,
  parseAllocatorState,
  serializeAllocatorState,
  type AllocatorState,
} from "./allocator-state.ts";
import { allocationCsv, amountFormatter, type NeedInfo } from "./allocator-view.ts";
import { allocationOf, drawAllocation, type Allocation } from "./allocator-render.ts";
import { numberFormats } from "../../lib/format.ts";
import { readPageText, type PageText } from "./messages.ts";
import { parseLocaleNumber, writeLocaleNumber } from "../../lib/locale-number.ts";
import { readNumberField, type NumberField } from "./number-field.ts";
import {
  clearError,
  debounce,
  revealToolUi,
  setCsvLink,
  showError,
  showParamIssues,
  writeSearch,
  yieldToBrowser,
} from "./page-shell.ts";
import { attachToolMapZoom } from "./tool-map-zoom.ts";

interface Controls {
  form: HTMLFormElement;
  amount: NumberField;
  units: RadioNodeList;
  level: HTMLSelectElement;
  need: HTMLSelectElement;
  k: HTMLInputElement;
  kValue: HTMLOutputElement;
}

export function startAllocator(root: Document): void {
  const text = readPageText(root);
  const form = root.querySelector<HTMLFormElement>("#allocator-form")!;
  const needs = JSON.parse(form.dataset.needs!) as Record<NeedScoreId, NeedInfo>;
  const controls: Controls = {
    form,
    amount: {
      input: form.querySelector("#allocator-amount")!,
      error: root.querySelector("#allocator-amount-error")!,
      label: text.t("tools.allocator.amount"),
      // The unit is read when the field is: an amount valid in euros may not be in FTE.
      rangeError: (value) =>
        isValidAmount(value, (controls.units.value || ALLOCATOR_DEFAULTS.unit) as AmountUnit)
          ? null
          : text.t("tools.allocator.amountError"),
    },
    units: form.elements.namedItem("unit") as RadioNodeList,
    level: form.querySelector("#allocator-level")!,
    need: form.querySelector("#allocator-need")!,
    k: form.querySelector("#allocator-k")!,
    kValue: form.querySelector("#allocator-k-value")!,
  };
  const parsed = parseAllocatorState(location.search);
  let state = parsed.state;
  showParamIssues(root, text, parsed);
  writeControls(controls, state, text);
  revealToolUi(root);
  const zoom = attachToolMapZoom(root);

  const prerendered = root.querySelector("[data-results]")!.hasAttribute("data-prerendered");
  let generation = 0;
  const update = async () => {
    const current = ++generation;
    writeSearch(root, serializeAllocatorState(state));
    try {
      const [data, paths] = await Promise.all([loadLevel(state.level), loadPaths(state.level)]);
      if (current === generation) {
        // The page holds the build's drawing of the default setting: only its files remain to offer.
        if (prerendered && current === 1 && serializeAllocatorState(state) === "")
          offerFiles(root, text, state, needs[state.need], allocationOf(data, state, text));
        else await render(root, text, state, needs[state.need], data, paths, () => current !== generation);
        if (current === generation) zoom.refresh();
      }
    } catch (error) {
      showError(root, text.t("tools.loadError", { detail: String(error) }));
    }
  };
  const later = debounce(() => void update(), 120);

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", (event) => {
    const previousUnit = state.unit;
    const unit = (controls.units.value || ALLOCATOR_DEFAULTS.unit) as AmountUnit;
    // Switching unit: the old unit's default (or an amount the new unit cannot take) becomes the new default.
    if (unit !== previousUnit) {
      const typed = parseLocaleNumber(controls.amount.input.value, text.language);
      if (state.amount === DEFAULT_AMOUNT[previousUnit] || !typed.ok || !isValidAmount(typed.value, unit))
        controls.amount.input.value = writeLocaleNumber(DEFAULT_AMOUNT[unit], text.language);
    }
    const next = readControls(controls, state, text);
    controls.kValue.value = numberFormats(text.locale).decimal(next.k, 1);
    state = next;
    // Typing and sliding settle before recomputing (and before the summary is announced).
    if (event.target === controls.k || event.target === controls.amount.input) later();
    else void update();
  });
  void update();
}

function writeControls(c: Controls, state: AllocatorState, text: PageText): void {
  c.amount.input.value = writeLocaleNumber(state.amount, text.language);
  c.units.value = state.unit;
  c.level.value = state.level;
  c.need.value = state.need;
  c.k.value = String(state.k);
  c.kValue.value = numberFormats(text.locale).decimal(state.k, 1);
}

/** The form's setting; an invalid amount keeps the last valid one (the field says why). */
function readControls(c: Controls, previous: AllocatorState, text: PageText): AllocatorState {
  const unit = (c.units.value || ALLOCATOR_DEFAULTS.unit) as AmountUnit;
  const amount = readNumberField(c.amount, text);
  return {
    unit,
    amount: amount ?? (previous.unit === unit ? previous.amount : DEFAULT_AMOUNT[unit]),
    level: c.level.value,
    need: c.need.value as NeedScoreId,
    k: Number(Number(c.k.value).toFixed(1)),
  };
}

/** Draws a setting's allocation, then offers its files; stops when a newer setting was asked for. */
async function render(
  root: Document,
  text: PageText,
  state: AllocatorState,
  info: NeedInfo,
  data: ClientLevelData,
  paths: Record<string, string>,
  stale: () => boolean,
): Promise<void> {
  clearError(root);
  const drawn = await drawAllocation(root, text, state, info, data, paths, stale);
  if (!drawn) return;
  await yieldToBrowser();
  if (stale()) return;
  offerFiles(root, text, state, info, drawn);
}

/**
 * The shown allocation's files: the map's PNG named after the setting, the CSV, and the mark
 * the tests wait for. The page's own drawing of the default setting needs only these.
 */
function offerFiles(root: Document, text: PageText, state: AllocatorState, info: NeedInfo, drawn: Allocation): void {
  const { result, ranked } = drawn;
  const amount = amountFormatter(text, state);
  describeAllocatorMapExport(
    root,
    state,
    text.language,
    text.t("tools.allocator.amountShared", { amount: amount(result.units) }),
  );
  const link = root.querySelector<HTMLAnchorElement>("[data-csv]")!;
  setCsvLink(link, allocationCsv(result, state, info, ranked), `${allocationFileStem(state)}.csv`);
  root.querySelector<HTMLElement>("[data-results]")!.dataset.ready = serializeAllocatorState(state) || "default";
}
