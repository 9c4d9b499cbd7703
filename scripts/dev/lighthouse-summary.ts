/**
 * Lighthouse runs summarised per page (the median of each metric over the runs: one run on a
 * shared machine swings by tens of milliseconds of blocking time) and checked against the
 * site's budgets. Pure, so that the bench's arithmetic is unit-tested without a browser.
 */

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  total_blocking_time_ms: number;
  largest_contentful_paint_ms: number;
  cumulative_layout_shift: number;
  first_contentful_paint_ms: number;
}

export type LighthouseSummary = LighthouseRun & { runs: LighthouseRun[] };

export const LIGHTHOUSE_BUDGETS = {
  performance_min: 0.99,
  accessibility_min: 1,
  /** Strictly under, with Lighthouse's default 4× CPU slowdown. */
  total_blocking_time_max_ms: 50,
};

/** The middle value (the lower middle of an even count: a budget is not met by averaging). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Each metric's median over the runs, each taken on its own (runs are kept for the report). */
export function summarizeRuns(runs: readonly LighthouseRun[]): LighthouseSummary {
  const keys = Object.keys(runs[0] ?? {}) as (keyof LighthouseRun)[];
  if (keys.length === 0) throw new RangeError("no Lighthouse runs to summarise");
  const medians = Object.fromEntries(
    keys.map((key) => [key, median(runs.map((run) => run[key]))]),
  ) as unknown as LighthouseRun;
  return { ...medians, runs: [...runs] };
}

export interface BudgetCheck {
  name: string;
  value: number | boolean;
  budget: number | boolean;
  ok: boolean;
}

/** One check per budget and page, in page order. */
export function lighthouseBudgetChecks(pages: Record<string, LighthouseSummary>): BudgetCheck[] {
  return Object.entries(pages).flatMap(([page, summary]) => [
    {
      name: `lighthouse_performance ${page}`,
      value: summary.performance,
      budget: LIGHTHOUSE_BUDGETS.performance_min,
      ok: summary.performance >= LIGHTHOUSE_BUDGETS.performance_min,
    },
    {
      name: `lighthouse_accessibility ${page}`,
      value: summary.accessibility,
      budget: LIGHTHOUSE_BUDGETS.accessibility_min,
      ok: summary.accessibility >= LIGHTHOUSE_BUDGETS.accessibility_min,
    },
    {
      name: `lighthouse_total_blocking_time_ms ${page}`,
      value: summary.total_blocking_time_ms,
      budget: LIGHTHOUSE_BUDGETS.total_blocking_time_max_ms,
      ok: summary.total_blocking_time_ms < LIGHTHOUSE_BUDGETS.total_blocking_time_max_ms,
    },
  ]);
}

/** A budget on a measured number: met when the value is at most the budget. */
export function maxCheck(name: string, value: number, budget: number): BudgetCheck {
  return { name, value, budget, ok: value <= budget };
}
