/** Downloads, method link, embed page and the language switch all follow the current view. */
import type { Language } from "../../core/languages.ts";
import { explorerEmbedPath, explorerTableHref, serializeState, type ExplorerState } from "../../lib/explorer/state.ts";
import { writeYearParam } from "../../lib/explorer/year-state.ts";
import { downloadBaseName, indicatorPath, mapFileBase } from "../../lib/routes.ts";
import { refreshSnippets } from "../embed/snippet-controls.ts";
import { setShownCsv } from "../spreadsheet-downloads.ts";

/** The object URL of the last view's CSV, released when the next view replaces it. */
let viewCsvUrl: string | null = null;

export function updateLinks(
  root: HTMLElement,
  config: { language: Language; embed: boolean },
  state: ExplorerState,
  title: string,
  /** The CSV of another year or of a change (the static files hold the headline year only). */
  csv: string | null = null,
  /** The indicator's headline year: what the static files hold, named in the download names. */
  headlineYear: number | null = null,
): void {
  const query = serializeState(state);
  const base = mapFileBase(config.language, state.indicator, state.level);
  const tools = root.querySelector<HTMLElement>("[data-figure-tools]");
  if (viewCsvUrl) URL.revokeObjectURL(viewCsvUrl);
  viewCsvUrl = csv === null ? null : URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const years = writeYearParam(state);
  const name = downloadBaseName([state.indicator, state.level, years ?? headlineYear, config.language]);
  // Found by their download name: the CSV's address may be an object URL.
  const csvLink = tools?.querySelector<HTMLAnchorElement>("a[download$='.csv']");
  if (tools) setShownCsv(tools, csv);
  csvLink?.setAttribute("href", viewCsvUrl ?? `${base}.csv`);
  // The static SVG shows the headline year: offered only with that view. Without its address, the
  // PNG export draws the figure's own picture (src/client/figure-tools.ts), the year or change shown.
  const svgLink = tools?.querySelector<HTMLAnchorElement>("a[download$='.svg']");
  if (svgLink) {
    if (years === null) svgLink.setAttribute("href", `${base}.svg`);
    else svgLink.removeAttribute("href");
    svgLink.hidden = years !== null;
  }
  for (const link of tools?.querySelectorAll<HTMLAnchorElement>("a[download]") ?? []) {
    link.download = `${name}.${link.download.split(".").pop()}`;
  }
  if (tools) tools.dataset.title = title;
  if (tools?.dataset.embed !== undefined) {
    tools.dataset.embed = explorerEmbedPath(config.language, state);
    refreshSnippets(tools);
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
  root.querySelector<HTMLAnchorElement>("[data-permalink]")?.setAttribute("href", `${location.pathname}${query}`);
  document.querySelectorAll<HTMLAnchorElement>("[data-language-link]").forEach((link) => {
    link.href = `${link.pathname}${query}`;
  });
}
