/**
 * Views keep their whole state in the query string, defaults omitted, so that a result can be
 * shared as a link: the explorer (src/lib/explorer/state.ts) and the policy tools
 * (src/client/tools/*-state.ts). Pure helpers: a parameter that does not parse falls back to its
 * default and is reported, so that the page can say so instead of silently showing something else.
 */

export interface ParamIssue {
  name: string;
  value: string;
}

/** A parameter given more than once: the views read its first value, and say so. */
export interface RepeatedParam {
  name: string;
  count: number;
  /** The first value, the one read. */
  value: string;
}

export interface Parsed<T> {
  state: T;
  issues: ParamIssue[];
  repeated: RepeatedParam[];
}

/** Reads one parameter: absent → fallback; present but rejected by `parse` → fallback and an issue. */
export function readParam<T>(
  params: URLSearchParams,
  name: string,
  parse: (raw: string) => T | null,
  fallback: T,
  issues: ParamIssue[],
): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = parse(raw.trim());
  if (value === null) {
    issues.push({ name, value: raw });
    return fallback;
  }
  return value;
}

/** Issues in the order their parameters appear in the URL, as the visitor wrote them. */
export function inUrlOrder(params: URLSearchParams, issues: ParamIssue[]): ParamIssue[] {
  const order = [...params.keys()];
  return [...issues].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/** The parameters among `names` given more than once, in the order of the URL. */
export function repeatedParams(params: URLSearchParams, names: readonly string[]): RepeatedParam[] {
  const order = [...new Set(params.keys())].filter((name) => names.includes(name));
  return order.flatMap((name) => {
    const values = params.getAll(name);
    return values.length > 1 ? [{ name, count: values.length, value: values[0]! }] : [];
  });
}

/**
 * A query string from name/value pairs, leaving out those equal to their default (null). Commas
 * and colons stay readable (lists "o=commune,bassin", guided questions "g=…:…").
 */
export function writeParams(entries: [string, string | null][]): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value !== null) params.set(name, value);
  const text = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return text ? `?${text}` : "";
}

/** A decimal number written plainly ("12.5", "1000000"); no exponent, hex or thousands separators. */
export function parseDecimal(raw: string): number | null {
  if (!/^\d+(\.\d+)?$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** A number within [min, max] that is a whole multiple of `step` from `min`. */
export function parseStepped(raw: string, min: number, max: number, step: number): number | null {
  const value = parseDecimal(raw);
  if (value === null || value < min || value > max) return null;
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? value : null;
}

export function parseChoice<T extends string>(raw: string, choices: readonly T[]): T | null {
  return (choices as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** Shortest plain writing of a number for the URL ("0.5", "3", "12.5"). */
export function writeNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}
