/**
 * Browser side of SeriesSection.astro: reads the territories' values from the page's own table
 * (no second download), then offers the search to add territories (a WAI-ARIA combobox), the
 * `?area=` codes of a shared link, and the slope chart's two years, redrawing both charts with
 * the functions the build used.
 */
import { readClientMessages, translatorFrom, type Translate } from "../../i18n/format-message.ts";
import type { Language } from "../../core/languages.ts";
import { formatValue } from "../../lib/format.ts";
import { matchAreas, nextActive } from "../../lib/indicator/area-search.ts";
import { CHOSEN_COLOURS } from "../../lib/indicator/line-chart.ts";
import {
  lineChartTitle,
  renderLineChart,
  renderSlopeChart,
  type SeriesData,
  type SeriesTerritory,
} from "../../lib/indicator/series-chart.ts";
import { chosenCodes } from "../../lib/indicator/series-routes.ts";

interface SectionData extends Omit<SeriesData, "rows" | "region"> {
  language: Language;
}

/** The values of the table alternative: its rows are the chart's territories, the region marked. */
export function readSeriesTable(table: HTMLTableElement): { rows: SeriesTerritory[]; region: SeriesTerritory | null } {
  const rows: SeriesTerritory[] = [];
  let region: SeriesTerritory | null = null;
  for (const tr of table.tBodies[0]!.rows) {
    const territory = {
      code: tr.dataset.code!,
      name: tr.cells[0]!.textContent!.trim(),
      values: [...tr.querySelectorAll<HTMLElement>("td")].map((td) =>
        td.dataset.value === "" || td.dataset.value === undefined ? null : Number(td.dataset.value),
      ),
    };
    if (tr.hasAttribute("data-region")) region = territory;
    else rows.push(territory);
  }
  return { rows, region };
}

export function enhanceSeriesSection(root: Document): void {
  const section = root.querySelector<HTMLElement>("[data-series-section]:not([data-enhanced])");
  if (!section) return;
  section.dataset.enhanced = "true";
  const meta = JSON.parse(section.dataset.series!) as SectionData;
  const t = translatorFrom(readClientMessages(root, "series-messages"), meta.language);
  const data: SeriesData = { ...meta, ...readSeriesTable(section.querySelector("table[data-series-table]")!) };
  const known = new Set(data.rows.map((r) => r.code));
  const state = { chosen: chosenCodes(location.search).filter((code) => known.has(code)) };

  const controls = section.querySelector<HTMLElement>("[data-series-controls]")!;
  const slopeControls = section.querySelector<HTMLElement>("[data-slope-controls]")!;
  controls.hidden = false;
  slopeControls.hidden = false;
  const from = slopeControls.querySelector<HTMLSelectElement>("[data-slope-from]")!;
  const to = slopeControls.querySelector<HTMLSelectElement>("[data-slope-to]")!;

  const redraw = () => {
    section.querySelector("[data-series-chart]")!.innerHTML = renderLineChart(t, meta.language, data, state.chosen);
    section.querySelector("[data-series-title]")!.textContent = lineChartTitle(t, data);
    drawSlope(section, t, meta.language, data, Number(from.value), Number(to.value), state.chosen);
    drawChosen(section, t, data, state.chosen, remove);
    const url = new URL(location.href);
    if (state.chosen.length) url.searchParams.set("area", state.chosen.join(","));
    else url.searchParams.delete("area");
    history.replaceState(history.state, "", url);
  };
  const status = section.querySelector<HTMLElement>("[data-series-status]")!;
  const add = (code: string) => {
    if (state.chosen.includes(code)) return;
    state.chosen = [...state.chosen, code];
    redraw();
    status.textContent = t("charts.line.added", { name: data.rows.find((r) => r.code === code)!.name });
  };
  const remove = (code: string) => {
    const name = data.rows.find((r) => r.code === code)!.name;
    state.chosen = state.chosen.filter((c) => c !== code);
    redraw();
    status.textContent = t("charts.line.removed", { name });
    section.querySelector<HTMLInputElement>("#series-search")!.focus();
  };
  setUpSearch(section, t, data, state, add);
  from.addEventListener("change", redraw);
  to.addEventListener("change", redraw);
  if (state.chosen.length) redraw();
}

