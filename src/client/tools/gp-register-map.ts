/**
 * The register page's map, drawn by the observatory's own renderer (src/lib/map): the territories
 * of the chosen level coloured by the chosen indicator (ratios per 1,000 in the INAMI classes,
 * shares in quantile classes as on the explorer), the bassin borders, and the register's
 * practices as dots, the one being edited ringed (the PNG export draws this map as shown).
 */
import { choropleth } from "../../lib/map/choropleth.ts";
import { classOf, legendFor, NO_DATA_FILL } from "../../lib/map/color-scale.ts";
import { escapeXml, renderMapSvg, type LegendItem, type MapArea } from "../../lib/map/svg.ts";
import { areaCount } from "../../lib/map/text.ts";
import { indicatorInfo, type GpIndicatorId, type ResultRow } from "../../lib/tools/gp-register.ts";
import { toSvg, type Affine } from "../../lib/tools/gp-register-projection.ts";
import type { EditablePractice } from "../../lib/tools/gp-register-edits.ts";
import { numberFormats } from "../../lib/format.ts";
import { divergingScale } from "./diverging-scale.ts";
import type { PageText } from "./messages.ts";

/** INAMI classes of a ratio per 1,000: severe shortage, shortage, at or above the threshold. */
export const INAMI_FILLS = { severe: "#bd0026", shortage: "#fd8d3c", none: "#c7e9c0" } as const;
const PRACTICE_COLOUR = "#08519c";
const SELECTED_COLOUR = "#e7298a";

export interface GpMapInput {
  level: string;
  indicator: GpIndicatorId;
  rows: readonly ResultRow[];
  paths: Readonly<Record<string, string>>;
  bassinBorder: string | null;
  practices: readonly EditablePractice[];
  selectedPractice: string | null;
  selectedArea: string | null;
  affine: Affine;
  thresholds: { shortage: number; severe: number };
  /**
   * Before and after the what-if edits side by side: the map's place in the pair (its title says
   * it), and the values of both maps, on which shares are cut into classes so both maps and their
   * legend share the same classes (INAMI classes are fixed thresholds already).
   */
  comparison?: { side: "before" | "after"; classValues: readonly (number | null)[] };
}

export function formatIndicator(text: PageText, indicator: GpIndicatorId, value: number): string {
  const f = numberFormats(text.locale);
  return indicatorInfo(indicator).unit === "percent" ? `${f.upTo(value, 3)} %` : f.decimal(value, 3);
}

function areaFills(text: PageText, input: GpMapInput): { areas: MapArea[]; legend: LegendItem[] } {
  const { t } = text;
  const f = numberFormats(text.locale);
  const info = indicatorInfo(input.indicator);
  const count = (n: number) => areaCount(t, n, f.integer(n));
  const format = (value: number) => formatIndicator(text, input.indicator, value);
  const tooltip = (name: string, value: string) => t("gpr.map.tooltip", { name, value });
  if (info.unit === "per_1000") {
    const { shortage, severe } = input.thresholds;
    const counts = { severe: 0, shortage: 0, none: 0, noData: 0 };
    const areas = input.rows.flatMap((row) => {
      const d = input.paths[row.code];
      if (d === undefined) return [];
      let fill: string;
      if (row.value === null) {
        counts.noData++;
        fill = NO_DATA_FILL;
      } else {
        const key = row.value < severe ? "severe" : row.value < shortage ? "shortage" : "none";
        counts[key]++;
        fill = INAMI_FILLS[key];
      }
      const value = row.value === null ? t("gpr.map.noValue") : format(row.value);
      return [{ code: row.code, d, fill, label: tooltip(row.name, value) }];
    });
    const s = f.upTo(severe, 2);
    const n = f.upTo(shortage, 2);
    const legend: LegendItem[] = [
      { fill: INAMI_FILLS.severe, label: `${t("gpr.map.classSevere", { severe: s })} (${count(counts.severe)})` },
      {
        fill: INAMI_FILLS.shortage,
        label: `${t("gpr.map.classShortage", { severe: s, shortage: n })} (${count(counts.shortage)})`,
      },
      { fill: INAMI_FILLS.none, label: `${t("gpr.map.classNone", { shortage: n })} (${count(counts.none)})` },
    ];
    if (counts.noData) legend.push({ fill: NO_DATA_FILL, label: `${t("gpr.map.noValue")} (${count(counts.noData)})` });
    return { areas, legend };
  }
  const shown = input.rows.filter((row) => input.paths[row.code] !== undefined);
  if (input.comparison) return sharedClassFills(input, shown, format, tooltip, count, t("gpr.map.noValue"));
  const map = choropleth({
    codes: shown.map((r) => r.code),
    names: shown.map((r) => r.name),
    values: shown.map((r) => r.value),
    flags: shown.map(() => null),
    polarity: info.polarity,
    format,
    text: {
      tooltip,
      noData: t("gpr.map.noValue"),
      notApplicable: t("gpr.map.noValue"),
      tooFewResidents: t("gpr.map.noValue"),
      count,
    },
  });
  return {
    areas: shown.map((row) => ({
      code: row.code,
      d: input.paths[row.code]!,
      fill: map.fills.get(row.code)!,
      label: map.labels.get(row.code)!,
    })),
    legend: map.legendItems,
  };
}

