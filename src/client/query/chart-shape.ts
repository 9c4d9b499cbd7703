/**
 * Whether a result can be drawn, and how: two number columns make a scatter plot (x, y; the
 * first text column, if any, names each dot), one number column with a text column makes a
 * horizontal bar chart. Anything else is left to the table.
 */
import type { ColumnKind } from "./column-types.ts";

export type ChartShape =
  { kind: "bar"; label: number; value: number } | { kind: "scatter"; x: number; y: number; label: number | undefined };

export function chartShape(kinds: readonly ColumnKind[], rowCount: number): ChartShape | undefined {
  if (rowCount === 0) return undefined;
  const numbers = indexesOf(kinds, "number");
  const texts = indexesOf(kinds, "text");
  if (numbers.length === 2) return { kind: "scatter", x: numbers[0]!, y: numbers[1]!, label: texts[0] };
  if (numbers.length === 1 && texts.length >= 1) return { kind: "bar", label: texts[0]!, value: numbers[0]! };
  return undefined;
}

function indexesOf(kinds: readonly ColumnKind[], kind: ColumnKind): number[] {
  return kinds.flatMap((k, index) => (k === kind ? [index] : []));
}
