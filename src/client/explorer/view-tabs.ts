/**
 * The explorer's view tabs (map, chart, table, sources, download) over one state, in the ARIA tabs pattern: arrow keys,
 * Home and End move between tabs and select them (automatic activation); the tab is in the URL.
 */
import type { ExplorerState, ExplorerTab } from "../../lib/explorer/state.ts";

/** Tabs and panels show the state's tab. */
export function syncViewTabs(root: HTMLElement, state: ExplorerState): void {
  // An embed has no tabs: it always shows its map, whatever tab= its address carries.
  if (!root.querySelector("[data-tabs]")) return;
  root.querySelectorAll<HTMLElement>("[data-tabs] [role=tab]").forEach((tab) => {
    const selected = tab.dataset.tab === state.tab;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
  });
  root.querySelectorAll<HTMLElement>("[data-tab-panel]").forEach((panel) => {
    panel.hidden = panel.dataset.tabPanel !== state.tab;
  });
}

/**
 * Wires the tab list (shown from the first paint; hidden without this script by the explorer's
 * noscript style) and changes the view's tab through `change`. The map's
 * link to its table opens the Table tab: without this script it is an anchor to the table, shown.
 */
export function wireViewTabs(root: HTMLElement, change: (next: Partial<ExplorerState>) => void): void {
  const list = root.querySelector<HTMLElement>("[data-tabs]");
  if (!list) return;
  const tabs = [...list.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  const select = (index: number) => {
    tabs[index]!.focus();
    change({ tab: tabs[index]!.dataset.tab as ExplorerTab });
  };
  const table = tabs.findIndex((tab) => tab.dataset.tab === "table");
  root.querySelector<HTMLAnchorElement>("[data-table-link]")?.addEventListener("click", (event) => {
    event.preventDefault();
    select(table);
  });
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(i));
    tab.addEventListener("keydown", (event) => {
      const next = {
        ArrowRight: (i + 1) % tabs.length,
        ArrowLeft: (i - 1 + tabs.length) % tabs.length,
        Home: 0,
        End: tabs.length - 1,
      }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(next);
    });
  });
}
