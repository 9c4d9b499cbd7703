/**
 * Plausibility limits of the coverage family: a source whose points mostly fall outside the region,
 * or a service type that reaches almost nobody in the whole region, is a broken input (swapped or
 * shifted coordinates, another region's file), not a finding to publish. Both limits are published
 * in method_parameters (coverageParameters in catalogue.ts).
 */
import { sourcePath, type PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import { shareWithinId, type CoverageType } from "../../../src/core/indicator-ids.ts";
import { serviceType } from "./service-types.ts";

/** At most this share of a source's points may be dropped (outside every sector, or counted twice). */
export const MAX_DROPPED_SHARE = 0.1;
/** The radius of the region-wide floor below, and the floor in percent of residents. */
export const REGION_FLOOR_RADIUS_M = 1000;
export const MIN_REGION_SHARE_WITHIN_PCT = 5;

/** What became of one source's points. */
export interface DroppedPoints {
  source_id: string;
  read: number;
  outside: number;
  duplicates: number;
}

/** Stops the run when a source lost more than MAX_DROPPED_SHARE of its points, naming its file and the counts. */
export function checkDroppedShare(context: PipelineContext, tallies: readonly DroppedPoints[]): void {
  for (const { source_id, read, outside, duplicates } of tallies) {
    const dropped = outside + duplicates;
    if (read > 0 && dropped / read <= MAX_DROPPED_SHARE) continue;
    throw new InputError(
      sourcePath(context, source_id),
      `${dropped} of ${read} points dropped (${outside} outside every Brussels sector, ${duplicates} duplicates): ` +
        `${round((100 * dropped) / Math.max(read, 1), 1)} %, above the limit of ${100 * MAX_DROPPED_SHARE} % ` +
        `(method_parameters: coverage, max_dropped_point_share). ` +
        `Check the file's coordinates (latitude and longitude swapped, another CRS, another region).`,
    );
  }
}

/**
 * Stops the run when a service type reaches fewer than MIN_REGION_SHARE_WITHIN_PCT % of the region's
 * residents within REGION_FLOOR_RADIUS_M, or has no service at all. `shares` counts the services
 * placed in Brussels sectors only, so that points beyond the border cannot hide a broken file.
 */
export function checkRegionCoverage(
  context: PipelineContext,
  shares: ReadonlyMap<CoverageType, number | null>,
  counts: ReadonlyMap<CoverageType, number>,
): void {
  for (const [type, count] of counts) {
    const share = round(shares.get(type) ?? 0, 2);
    if (share >= MIN_REGION_SHARE_WITHIN_PCT) continue;
    throw new InputError(
      sourcePath(context, serviceType(type).source),
      `${shareWithinId(REGION_FLOOR_RADIUS_M, type)} is ${share} % for the whole region (${count} ${type} points placed in a sector, services beyond the border left out), ` +
        `below the floor of ${MIN_REGION_SHARE_WITHIN_PCT} % (method_parameters: coverage, min_region_share_within_1000m_pct). ` +
        `Check the file's coordinates: the service points are missing or misplaced.`,
    );
  }
}
