/**
 * The siting tool's download names and the PNG export of its map: one suffix names the CSVs and
 * the picture after the setting shown (sites, radius, reach, existing centres, bassin).
 */
import { describeFigureExport } from "../figure-tools.ts";
import type { SitingOptions } from "../../lib/tools/siting.ts";

export function sitingFileSuffix(options: SitingOptions): string {
  return `k${options.k}-${options.radius}m-${options.reach}${options.existing ? "" : "-no-existing"}${options.bassin ? `-${options.bassin}` : ""}`;
}

/** The map's PNG: named after the setting and the page's language (the title names sites and radius). */
export function describeSitingMapExport(root: Document, options: SitingOptions, language: string): void {
  describeFigureExport(root.querySelector("[data-map]")!.closest("figure")!, {
    file: `siting-map-${sitingFileSuffix(options)}-${language}`,
  });
}