/** Quantile classes cut on the values of both compared maps, each map counting its own areas per class. */
function sharedClassFills(
  input: GpMapInput,
  shown: readonly ResultRow[],
  format: (value: number) => string,
  tooltip: (name: string, value: string) => string,
  count: (n: number) => string,
  noValue: string,
): { areas: MapArea[]; legend: LegendItem[] } {
  const present = input.comparison!.classValues.filter((v): v is number => v !== null);
  const scale = present.length ? legendFor(present, indicatorInfo(input.indicator).polarity) : null;
  const counts = new Array<number>(scale?.colours.length ?? 0).fill(0);
  let noData = 0;
  const areas = shown.map((row) => {
    let fill = NO_DATA_FILL;
    if (row.value === null || !scale) noData++;
    else {
      const k = classOf(row.value, scale.breaks);
      counts[k]!++;
      fill = scale.colours[k]!;
    }
    const value = row.value === null ? noValue : format(row.value);
    return { code: row.code, d: input.paths[row.code]!, fill, label: tooltip(row.name, value) };
  });
  const legend: LegendItem[] = (scale?.classes ?? []).map((c, i) => ({
    fill: c.colour,
    label: `${format(c.low)} – ${format(c.high)} (${count(counts[i]!)})`,
  }));
  if (noData) legend.push({ fill: NO_DATA_FILL, label: `${noValue} (${count(noData)})` });
  return { areas, legend };
}

/** The practices as dots over the map; each carries its id so the pointer can pick it up. */
function practiceDots(text: PageText, input: GpMapInput): string {
  const parts = [`<g class="gpr-practices">`];
  for (const p of input.practices) {
    const [x, y] = toSvg(input.affine, p.x, p.y).map((v) => Math.round(v * 10) / 10) as [number, number];
    const selected = p.id === input.selectedPractice;
    const label = escapeXml(text.t("gpr.map.practiceTooltip", { name: p.name || p.id, id: p.id }));
    parts.push(
      `<circle class="gpr-practice${selected ? " selected" : ""}" data-practice="${escapeXml(p.id)}" cx="${x}" cy="${y}" r="${selected ? 6 : 3.5}"` +
        ` fill="${selected ? SELECTED_COLOUR : PRACTICE_COLOUR}" stroke="#ffffff" stroke-width="${selected ? 2 : 1}"><title>${label}</title></circle>`,
    );
  }
  parts.push(`</g>`);
  return parts.join("");
}

