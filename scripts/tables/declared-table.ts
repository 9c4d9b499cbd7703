import type { Localized } from "../../src/core/languages.ts";
import type { Column, Row, Table, TableSchema } from "../../src/core/table-schema.ts";
import { InvariantError } from "../lib/errors.ts";

/** The descriptions of a table's columns, by column name: they stay in the pipeline, the types in src/core. */
export type ColumnDescriptions = Readonly<Record<string, Localized>>;

/**
 * The declared columns, in declared order, each with its description. Descriptions computed from
 * reference data (the levels, the fragility parameters) must name exactly the declared columns:
 * reference data asking for a column the declaration lacks stops the pipeline.
 */
export function declaredColumns(schema: TableSchema, descriptions: ColumnDescriptions): Column[] {
  const declared = new Set(schema.columns.map((c) => c.name));
  const undeclared = Object.keys(descriptions).filter((name) => !declared.has(name));
  if (undeclared.length)
    throw new InvariantError(
      `table ${schema.name}: column(s) ${undeclared.join(", ")} not declared in src/core/tables/${schema.name}.ts`,
    );
  return schema.columns.map(({ name, type }) => {
    const description = descriptions[name];
    if (!description) throw new InvariantError(`table ${schema.name}: declared column ${name} is not built`);
    return { name, type, description };
  });
}

/**
 * The published table of a declaration. Every row is checked against the declared nullability:
 * the CSV writes null and "" alike as an empty cell, which the site reads as null.
 */
export function declaredTable(
  schema: TableSchema,
  description: Localized,
  descriptions: ColumnDescriptions,
  rows: Row[],
): Table {
  const columns = declaredColumns(schema, descriptions);
  const required = schema.columns.filter((c) => !c.nullable).map((c) => c.name);
  rows.forEach((row, index) => {
    for (const name of required) {
      const value = row[name];
      if (value === null || value === undefined || value === "")
        throw new InvariantError(`table ${schema.name}, row ${index + 1}: column ${name} is empty but not nullable`);
    }
  });
  return { name: schema.name, description, columns, rows };
}

/** One description per language column (`label_fr`, `label_nl`, `label_en`), each naming its language. */
export function localizedDescriptions(name: string, what: Localized): Record<string, Localized> {
  return Object.fromEntries(
    (["fr", "nl", "en"] as const).map((language) => [
      `${name}_${language}`,
      { fr: `${what.fr} (${language})`, nl: `${what.nl} (${language})`, en: `${what.en} (${language})` },
    ]),
  );
}
