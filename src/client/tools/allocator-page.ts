/**
 * The allocator page in the browser: reads the setting from the URL and the form, loads the
 * level's site data, and shows the formula, the map, the ranked table and the CSV link.
 */
import type { ClientLevelData } from "../../lib/client-data.ts";
import { loadLevel, loadPaths } from "../explorer/data.ts";
import { type AmountUnit, type NeedScoreId } from "../../lib/tools/allocation.ts";
import { allocatorMap } from "./allocator-map.ts";
import { allocationFileStem, describeAllocatorMapExport } from "./allocator-downloads.ts";
import {
  ALLOCATOR_DEFAULTS,
  DEFAULT_AMOUNT,
  isValidAmount,
  parseAllocatorState,
  serializeAllocatorState,
  type AllocatorState,
} from "./allocator-state.ts";
import {
  allocationCsv,
  amountFormatter,
  computeAllocation,
  formulaSentences,
  needValueText,
  perResident,
  rankRows,
  signedAmountFormatter,
  type NeedInfo,
} from "./allocator-view.ts";
import { numberFormats } from "../../lib/format.ts";
import { readPageText, type PageText } from "./messages.ts";
import { parseLocaleNumber, writeLocaleNumber } from "../../lib/locale-number.ts";
import { readNumberField, type NumberField } from "./number-field.ts";
import {
  clearError,
  debounce,
  paragraphs,
  revealToolUi,
  setCsvLink,
  showError,
  showParamIssues,
  tableRow,
  writeSearch,
  yieldToBrowser,
} from "./page-shell.ts";
import { renderLegend } from "../legend.ts";
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

  let generation = 0;
  const update = async () => {
    const current = ++generation;
    writeSearch(root, serializeAllocatorState(state));
    try {
      const [data, paths] = await Promise.all([loadLevel(state.level), loadPaths(state.level)]);
      if (current === generation) {
        await render(root, text, state, needs[state.need], data, paths, () => current !== generation);
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

/**
 * Draws a result in steps, giving the browser its turn between them (the summary, the map, the
 * table, the CSV), so that no single task blocks input for long on a slow phone. A step finding
 * that a newer setting was asked for (`stale`) stops: that setting's render follows.
 */
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
  const { t } = text;
  const f = numberFormats(text.locale);
  const result = computeAllocation(data, state, text.language);
  const ranked = rankRows(result.rows, text.locale);
  const amount = amountFormatter(text, state);
  const signed = signedAmountFormatter(text, state);
  const level = t(`level.${state.level}`);

  root
    .querySelector("[data-formula]")!
    .replaceChildren(...paragraphs(root, formulaSentences(text, state, info, result)));

  const top = ranked[0]!;
  const bottom = [...ranked].reverse().find((r) => r.allocation.relative !== null)!;
  root.querySelector("[data-summary]")!.textContent =
    state.k === 0
      ? t("tools.allocator.summaryBaseline", {
          amount: amount(result.units),
          count: f.integer(result.rows.length),
          level,
        })
      : t("tools.allocator.summary", {
          amount: amount(result.units),
          count: f.integer(result.rows.length),
          level,
          k: f.decimal(state.k, 1),
          top: top.name,
          topDifference: f.signedPercent(top.allocation.relative ?? 0),
          bottom: bottom.name,
          bottomDifference: f.signedPercent(bottom.allocation.relative ?? 0),
        });

  await yieldToBrowser();
  if (stale()) return;
  const title = t("tools.allocator.mapTitle", { level, need: info.label, k: f.decimal(state.k, 1) });
  const map = allocatorMap(text, result.rows, paths, {
    title,
    description: t("tools.allocator.mapDescription", { level }),
    share: (row) => amount(row.allocation.share),
  });
  root.querySelector("[data-map]")!.innerHTML = map.svg;
  describeAllocatorMapExport(
    root,
    state,
    text.language,
    t("tools.allocator.amountShared", { amount: amount(result.units) }),
  );
  root.querySelector("[data-legend-title]")!.textContent = t("tools.allocator.legendTitle");
  renderLegend(root.querySelector<HTMLElement>("[data-legend]")!, map.legend);

  await yieldToBrowser();
  if (stale()) return;
  root.querySelector("[data-table-caption]")!.textContent = t("tools.allocator.tableCaption", {
    level,
    need: info.label,
    k: f.decimal(state.k, 1),
    amount: amount(result.units),
  });
  const body = root.querySelector<HTMLElement>("[data-rows]")!;
  body.replaceChildren(
    ...ranked.map((row, i) =>
      tableRow(
        root,
        [
          { text: f.integer(i + 1), number: true },
          { text: row.name, header: true },
          { text: f.integer(row.population), number: true },
          { text: needValueText(text, info, row), number: true },
          {
            text: row.score === null ? t("tools.allocator.noScoreCell") : f.decimal(row.score, 2),
            number: row.score !== null,
          },
          { text: amount(row.allocation.share), number: true },
          { text: perResident(text, state, row), number: true },
          { text: amount(row.allocation.baseline), number: true },
          { text: signed(row.allocation.difference), number: true },
          { text: row.allocation.relative === null ? "–" : f.signedPercent(row.allocation.relative), number: true },
        ],
        row.code,
      ),
    ),
  );
  // Each amount column's header names its unit: euros, or full-time equivalents.
  for (const header of root.querySelectorAll<HTMLElement>("[data-unit-header]"))
    header.textContent = t(`tools.allocator.col.${header.dataset.unitHeader}.${state.unit}`);

  await yieldToBrowser();
  if (stale()) return;
  const link = root.querySelector<HTMLAnchorElement>("[data-csv]")!;
  setCsvLink(link, allocationCsv(result, state, info, ranked), `${allocationFileStem(state)}.csv`);
  root.querySelector<HTMLElement>("[data-results]")!.dataset.ready = serializeAllocatorState(state) || "default";
}
