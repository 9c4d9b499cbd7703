/**
 * Tooltips, click and keyboard on the explorer's map: the arrows walk the areas in rank order. On a
 * touch screen the first tap shows the area's card (src/client/map/area-card.ts), the second opens it.
 */
import type { Translate } from "../../i18n/format-message.ts";
import type { Language } from "../../core/languages.ts";
import { areaCard } from "../map/area-card.ts";
import type { ExplorerRow } from "../../lib/explorer/view.ts";
import type { ViewRows } from "./rows.ts";

export function wireMapPointer(
  root: HTMLElement,
  rows: ViewRows,
  t: Translate,
  language: Language,
  /** Opens an area's profile: this tab on the site, a new tab from an embed. */
  open: (href: string) => void = (href) => location.assign(href),
): void {
  const mapFrame = root.querySelector<HTMLElement>("[data-map]")!;
  const tooltip = root.querySelector<HTMLElement>("[data-tooltip]")!;
  const describe = (row: ExplorerRow) =>
    row.rank === null
      ? t("explorer.tooltipNoRank", { name: row.name, value: row.valueText, year: row.year })
      : t("explorer.tooltip", {
          name: row.name,
          value: row.valueText,
          rank: row.rank,
          count: rows.rankedCount,
          year: row.year,
        });
  const showTooltip = (code: string, x: number, y: number) => {
    const row = rows.byCode.get(code);
    if (!row) return;
    tooltip.textContent = describe(row);
    tooltip.hidden = false;
    tooltip.style.insetInlineStart = `${x + 12}px`;
    tooltip.style.insetBlockStart = `${y + 12}px`;
  };
  const figure = mapFrame.closest("figure")!;
  const card = areaCard(figure, rows, t, language, open);
  mapFrame.addEventListener("pointermove", (event) => {
    const code = (event.target as Element).closest("path[data-code]")?.getAttribute("data-code");
    const box = figure.getBoundingClientRect();
    if (code) showTooltip(code, event.clientX - box.left, event.clientY - box.top);
    else tooltip.hidden = true;
  });
  mapFrame.addEventListener("pointerleave", () => (tooltip.hidden = true));
  mapFrame.addEventListener("click", (event) => {
    const code = (event.target as Element).closest("path[data-code]")?.getAttribute("data-code");
    const row = code ? rows.byCode.get(code) : undefined;
    if (!row) {
      card.hide();
      return;
    }
    // A touch screen has no hover: the first tap shows the card, a second tap on it opens the profile.
    if (isTouch(event) && card.shownCode() !== row.code) {
      tooltip.hidden = true;
      const box = figure.getBoundingClientRect();
      card.show(row, event.clientX - box.left, event.clientY - box.top);
      return;
    }
    card.hide();
    const box = figure.getBoundingClientRect();
    showTooltip(row.code, event.clientX - box.left, event.clientY - box.top);
    open(row.href);
  });
  // The arrows walk the areas in rank order, the order of `rows.list`.
  mapFrame.addEventListener("keydown", (event) => {
    // Shift+arrows move the zoomed map (src/client/map/zoom.ts).
    if (["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"].includes(event.key) && !event.shiftKey) {
      event.preventDefault();
      if (!rows.list.length) return;
      const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1;
      rows.focusIndex = (rows.focusIndex + step + rows.list.length) % rows.list.length;
      const row = rows.list[rows.focusIndex]!;
      mapFrame.querySelectorAll("path.focused").forEach((p) => p.classList.remove("focused"));
      const path = mapFrame.querySelector(`path[data-code="${CSS.escape(row.code)}"]`);
      path?.classList.add("focused");
      const box = path?.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      showTooltip(
        row.code,
        box ? box.left - frame.left + box.width / 2 : 0,
        box ? box.top - frame.top + box.height / 2 : 0,
      );
      const live = root.querySelector<HTMLElement>("[data-notices]")!;
      live.textContent = describe(row);
    } else if (event.key === "Enter") {
      const row = rows.list[rows.focusIndex];
      if (row) open(row.href);
    } else if (event.key === "Escape") {
      tooltip.hidden = true;
      card.hide();
    }
  });
  mapFrame.addEventListener("blur", () => (tooltip.hidden = true));
}

/** A tap, not a mouse click: the click's pointer type, or a coarse pointer when the browser gives none. */
function isTouch(event: MouseEvent): boolean {
  const type = (event as PointerEvent).pointerType;
  if (type) return type === "touch" || type === "pen";
  return window.matchMedia("(pointer: coarse)").matches;
}
