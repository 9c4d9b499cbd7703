/** The explorer's form controls: indicator, level, overlays, search and the guided question. */
import { MAP_LEVELS } from "../../core/levels.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { DEFAULT_STATE, type ExplorerState } from "../../lib/explorer/state.ts";
import { OVERLAYS } from "../../lib/explorer/view.ts";
import { loadCatalog } from "./data.ts";
import { wireAreaSearch } from "./area-search.ts";
import { readQuestionThreshold } from "./question-panel.ts";
import type { Language } from "../../core/languages.ts";

/** The controls show the current view. */
export function syncControls(root: HTMLElement, state: ExplorerState): void {
  const indicator = root.querySelector<HTMLSelectElement>("[data-control=indicator]");
  if (indicator) indicator.value = state.indicator;
  const level = root.querySelector<HTMLSelectElement>("[data-control=level]");
  if (level) level.value = state.level;
  root
    .querySelectorAll<HTMLInputElement>("[data-control=overlay]")
    .forEach((box) => (box.checked = state.overlays.includes(box.value)));
}

/** Every control changes the view through `change`, which pushes it to the history. */
export function wireControls(
  root: HTMLElement,
  current: () => ExplorerState,
  change: (next: Partial<ExplorerState>) => void,
  t: Translate,
  language: Language,
): void {
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  $<HTMLSelectElement>("[data-control=indicator]")?.addEventListener("change", async (event) => {
    const state = current();
    const id = (event.target as HTMLSelectElement).value;
    const entry = (await loadCatalog()).find((i) => i.id === id);
    const level =
      entry && entry.levels.length && !entry.levels.includes(state.level)
        ? (MAP_LEVELS.find((l) => entry.levels.includes(l)) ?? state.level)
        : state.level;
    // Another indicator has other years: back to its headline year.
    change({ indicator: id, level, area: level === state.level ? state.area : null, year: null, fromYear: null });
  });
  $<HTMLSelectElement>("[data-control=level]")?.addEventListener("change", async (event) => {
    const state = current();
    const level = (event.target as HTMLSelectElement).value;
    const entry = (await loadCatalog()).find((i) => i.id === state.indicator);
    const indicator =
      entry && entry.levels.length && !entry.levels.includes(level) ? DEFAULT_STATE.indicator : state.indicator;
    change({ level, indicator, area: null, year: null, fromYear: null });
  });
  root.querySelectorAll<HTMLInputElement>("[data-control=overlay]").forEach((box) =>
    box.addEventListener("change", () =>
      change({
        overlays: OVERLAYS.filter(
          (o) => root.querySelector<HTMLInputElement>(`[data-control=overlay][value="${o}"]`)?.checked,
        ),
      }),
    ),
  );
  wireAreaSearch(root, language, t, async (target) => {
    const state = current();
    if (target === null || !MAP_LEVELS.includes(target.level)) {
      change({ area: null });
      return;
    }
    // As the level picker does: an indicator without values at the chosen level gives way to the default.
    const entry = (await loadCatalog()).find((i) => i.id === state.indicator);
    const indicator =
      entry && entry.levels.length && !entry.levels.includes(target.level) ? DEFAULT_STATE.indicator : state.indicator;
    const years = target.level === state.level ? {} : { year: null, fromYear: null };
    change({ level: target.level, area: target.code, indicator, ...years });
  });
  // Both control forms (the pickers, and years, layers and search): Enter in a field must not reload the page.
  root
    .querySelectorAll<HTMLFormElement>("form[data-controls]")
    .forEach((form) => form.addEventListener("submit", (event) => event.preventDefault()));
  $<HTMLFormElement>("[data-question-form]")?.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (name: string) => $<HTMLSelectElement | HTMLInputElement>(`[data-question=${name}]`)!.value;
    const threshold = readQuestionThreshold(root, language, t);
    if (threshold === null) return;
    change({
      question: {
        first: value("first"),
        worstPercent: Number(value("percent")),
        second: value("second"),
        comparison: value("comparison") === "gt" ? "gt" : "lt",
        threshold,
      },
    });
  });
  $<HTMLButtonElement>("[data-question-clear]")?.addEventListener("click", () => change({ question: null }));
}
