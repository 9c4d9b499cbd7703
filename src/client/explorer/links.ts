/** Downloads, method link, embed page and the language switch all follow the current view. */
import type { Language } from "../../core/languages.ts";
import { explorerTableHref, serializeState, type ExplorerState } from "../../lib/explorer/state.ts";
import { indicatorPath, mapEmbedPath, mapFileBase } from "../../lib/routes.ts";
import { embedCode } from "../figure-tools.ts";

export function updateLinks(
  root: HTMLElement,
  config: { language: Language; embed: boolean },
  state: ExplorerState,
  title: string,
): void {
  const query = serializeState(state);
  const base = mapFileBase(config.language, state.indicator, state.level);
  const tools = root.querySelector<HTMLElement>("[data-figure-tools]");
  tools?.querySelector<HTMLAnchorElement>("a[href$='.csv']")?.setAttribute("href", `${base}.csv`);
  tools?.querySelector<HTMLAnchorElement>("a[href$='.svg']")?.setAttribute("href", `${base}.svg`);
  for (const link of tools?.querySelectorAll<HTMLAnchorElement>("a[download]") ?? []) {
    link.download = `${state.indicator}-${state.level}.${link.download.split(".").pop()}`;
  }
  if (tools) tools.dataset.title = title;
  if (tools?.dataset.embed !== undefined) {
    tools.dataset.embed = mapEmbedPath(config.language, query);
    const field = tools.querySelector<HTMLTextAreaElement>("textarea");
    if (field) field.value = embedCode(tools.dataset.embed, title, location.origin);
    tools.querySelector<HTMLAnchorElement>("a[href*='/embed/']")?.setAttribute("href", tools.dataset.embed);
  }
  root
    .querySelector<HTMLAnchorElement>("[data-method-link]")
    ?.setAttribute("href", indicatorPath(config.language, state.indicator));
  // The embed has no table of its own: its link opens the full explorer's table of this view.
  if (config.embed)
    root
      .querySelector<HTMLAnchorElement>("[data-table-link]")
      ?.setAttribute("href", explorerTableHref(config.language, state));
  document.querySelectorAll<HTMLAnchorElement>("[data-language-link]").forEach((link) => {
    link.href = `${link.pathname}${query}`;
  });
}
