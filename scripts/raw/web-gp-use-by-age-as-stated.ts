import { readSourceCsv, sourcePath, type PipelineContext } from "../lib/context.ts";
import { InputError } from "../lib/errors.ts";

/** GP contacts by age as stated on IMA/AIM and other public pages, transcribed by hand. */
export const GP_USE_SOURCE = "web-gp-use-by-age-as-stated";

/** Which stated figure a method uses: the file's own wording of the indicator, age group, sex and period. */
export interface FigureKey {
  indicator: string;
  age_group: string;
  sex: string;
  reference_period: string;
}

export interface StatedFigure extends FigureKey {
  value: number;
  file: string;
  unit: string;
  /** The page's own phrase, verbatim. */
  statement: string;
  producer: string;
  /** Row in the file (header = row 1). */
  row: number;
}

/**
 * The figure the key names, which must appear exactly once with a number. `wantedBy` names the
 * reference row asking for it, so that an error points at both files.
 */
export function statedFigure(context: PipelineContext, key: FigureKey, wantedBy: string): StatedFigure {
  const file = sourcePath(context, GP_USE_SOURCE);
  const table = readSourceCsv(context, file, {
    columns: [
      "indicator",
      "age_group",
      "sex",
      "value",
      "value_as_stated",
      "unit",
      "reference_period",
      "original_source_as_stated",
    ],
  });
  const matches: number[] = [];
  for (let i = 0; i < table.length; i++) {
    if (
      table.text(i, "indicator") === key.indicator &&
      table.text(i, "age_group") === key.age_group &&
      table.text(i, "sex") === key.sex &&
      table.text(i, "reference_period") === key.reference_period
    )
      matches.push(i);
  }
  const what = `"${key.indicator}", ages ${key.age_group}, sex ${key.sex}, ${key.reference_period}`;
  if (matches.length !== 1)
    throw new InputError(
      file,
      matches.length === 0
        ? `no row states ${what}, which ${wantedBy} needs`
        : `rows ${matches.map((i) => table.rowNumber(i)).join(" and ")} both state ${what}, which ${wantedBy} needs: keep one`,
      { column: "indicator" },
    );
  const i = matches[0]!;
  const value = table.optionalNumber(i, "value");
  if (value === null)
    throw table.error(
      i,
      "value",
      `no single number is stated for ${what} ("${table.text(i, "value_as_stated")}"), which ${wantedBy} needs`,
    );
  return {
    ...key,
    value,
    file,
    unit: table.text(i, "unit"),
    statement: table.text(i, "value_as_stated"),
    producer: table.text(i, "original_source_as_stated"),
    row: table.rowNumber(i),
  };
}
