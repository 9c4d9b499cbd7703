/**
 * The siting map: sectors coloured by coverage (existing centre, new site, not covered), the
 * bassin borders, the mapped maisons médicales, and each new site with its walking radius drawn
 * to scale. The shared renderer draws it all; the circles are its overlay.
 */
import { NOT_APPLICABLE_FILL } from "../../lib/map/color-scale.ts";
import { escapeXml, POINT_COLOURS, renderMapSvg, type LegendItem } from "../../lib/map/svg.ts";
import { EXISTING, type CoverageResult, type SitingData, type SitingOptions } from "../../lib/tools/siting.ts";
import { readablePlaceName } from "../../lib/place-name.ts";
import { numberFormats } from "../../lib/format.ts";
import type { PageText } from "./messages.ts";
import type { PickRow } from "./siting-view.ts";

const STATUS_FILLS = { existing: "#9ecae1", new: "#41ab5d", uncovered: "#fdd49e" } as const;
const SITE_COLOUR = "#08519c";

export function sitingMap(
  text: PageText,
  data: SitingData,
  paths: Record<string, string>,
  result: CoverageResult,
  picks: readonly PickRow[],
  options: SitingOptions,
  metresPerUnit: number,
): { svg: string; legend: LegendItem[] } {
  const { t } = text;
  const f = numberFormats(text.locale);
  const s = data.sectors;
  const counts = { existing: 0, new: 0, uncovered: 0, empty: 0 };
  const areas = s.codes.flatMap((code, i) => {
    const d = paths[code];
    if (d === undefined) return [];
    const by = result.coveredBy[i]!;
    let fill: string;
    let status: string;
    if (s.population[i] === 0) {
      counts.empty++;
      fill = NOT_APPLICABLE_FILL;
      status = t("tools.siting.statusEmpty");
    } else if (by === EXISTING) {
      counts.existing++;
      fill = STATUS_FILLS.existing;
      status = t("tools.siting.statusExisting");
    } else if (by >= 0) {
      counts.new++;
      fill = STATUS_FILLS.new;
      status = t("tools.siting.statusNew", { order: by + 1 });
    } else {
      counts.uncovered++;
      fill = STATUS_FILLS.uncovered;
      status = t("tools.siting.statusUncovered");
    }
    return [
      {
        code,
        d,
        fill,
        label: t("tools.siting.areaTooltip", {
          name: readablePlaceName(s.names[text.language][i]!),
          residents: f.integer(s.population[i]!),
          status,
        }),
      },
    ];
  });
  const radius = f.integer(options.radius);
  const svg = renderMapSvg({
    id: "siting-map",
    title: t("tools.siting.mapTitle", { count: f.integer(picks.length), radius }),
    description: t("tools.siting.mapDescription", { radius }),
    areas,
    borders: data.borders ? [{ kind: "bassin", d: data.borders.bassin }] : [],
    points: options.existing
      ? data.centres.map((c) => ({
          x: c.px,
          y: c.py,
          kind: "maison_medicale",
          label: c.name ?? t("tools.siting.centreUnnamed"),
        }))
      : [],
    overlay: siteCircles(text, data, picks, options.radius / metresPerUnit),
  });
  const area = (count: number) => t("tools.siting.sectorCount", { count: f.integer(count) });
  const legend: LegendItem[] = [
    ...(options.existing
      ? [
          {
            fill: STATUS_FILLS.existing,
            label: `${t("tools.siting.legendExisting", { radius })} (${area(counts.existing)})`,
          },
        ]
      : []),
    { fill: STATUS_FILLS.new, label: `${t("tools.siting.legendNew", { radius })} (${area(counts.new)})` },
    {
      fill: STATUS_FILLS.uncovered,
      label: `${t("tools.siting.legendUncovered", { radius })} (${area(counts.uncovered)})`,
    },
    ...(counts.empty
      ? [{ fill: NOT_APPLICABLE_FILL, label: `${t("tools.siting.statusEmpty")} (${area(counts.empty)})` }]
      : []),
    ...(options.existing ? [{ fill: POINT_COLOURS.maison_medicale!, label: t("tools.siting.legendCentre") }] : []),
    { fill: SITE_COLOUR, label: t("tools.siting.legendSite", { radius }) },
  ];
  return { svg, legend };
}

/** Each new site: its radius as a translucent circle, a dot and its order number. */
function siteCircles(text: PageText, data: SitingData, picks: readonly PickRow[], radiusUnits: number): string {
  const parts = [`<g class="siting-sites" pointer-events="none">`];
  const r = Math.round(radiusUnits * 10) / 10;
  for (const pick of picks) {
    const x = data.sectors.px[pick.index]!;
    const y = data.sectors.py[pick.index]!;
    const label = escapeXml(text.t("tools.siting.siteTooltip", { order: pick.order, name: pick.place }));
    parts.push(
      `<g class="site" data-order="${pick.order}"><title>${label}</title>` +
        `<circle class="site-radius" cx="${x}" cy="${y}" r="${r}" fill="${SITE_COLOUR}" fill-opacity="0.12" stroke="${SITE_COLOUR}" stroke-width="1.4"/>` +
        `<circle class="site-dot" cx="${x}" cy="${y}" r="7" fill="${SITE_COLOUR}" stroke="#ffffff" stroke-width="1.2"/>` +
        `<text class="site-number" x="${x}" y="${y}" dominant-baseline="central" text-anchor="middle" font-size="9.5" font-weight="700" fill="#ffffff">${pick.order}</text></g>`,
    );
  }
  parts.push(`</g>`);
  return parts.join("");
}
