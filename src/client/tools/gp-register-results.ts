/**
 * The register page's results: the table of the chosen level and indicator (the map's accessible
 * alternative, sortable, each area a button that opens its card), the area card with every
 * indicator and its INAMI class, before and after the what-if edits side by side, and the summary.
 */
import {
  GP_REGISTER_INDICATORS,
  change,
  sortResultRows,
  type AreaResult,
  type GpIndicatorId,
  type ResultRow,
  type SortKey,
} from "../../lib/tools/gp-register.ts";
import { numberFormats } from "../../lib/format.ts";
import { PROFILE_LEVELS } from "../../core/levels.ts";
import { profilePath } from "../../lib/routes.ts";
import { formatChange, formatIndicator } from "./gp-register-map.ts";
import type { RegisterParameters } from "./gp-register-engine.ts";
import type { PageText } from "./messages.ts";

export interface TableView {
  level: string;
  indicator: GpIndicatorId;
  rows: readonly ResultRow[];
  edited: boolean;
  sort: { key: SortKey; ascending: boolean } | null;
  selectedArea: string | null;
}

function cell(root: Document, tag: "td" | "th", text: string, number = false): HTMLTableCellElement {
  const element = root.createElement(tag);
  element.textContent = text;
  if (number) element.classList.add("number");
  return element;
}

export function valueText(text: PageText, indicator: GpIndicatorId, value: number | null | undefined): string {
  return value === null || value === undefined ? text.t("gpr.noValue") : formatIndicator(text, indicator, value);
}

export function changeText(text: PageText, indicator: GpIndicatorId, value: number | null | undefined): string {
  return value === null || value === undefined ? text.t("gpr.noValue") : formatChange(text, indicator, value);
}

/** Draws the table; `onSort` and `onSelect` are the header buttons' and the area buttons' actions. */
export function renderTable(
  root: Document,
  text: PageText,
  view: TableView,
  onSort: (key: SortKey) => void,
  onSelect: (code: string) => void,
): void {
  const { t } = text;
  const f = numberFormats(text.locale);
  const indicator = t(`gpr.indicator.${view.indicator}`);
  root.querySelector("[data-table-caption]")!.textContent = t(
    view.edited ? "gpr.table.captionEdited" : "gpr.table.caption",
    { indicator, level: t(`level.one.${view.level}`) },
  );
  const columns: { key: SortKey; label: string; number: boolean }[] = [
    { key: "name", label: t(`gpr.levelName.${view.level}`), number: false },
    { key: "population", label: t("gpr.table.population"), number: true },
    { key: "headcount", label: t("gpr.table.headcount"), number: true },
    ...(view.edited
      ? [
          { key: "before" as const, label: t("gpr.table.before", { indicator }), number: true },
          { key: "value" as const, label: t("gpr.table.after", { indicator }), number: true },
          { key: "change" as const, label: t("gpr.table.change"), number: true },
        ]
      : [{ key: "value" as const, label: indicator, number: true }]),
  ];
  const headRow = root.createElement("tr");
  for (const column of columns) {
    const th = root.createElement("th");
    th.scope = "col";
    if (column.number) th.classList.add("number");
    const button = root.createElement("button");
    button.type = "button";
    button.dataset.sort = column.key;
    button.textContent = column.label;
    button.addEventListener("click", () => onSort(column.key));
    th.append(button);
    if (view.sort?.key === column.key) th.setAttribute("aria-sort", view.sort.ascending ? "ascending" : "descending");
    headRow.append(th);
  }
  root.querySelector("[data-table-head]")!.replaceChildren(headRow);

  const rows = view.sort ? sortResultRows(view.rows, view.sort.key, view.sort.ascending) : view.rows;
  root.querySelector("[data-table-body]")!.replaceChildren(
    ...rows.map((row) => {
      const tr = root.createElement("tr");
      tr.dataset.code = row.code;
      if (row.code === view.selectedArea) tr.classList.add("selected");
      const th = root.createElement("th");
      th.scope = "row";
      const button = root.createElement("button");
      button.type = "button";
      button.textContent = row.name;
      button.addEventListener("click", () => onSelect(row.code));
      th.append(button);
      tr.append(
        th,
        cell(root, "td", f.integer(row.population), true),
        cell(root, "td", f.upTo(row.headcount, 2), true),
      );
      if (view.edited) {
        tr.append(
          cell(root, "td", valueText(text, view.indicator, row.before), true),
          cell(root, "td", valueText(text, view.indicator, row.value), true),
          cell(root, "td", changeText(text, view.indicator, row.change), true),
        );
      } else tr.append(cell(root, "td", valueText(text, view.indicator, row.value), true));
      return tr;
    }),
  );
}