export function gpRegisterMap(text: PageText, input: GpMapInput): { svg: string; legend: LegendItem[] } {
  const { t } = text;
  const { areas, legend } = areaFills(text, input);
  const indicator = t(`gpr.indicator.${input.indicator}`);
  // Singular: the title and description read "by {level}" ("per wijk", never "per wijken").
  const level = t(`level.one.${input.level}`);
  const practiceLegend: LegendItem = {
    fill: PRACTICE_COLOUR,
    label: t("gpr.map.practices", { count: numberFormats(text.locale).integer(input.practices.length) }),
  };
  const fullLegend = [...legend, practiceLegend];
  const side = input.comparison?.side;
  const title = t("gpr.map.title", { indicator, level });
  const svg = renderMapSvg({
    id: side ? `gpr-map-${side}` : "gpr-map",
    title: side ? t(`gpr.compare.${side}Title`, { title }) : title,
    description: t("gpr.map.description", { indicator, level }),
    areas,
    borders: input.bassinBorder && input.level !== "bassin" ? [{ kind: "bassin", d: input.bassinBorder }] : [],
    highlighted: input.selectedArea ? [input.selectedArea] : [],
    overlay: practiceDots(text, input),
  });
  return { svg, legend: fullLegend };
}

/** "+0.25" / "−0.25" in the indicator's unit (a change of a rate, or of a share in points). */
export function formatChange(text: PageText, indicator: GpIndicatorId, value: number): string {
  const formatted = formatIndicator(text, indicator, Math.abs(value));
  return value > 0 ? `+${formatted}` : value < 0 ? `−${formatted}` : formatted;
}

/**
 * The change map: after minus before for each area, in the diverging classes of the other tools
 * (purple: more, orange: less, near-white: no change), with the edited register's practices.
 */
export function gpRegisterChangeMap(text: PageText, input: GpMapInput): { svg: string; legend: LegendItem[] } {
  const { t } = text;
  const f = numberFormats(text.locale);
  const shown = input.rows.filter((row) => input.paths[row.code] !== undefined);
  const changes = shown.map((row) => row.change ?? null);
  const scale = divergingScale(changes.filter((c): c is number => c !== null));
  const signed = (value: number) => formatChange(text, input.indicator, value);
  let noData = 0;
  const areas: MapArea[] = shown.map((row, i) => {
    const change = changes[i]!;
    if (change === null) noData++;
    const value = change === null ? t("gpr.map.noValue") : signed(change);
    return {
      code: row.code,
      d: input.paths[row.code]!,
      fill: change === null ? NO_DATA_FILL : scale.classes[scale.classOf(change)]!.colour,
      label: t("gpr.map.tooltip", { name: row.name, value }),
    };
  });
  const count = (n: number) => areaCount(t, n, f.integer(n));
  const legend: LegendItem[] = scale.classes
    .map((c, i) => {
      const label =
        i === 3
          ? t("gpr.change.none", { value: formatIndicator(text, input.indicator, c.high) })
          : c.low === -Infinity
            ? t("gpr.change.below", { value: signed(c.high) })
            : c.high === Infinity
              ? t("gpr.change.above", { value: signed(c.low) })
              : t("gpr.change.range", { low: signed(c.low), high: signed(c.high) });
      return { fill: c.colour, label: `${label} (${count(c.count)})` };
    })
    .reverse();
  if (noData) legend.push({ fill: NO_DATA_FILL, label: `${t("gpr.map.noValue")} (${count(noData)})` });
  const indicator = t(`gpr.indicator.${input.indicator}`);
  const level = t(`level.one.${input.level}`);
  const svg = renderMapSvg({
    id: "gpr-map-change",
    title: t("gpr.change.title", { indicator, level }),
    description: t("gpr.change.description", { indicator, level }),
    areas,
    borders: input.bassinBorder && input.level !== "bassin" ? [{ kind: "bassin", d: input.bassinBorder }] : [],
    highlighted: input.selectedArea ? [input.selectedArea] : [],
    overlay: practiceDots(text, { ...input, selectedPractice: null }),
  });
  return { svg, legend };
}