function drawSlope(
  section: HTMLElement,
  t: Translate,
  language: Language,
  data: SeriesData,
  fromYear: number,
  toYear: number,
  chosen: readonly string[],
): void {
  const slope = renderSlopeChart(t, language, data, fromYear, toYear, chosen);
  section.querySelector("[data-slope-chart]")!.innerHTML = slope.svg;
  section.querySelector("[data-slope-title]")!.textContent = slope.title;
  const note = section.querySelector<HTMLElement>("[data-slope-break]")!;
  note.textContent = slope.breakNote ?? "";
  note.hidden = slope.breakNote === null;
  const table = section.querySelector<HTMLTableElement>("table[data-slope-table]")!;
  table.querySelector("[data-slope-caption]")!.textContent = t("charts.slope.caption", {
    indicator: data.indicator,
    from: fromYear,
    to: toYear,
  });
  table.querySelector("[data-slope-head='from']")!.textContent = String(fromYear);
  table.querySelector("[data-slope-head='to']")!.textContent = String(toYear);
  const i = data.years.indexOf(fromYear);
  const j = data.years.indexOf(toYear);
  const all = [...(data.region ? [data.region] : []), ...data.rows];
  const format = (v: number | null) => (v === null ? "" : formatValue(v, data.unit, language));
  for (const territory of all) {
    const tr = table.querySelector<HTMLTableRowElement>(`tr[data-code="${CSS.escape(territory.code)}"]`);
    if (!tr) continue;
    const a = territory.values[i] ?? null;
    const b = territory.values[j] ?? null;
    const change = slope.breakNote === null && a !== null && b !== null ? b - a : null;
    const sign = change === null ? "" : change > 0 ? "+" : change < 0 ? "\u2212" : "";
    tr.cells[1]!.textContent = format(a);
    tr.cells[2]!.textContent = format(b);
    tr.cells[3]!.textContent = change === null ? "" : `${sign}${format(Math.abs(change))}`;
  }
}

/** The chosen territories as a list, each with its colour and a button to remove it. */
function drawChosen(
  section: HTMLElement,
  t: Translate,
  data: SeriesData,
  chosen: readonly string[],
  remove: (code: string) => void,
): void {
  const list = section.querySelector<HTMLElement>("[data-series-chosen]")!;
  list.replaceChildren(
    ...chosen.map((code, index) => {
      const name = data.rows.find((r) => r.code === code)!.name;
      const item = document.createElement("li");
      item.dataset.code = code;
      item.style.setProperty("--swatch", CHOSEN_COLOURS[index % CHOSEN_COLOURS.length]!);
      const label = document.createElement("span");
      label.textContent = name;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "×";
      button.setAttribute("aria-label", t("charts.line.remove", { name }));
      button.addEventListener("click", () => remove(code));
      item.append(label, button);
      return item;
    }),
  );
}

function setUpSearch(
  section: HTMLElement,
  t: Translate,
  data: SeriesData,
  state: { chosen: string[] },
  add: (code: string) => void,
): void {
  const input = section.querySelector<HTMLInputElement>("#series-search")!;
  const listbox = section.querySelector<HTMLUListElement>("#series-options")!;
  const status = section.querySelector<HTMLElement>("[data-series-status]")!;
  let options: SeriesTerritory[] = [];
  let active = -1;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const show = () => {
    options = matchAreas(data.rows, input.value, state.chosen);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    listbox.replaceChildren(
      ...options.map((area, index) => {
        const option = document.createElement("li");
        option.id = `series-option-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.code = area.code;
        option.textContent = area.name;
        // mousedown, not click: the input must keep the focus.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(index);
        });
        return option;
      }),
    );
    const open = input.value.trim() !== "";
    listbox.hidden = !open || options.length === 0;
    input.setAttribute("aria-expanded", String(!listbox.hidden));
    if (open)
      status.textContent = options.length
        ? t("charts.line.matches", { count: options.length })
        : t("charts.line.noMatch", { level: data.levelName });
  };
  const highlight = (index: number) => {
    active = index;
    for (const [i, option] of [...listbox.children].entries())
      option.setAttribute("aria-selected", String(i === index));
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else {
      input.setAttribute("aria-activedescendant", `series-option-${index}`);
      listbox.children[index]!.scrollIntoView({ block: "nearest" });
    }
  };
  const choose = (index: number) => {
    const area = options[index];
    if (!area) return;
    input.value = "";
    close();
    add(area.code);
  };
  input.addEventListener("input", show);
  input.addEventListener("keydown", (event) => {
    if (["ArrowDown", "ArrowUp"].includes(event.key)) {
      event.preventDefault();
      if (listbox.hidden) show();
      highlight(nextActive(active, options.length, event.key));
    } else if (event.key === "Enter") {
      if (options.length === 0) return;
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      if (!listbox.hidden) close();
      else input.value = "";
    }
  });
  input.addEventListener("blur", close);
}