/** The INAMI class of a ratio per 1,000, in words. */
function inamiWords(text: PageText, value: number | null, p: RegisterParameters): string {
  if (value === null) return "";
  if (value < p.inami_severe_per_1000) return text.t("gpr.card.severe");
  if (value < p.inami_shortage_per_1000) return text.t("gpr.card.shortage");
  return text.t("gpr.card.noShortage");
}

/** The area card (the profile view of one area): every indicator, and before/after when edited. */
export function renderCard(
  root: Document,
  text: PageText,
  code: string,
  name: string,
  level: string,
  after: AreaResult,
  before: AreaResult | null,
  parameters: RegisterParameters,
): void {
  const { t } = text;
  const f = numberFormats(text.locale);
  const section = root.querySelector<HTMLElement>("[data-area-card]")!;
  root.querySelector("[data-card-heading]")!.textContent = t("gpr.card.heading", {
    name,
    level: t(`gpr.levelName.${level}`),
  });
  root.querySelector("[data-card-caption]")!.textContent = t("gpr.card.caption", {
    population: f.integer(after.population),
    headcount: f.upTo(after.headcount, 2),
    fte: after.fte === null ? t("gpr.noValue") : f.upTo(after.fte, 2),
  });
  const head = root.createElement("tr");
  head.append(cell(root, "th", t("gpr.card.indicator")));
  if (before)
    head.append(
      cell(root, "th", t("gpr.card.before"), true),
      cell(root, "th", t("gpr.card.after"), true),
      cell(root, "th", t("gpr.table.change"), true),
    );
  else head.append(cell(root, "th", t("gpr.card.value"), true));
  head.append(cell(root, "th", t("gpr.card.class")));
  head.querySelectorAll("th").forEach((th) => (th.scope = "col"));
  root.querySelector("[data-card-head]")!.replaceChildren(head);
  root.querySelector("[data-card-body]")!.replaceChildren(
    ...GP_REGISTER_INDICATORS.map((info) => {
      const tr = root.createElement("tr");
      const header = cell(root, "th", t(`gpr.indicator.${info.id}`));
      header.scope = "row";
      tr.append(header);
      const value = after.values[info.id];
      if (before) {
        const old = before.values[info.id];
        tr.append(
          cell(root, "td", valueText(text, info.id, old), true),
          cell(root, "td", valueText(text, info.id, value), true),
          cell(root, "td", changeText(text, info.id, change(old, value)), true),
        );
      } else tr.append(cell(root, "td", valueText(text, info.id, value), true));
      tr.append(cell(root, "td", info.unit === "per_1000" ? inamiWords(text, value, parameters) : ""));
      return tr;
    }),
  );
  // The published profile of the area: what is known of it besides this register.
  const profile = root.querySelector<HTMLElement>("[data-card-profile]")!;
  profile.hidden = !PROFILE_LEVELS.includes(level);
  const link = profile.querySelector<HTMLAnchorElement>("a")!;
  link.href = profilePath(text.language, level, code);
  link.textContent = t("gpr.card.profile", { name });
  section.hidden = false;
}

export function hideCard(root: Document): void {
  root.querySelector<HTMLElement>("[data-area-card]")!.hidden = true;
}

/** The region's figures in sentences. */
export function summarySentences(
  text: PageText,
  region: AreaResult | undefined,
  practices: number,
  parameters: RegisterParameters,
): string[] {
  if (!region) return [];
  const { t } = text;
  const f = numberFormats(text.locale);
  const v = region.values;
  const sentences = [
    t("gpr.summary.supply", {
      practices: f.integer(practices),
      headcount: f.upTo(region.headcount, 2),
      per1000: valueText(text, "gp_per_1000", v.gp_per_1000),
      threshold: f.upTo(parameters.inami_shortage_per_1000, 2),
    }),
    t("gpr.summary.access", {
      access: valueText(text, "gp_access_2sfca", v.gp_access_2sfca),
      radius: f.integer(parameters.catchment_m),
      below: valueText(text, "gp_share_below_threshold", v.gp_share_below_threshold),
      severe: valueText(text, "gp_share_below_severe", v.gp_share_below_severe),
    }),
  ];
  return sentences;
}
