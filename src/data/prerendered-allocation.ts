/**
 * The allocator's default setting drawn into its page by the build: the summary, formula, map,
 * legend and ranked table are painted with the page, before any script runs. The values are the
 * site data the browser reads (client-data.ts); the drawing is the browser's own code
 * (allocator-render.ts) on a linkedom document, so that the script, drawing the same setting,
 * writes exactly the same markup (a browser test compares them).
 */
import { parseHTML } from "linkedom";
import type { Language } from "../core/languages.ts";
import { drawAllocation } from "../client/tools/allocator-render.ts";
import { ALLOCATOR_DEFAULTS } from "../client/tools/allocator-state.ts";
import type { NeedInfo } from "../client/tools/allocator-view.ts";
import { createTranslator } from "../i18n/translate.ts";
import { locale } from "../lib/format.ts";
import type { LegendItem } from "../lib/map/svg.ts";
import { clientLevelData, clientPaths } from "./client-data.ts";

export interface PrerenderedAllocation {
  summary: string;
  /** Inner HTML of each part, as the script writes it. */
  formula: string;
  map: string;
  legend: LegendItem[];
  caption: string;
  rows: string;
}

/** The parts drawAllocation writes (allocator-render.ts), each empty, as the page holds them. */
const PARTS = `<!doctype html><html><body>
<p data-summary></p><div data-formula></div><div data-map></div>
<p data-legend-title></p><ul data-legend></ul>
<table><caption data-table-caption></caption><tbody data-rows></tbody></table>
</body></html>`;

export async function prerenderedAllocation(language: Language, info: NeedInfo): Promise<PrerenderedAllocation> {
  const text = { language, locale: locale(language), t: createTranslator(language) };
  const state = ALLOCATOR_DEFAULTS;
  const { document } = parseHTML(PARTS);
  const drawn = await drawAllocation(
    document,
    text,
    state,
    info,
    clientLevelData(state.level),
    clientPaths(state.level),
    () => false,
  );
  if (!drawn) throw new Error("The allocator's default setting could not be drawn");
  const html = (selector: string) => document.querySelector(selector)!.innerHTML;
  return {
    summary: document.querySelector("[data-summary]")!.textContent!,
    formula: html("[data-formula]"),
    map: html("[data-map]"),
    legend: drawn.legend,
    caption: document.querySelector("[data-table-caption]")!.textContent!,
    rows: html("[data-rows]"),
  };
}
