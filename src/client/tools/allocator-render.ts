/**
 * Draws an allocation into the page in steps, giving the browser its turn between them (the
 * summary and formula, the map and its legend, the ranked table), so that no single task blocks
 * input for long on a slow phone. A step finding that a newer setting was asked for (`stale`)
 * stops: that setting's drawing follows.
 *
 * The browser draws each setting the visitor picks (allocator-page.ts); the build draws the
 * default setting into the page itself with this same code on a linkedom document
 * (src/data/prerendered-allocation.ts), so that it is painted with the page.
 */
import type { ClientLevelData } from "../../lib/client-data.ts";
import { numberFormats } from "../../lib/format.ts";
import type { LegendItem } from "../../lib/map/svg.ts";
import { renderLegend } from "../legend.ts";
import { allocatorMap } from "./allocator-map.ts";
import type { AllocatorState } from "./allocator-state.ts";
import {
  amountFormatter,
  computeAllocation,
  formulaSentences,
  needValueText,
  perResident,
  rankRows,
  signedAmountFormatter,
  type NeedInfo,
} from "./allocator-view.ts";
import type { PageText } from "./messages.ts";
import { paragraphs, tableRow, yieldToBrowser } from "./page-shell.ts";

/** A setting's allocation and its rows in the table's order (rank, then name). */
export function allocationOf(data: ClientLevelData, state: AllocatorState, text: PageText) {
  const result = computeAllocation(data, state, text.language);
  return { result, ranked: rankRows(result.rows, text.locale) };
}

export type Allocation = ReturnType<typeof allocationOf>;

/** What was drawn: the allocation, and the legend's items (MapLegend.astro writes the same markup). */
export type Drawn = Allocation & { legend: LegendItem[] };

/** Draws `state`'s allocation; its allocation once all is drawn, undefined when a step found it stale. */
export async function drawAllocation(
  root: Document,
  text: PageText,
  state: AllocatorState,
  info: NeedInfo,
  data: ClientLevelData,
  paths: Record<string, string>,
  stale: () => boolean,
): Promise<Drawn | undefined> {
  const { t } = text;
  const f = numberFormats(text.locale);
  const allocation = allocationOf(data, state, text);
  const { result, ranked } = allocation;
  const amount = amountFormatter(text, state);
  const signed = signedAmountFormatter(text, state);
  const level = t(`level.${state.level}`);

  root
    .querySelector("[data-formula]")!
    .replaceChildren(...paragraphs(root, formulaSentences(text, state, info, result)));

  const top = ranked[0]!;
  const bottom = [...ranked].reverse().find((r) => r.allocation.relative !== null)!;
  root.querySelector("[data-summary]")!.textContent =
    state.k === 0
      ? t("tools.allocator.summaryBaseline", {
          amount: amount(result.units),
          count: f.integer(result.rows.length),
          level,
        })
      : t("tools.allocator.summary", {
          amount: amount(result.units),
          count: f.integer(result.rows.length),
          level,
          k: f.decimal(state.k, 1),
          top: top.name,
          topDifference: f.signedPercent(top.allocation.relative ?? 0),
          bottom: bottom.name,
          bottomDifference: f.signedPercent(bottom.allocation.relative ?? 0),
        });

  await yieldToBrowser();
  if (stale()) return undefined;
  const title = t("tools.allocator.mapTitle", { level, need: info.label, k: f.decimal(state.k, 1) });
  const map = allocatorMap(text, result.rows, paths, {
    title,
    description: t("tools.allocator.mapDescription", { level }),
    share: (row) => amount(row.allocation.share),
  });
  root.querySelector("[data-map]")!.innerHTML = map.svg;
  root.querySelector("[data-legend-title]")!.textContent = t("tools.allocator.legendTitle");
  renderLegend(root.querySelector<HTMLElement>("[data-legend]")!, map.legend);

  await yieldToBrowser();
  if (stale()) return undefined;
  root.querySelector("[data-table-caption]")!.textContent = t("tools.allocator.tableCaption", {
    level,
    need: info.label,
    k: f.decimal(state.k, 1),
    amount: amount(result.units),
  });
  const body = root.querySelector<HTMLElement>("[data-rows]")!;
  body.replaceChildren(
    ...ranked.map((row, i) =>
      tableRow(
        root,
        [
          { text: f.integer(i + 1), number: true },
          { text: row.name, header: true },
          { text: f.integer(row.population), number: true },
          { text: needValueText(text, info, row), number: true },
          {
            text: row.score === null ? t("tools.allocator.noScoreCell") : f.decimal(row.score, 2),
            number: row.score !== null,
          },
          { text: amount(row.allocation.share), number: true },
          { text: perResident(text, state, row), number: true },
          { text: amount(row.allocation.baseline), number: true },
          { text: signed(row.allocation.difference), number: true },
          { text: row.allocation.relative === null ? "–" : f.signedPercent(row.allocation.relative), number: true },
        ],
        row.code,
      ),
    ),
  );
  // Each amount column's header names its unit: euros, or full-time equivalents.
  for (const header of root.querySelectorAll<HTMLElement>("[data-unit-header]"))
    header.textContent = t(`tools.allocator.col.${header.dataset.unitHeader}.${state.unit}`);
  return { ...allocation, legend: map.legend };
}
