/**
 * The card a first tap on a touch screen shows over the explorer's map: the area's name, value and
 * rank ("3e sur 116") and a link to its profile; a second tap on the same area opens the profile.
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import type { ExplorerRow } from "../../lib/explorer/view.ts";
import { rankText } from "../../lib/map/area-card.ts";

export interface AreaCard {
  show(row: ExplorerRow, x: number, y: number): void;
  hide(): void;
  /** The area whose card is open, or null. */
  shownCode(): string | null;
}

export function areaCard(
  figure: HTMLElement,
  rows: { rankedCount: number },
  t: Translate,
  language: Language,
  open: (href: string) => void,
): AreaCard {
  const card = document.createElement("div");
  card.className = "map-card";
  card.dataset.mapCard = "";
  card.hidden = true;
  card.setAttribute("role", "status");
  const name = document.createElement("p");
  name.className = "map-card-name";
  const value = document.createElement("p");
  const rank = document.createElement("p");
  const link = document.createElement("a");
  link.textContent = t("map.card.open");
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent = t("map.card.hint");
  const close = document.createElement("button");
  close.type = "button";
  close.className = "map-card-close";
  close.textContent = "×";
  close.setAttribute("aria-label", t("map.card.close"));
  card.append(close, name, value, rank, link, hint);
  figure.append(card);
  let code: string | null = null;
  const hide = () => {
    card.hidden = true;
    code = null;
  };
  close.addEventListener("click", hide);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    open(link.href);
  });
  return {
    show(row, x, y) {
      code = row.code;
      name.textContent = row.name;
      value.textContent = `${row.valueText} (${row.period})`;
      rank.textContent = rankText(t, language, row.rank, rows.rankedCount);
      link.href = row.href;
      card.hidden = false;
      // Inside the figure, below the finger where there is room, never past its right edge.
      const width = figure.clientWidth;
      card.style.insetInlineStart = `${Math.max(0, Math.min(x - 100, width - 220))}px`;
      card.style.insetBlockStart = `${y + 16}px`;
    },
    hide,
    shownCode: () => code,
  };
}
