import { describe, expect, it } from "vitest";
import { nullable, required, tableSchema } from "../../../src/core/table-schema.ts";
import { InvariantError } from "../../../scripts/lib/errors.ts";
import { declaredTable, localizedDescriptions } from "../../../scripts/tables/declared-table.ts";

const schema = tableSchema("example", [required("code", "VARCHAR"), nullable("value", "DOUBLE")]);
const text = (en: string) => ({ fr: en, nl: en, en });
const descriptions = { code: text("Code"), value: text("Value") };

describe("declaredTable(schema, description, descriptions, rows)", () => {
  it("takes names, order and types from the declaration and descriptions from the pipeline", () => {
    const table = declaredTable(schema, text("Example"), { value: text("Value"), code: text("Code") }, [
      { code: "a", value: null },
    ]);
    expect(table).toEqual({
      name: "example",
      description: text("Example"),
      columns: [
        { name: "code", type: "VARCHAR", description: text("Code") },
        { name: "value", type: "DOUBLE", description: text("Value") },
      ],
      rows: [{ code: "a", value: null }],
    });
  });

  it("refuses a built column the declaration lacks, and a declared column not built", () => {
    expect(() => declaredTable(schema, text("Example"), { ...descriptions, extra: text("Extra") }, [])).toThrow(
      new InvariantError("table example: column(s) extra not declared in src/core/tables/example.ts"),
    );
    expect(() => declaredTable(schema, text("Example"), { code: text("Code") }, [])).toThrow(
      new InvariantError("table example: declared column value is not built"),
    );
  });

  it("refuses an empty value (null or empty text) in a column that is not nullable", () => {
    expect(() => declaredTable(schema, text("Example"), descriptions, [{ code: "a", value: 1 }, { code: "" }])).toThrow(
      new InvariantError("table example, row 2: column code is empty but not nullable"),
    );
  });
});

describe("localizedDescriptions(name, what)", () => {
  it("describes one column per language, naming it", () => {
    expect(localizedDescriptions("label", { fr: "Nom", nl: "Naam", en: "Name" })).toEqual({
      label_fr: { fr: "Nom (fr)", nl: "Naam (fr)", en: "Name (fr)" },
      label_nl: { fr: "Nom (nl)", nl: "Naam (nl)", en: "Name (nl)" },
      label_en: { fr: "Nom (en)", nl: "Naam (en)", en: "Name (en)" },
    });
  });
});
