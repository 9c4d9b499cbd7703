/** The header checks every register passes before its rows are read: required and paired columns. */
import { registerError } from "./issues.ts";
import { REGISTER_COLUMNS as C } from "./table.ts";

const PAIRS: [string, string][] = [
  [C.lon, C.lat],
  [C.x, C.y],
];

/** Throws a RegisterError on the first problem of the header (row 1). */
export function checkHeader(header: string[]): void {
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== "" && seen.has(name)) throw registerError("duplicateColumn", 1, name, { column: name });
    seen.add(name);
  }
  if (!seen.has(C.id)) throw registerError("missingColumn", 1, C.id, { column: C.id });
  for (const [a, b] of PAIRS) {
    if (seen.has(a) && !seen.has(b)) throw registerError("missingPairColumn", 1, b, { column: a, other: b });
    if (seen.has(b) && !seen.has(a)) throw registerError("missingPairColumn", 1, a, { column: b, other: a });
  }
  if (![C.lon, C.x, C.sector, C.quartier].some((name) => seen.has(name)))
    throw registerError("missingLocationColumns", 1, null);
}
