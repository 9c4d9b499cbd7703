/**
 * The allocator's map: each area coloured by how much more or less than the equal-per-inhabitant
 * share it receives (relative difference, diverging classes), drawn by the site's shared renderer.
 * Areas without a need score are hatched as "not applicable": they keep the baseline share.
 */
import { NO_DATA_FILL, NOT_APPLICABLE_FILL } from "../../lib/map/color-scale.ts";
import { renderMapSvg, type LegendItem } from "../../lib/map/svg.ts";
import type { AllocatorRow } from "./allocator-view.ts";
import { divergingScale, NEUTRAL } from "./diverging-scale.ts";
import { numberFormats } from "../../lib/format.ts";
import { areaCount } from "../../lib/map/text.ts";
import type { PageText } from "./messages.ts";

export interface AllocatorMap {
  svg: string;
  legend: LegendItem[];
}

export function allocatorMap(
  text: PageText,
  rows: readonly AllocatorRow[],
  paths: Record<string, string>,
  labels: { title: string; description: string; share: (row: AllocatorRow) => string },
): AllocatorMap {
  const { t } = text;
  const f = numberFormats(text.locale);
  const scored = rows.filter((r) => !r.allocation.noScore && r.allocation.relative !== null);
  const scale = divergingScale(scored.map((r) => r.allocation.relative!));
  const areas = rows
    .filter((row) => paths[row.code] !== undefined)
    .map((row) => {
      const relative = row.allocation.relative;
      const fill = row.allocation.noScore
        ? NOT_APPLICABLE_FILL
        : relative === null
          ? NO_DATA_FILL
          : scale.classes[scale.classOf(relative)]!.colour;
      const difference = row.allocation.noScore
        ? t("tools.allocator.mapNoScore")
        : relative === null
          ? t("tools.allocator.noResidents")
          : f.signedPercent(relative);
      return {
        code: row.code,
        d: paths[row.code]!,
        fill,
        label: t("tools.allocator.mapTooltip", { name: row.name, share: labels.share(row), difference }),
      };
    });
  const legend: LegendItem[] = scale.classes
    .filter((c) => c.count > 0)
    .map((c) => ({
      fill: c.colour,
      label: `${classLabel(text, c.low, c.high)} (${areaCount(t, c.count, f.integer(c.count))})`,
    }));
  const noScore = rows.filter((r) => r.allocation.noScore).length;
  if (noScore)
    legend.push({
      fill: NOT_APPLICABLE_FILL,
      label: `${t("tools.allocator.mapNoScore")} (${areaCount(t, noScore, f.integer(noScore))})`,
    });
  const empty = rows.filter((r) => !r.allocation.noScore && r.allocation.relative === null).length;
  if (empty)
    legend.push({
      fill: NO_DATA_FILL,
      label: `${t("tools.allocator.noResidents")} (${areaCount(t, empty, f.integer(empty))})`,
    });
  const svg = renderMapSvg({ id: "allocator-map", title: labels.title, description: labels.description, areas });
  return { svg, legend };
}

function classLabel(text: PageText, low: number, high: number): string {
  const f = numberFormats(text.locale);
  const pct = (ratio: number) => f.signedPercent(ratio, digits(ratio));
  if (low === -NEUTRAL && high === NEUTRAL)
    return text.t("tools.allocator.classNeutral", { limit: f.percent(NEUTRAL, digits(NEUTRAL)) });
  if (low === -Infinity) return text.t("tools.allocator.classBelow", { limit: pct(high) });
  if (high === Infinity) return text.t("tools.allocator.classAbove", { limit: pct(low) });
  return text.t("tools.allocator.classRange", { low: pct(low), high: pct(high) });
}

/** Decimals a class limit needs in percent: none for 10 %, one for 2.5 %. */
function digits(ratio: number): number {
  const percent = Math.abs(ratio) * 100;
  return Math.abs(percent - Math.round(percent)) < 1e-9 ? 0 : 1;
}
