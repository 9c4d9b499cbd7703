/**
 * The workspace's state in the address bar: `?q=<sql>`, so that a link reproduces a query.
 * Only `q` is touched; other parameters and the fragment are kept. An empty query removes it.
 */
const QUERY_PARAM = "q";

/** The query in a location's search string, or undefined when there is none (or only spaces). */
export function sqlFromSearch(search: string): string | undefined {
  const sql = new URLSearchParams(search).get(QUERY_PARAM);
  return sql && sql.trim() !== "" ? sql : undefined;
}

/** `href` with `sql` as its query (trailing spaces dropped: they would only lengthen links). */
export function urlWithSql(href: string, sql: string): string {
  const url = new URL(href);
  const trimmed = sql.trimEnd();
  if (trimmed.trim() === "") url.searchParams.delete(QUERY_PARAM);
  else url.searchParams.set(QUERY_PARAM, trimmed);
  return url.href;
}
