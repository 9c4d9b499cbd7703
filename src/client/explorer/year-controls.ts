/**
 * The year controls: a slider and a select bound together (the slider walks the published years
 * in order, whatever the gaps between them), and the change view's switch and first year. What
 * they offer comes from src/lib/explorer/year-options.ts, as at build time.
 */
import type { Translate } from "../../i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import type { ExplorerState } from "../../lib/explorer/state.ts";
import { withChange, withYear, yearControls, type YearOption } from "../../lib/explorer/year-options.ts";

const options = (select: HTMLSelectElement, list: YearOption[], selected: number | null) =>
  select.replaceChildren(...list.map((o) => new Option(o.label, String(o.year), false, o.year === selected)));

/** The controls show the view's years (hidden when the indicator has one year at this level). */
export function syncYearControls(root: HTMLElement, state: ExplorerState, entry: ClientCatalogEntry, t: Translate) {
  const box = root.querySelector<HTMLElement>("[data-years]");
  if (!box) return;
  const controls = yearControls(entry, state, t);
  box.hidden = controls.hidden;
  if (controls.hidden) return;
  const range = box.querySelector<HTMLInputElement>("[data-control=year-range]")!;
  range.max = String(controls.years.length - 1);
  range.value = String(controls.index);
  range.setAttribute("aria-valuetext", controls.years[controls.index]?.label ?? String(controls.year));
  range.dataset.yearList = controls.years.map((o) => o.year).join(",");
  options(box.querySelector<HTMLSelectElement>("[data-control=year]")!, controls.years, controls.year);
  const ticks = box.querySelector<HTMLElement>("[data-year-ticks]");
  ticks?.replaceChildren(
    ...controls.years.flatMap((o, i) => {
      if (!o.labelled) return [];
      const tick = document.createElement("span");
      tick.textContent = String(o.year);
      tick.className = o.isBreak ? "tick break" : "tick";
      tick.style.insetInlineStart = `${(100 * i) / Math.max(1, controls.years.length - 1)}%`;
      return [tick];
    }),
  );
  const change = box.querySelector<HTMLInputElement>("[data-control=change]")!;
  change.checked = controls.fromYear !== null;
  change.disabled = controls.fromYears.length === 0;
  const from = box.querySelector<HTMLSelectElement>("[data-control=year-from]")!;
  options(from, controls.fromYears, controls.fromYear);
  box.querySelector<HTMLElement>("[data-year-from]")!.hidden = controls.fromYear === null;
  const hint = box.querySelector<HTMLElement>("[data-years-no-earlier]")!;
  hint.hidden = controls.fromYears.length > 0;
  hint.textContent = t("explorer.years.noEarlier", { year: controls.year });
}

/** Every year control changes the view through `change`, like the other controls. */
export function wireYearControls(
  root: HTMLElement,
  current: () => ExplorerState,
  entry: () => Promise<ClientCatalogEntry | undefined>,
  change: (next: Partial<ExplorerState>, walking: boolean) => void,
): void {
  const box = root.querySelector<HTMLElement>("[data-years]");
  if (!box) return;
  const range = box.querySelector<HTMLInputElement>("[data-control=year-range]")!;
  const select = box.querySelector<HTMLSelectElement>("[data-control=year]")!;
  const yearAt = (index: number) => Number(range.dataset.yearList!.split(",")[index]);
  const chooseYear = async (year: number) => {
    const found = await entry();
    if (found && Number.isFinite(year)) change(withYear(current(), found, year), true);
  };
  // While the slider moves, the select follows; the view changes once the slider is released (or per key press).
  range.addEventListener("input", () => {
    select.selectedIndex = Number(range.value);
    range.setAttribute("aria-valuetext", select.selectedOptions[0]?.text ?? "");
  });
  range.addEventListener("change", () => void chooseYear(yearAt(Number(range.value))));
  select.addEventListener("change", () => void chooseYear(Number(select.value)));
  box.querySelector<HTMLInputElement>("[data-control=change]")!.addEventListener("change", async (event) => {
    const found = await entry();
    if (found) change(withChange(current(), found, (event.target as HTMLInputElement).checked), false);
  });
  box.querySelector<HTMLSelectElement>("[data-control=year-from]")!.addEventListener("change", (event) => {
    change({ fromYear: Number((event.target as HTMLSelectElement).value) }, false);
  });
}
