/**
 * The workspace's limits that keep a visitor's tab alive, whatever a query (or a shared link)
 * asks for. The rows kept and shown are limited in result-set.ts (KEEP_LIMIT, DISPLAY_LIMIT).
 */

/** A query still running after this long is stopped, as if the visitor had pressed Cancel. */
export const QUERY_TIME_LIMIT_MS = 60_000;

/**
 * A result whose Arrow batches (strings included) add up to more bytes stops being read and
 * fails: a 500 MB text turned into a table cell crashes the tab. Decimal, as the site writes sizes.
 */
export const RESULT_BYTE_LIMIT = 64_000_000;

/** A shared link's query longer than this waits for a click. */
export const LINK_MAX_LENGTH = 5_000;

/**
 * A shared link's query with a number above this (`repeat('x', 500000000)`, `range(1e12)`) waits
 * for a click: cheap to spot, and the usual way to ask for a huge or endless result.
 */
export const LINK_MAX_NUMBER = 10_000_000;

/** The query ran for QUERY_TIME_LIMIT_MS and was stopped. */
export class QueryTimeLimitError extends Error {
  override name = "QueryTimeLimitError";
  constructor(readonly limit: number) {
    super(`The query ran for ${limit} ms and was stopped`);
  }
}
